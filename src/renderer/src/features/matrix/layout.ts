/**
 * What the grid shows along each axis: visible phases and channels in the
 * user's order, channels filtered by name and grouped by an attribute, and
 * which way round (phases as rows, or transposed).
 */
import type { Channel, Phase } from '@shared/domain/types';

export const GROUP_BYS = ['none', 'online', 'personal'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const isGroupBy = (value: string | null | undefined): value is GroupBy =>
  (GROUP_BYS as readonly string[]).includes(value ?? '');

export type GroupKey = 'online' | 'offline' | 'personal' | 'impersonal';

export interface AxisItem {
  kind: 'phase' | 'channel';
  id: string;
  name: string;
}

export interface AxisGroup {
  key: GroupKey;
  /** Index of the group's first item on the axis. */
  start: number;
  span: number;
}

export interface Axis {
  kind: 'phase' | 'channel';
  items: AxisItem[];
  /** null: not grouped. */
  groups: AxisGroup[] | null;
}

/** Case- and accent-insensitive text for matching ("Élan" matches "elan"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const toItem = (item: Phase | Channel): AxisItem => ({ kind: item.kind, id: item.id, name: item.name });

export function phaseAxis(sortedPhases: readonly Phase[]): Axis {
  return { kind: 'phase', items: sortedPhases.filter((p) => !p.hidden).map(toItem), groups: null };
}

const GROUP_ORDER: Record<Exclude<GroupBy, 'none'>, readonly [GroupKey, GroupKey]> = {
  online: ['online', 'offline'],
  personal: ['personal', 'impersonal'],
};

function groupOf(channel: Channel, groupBy: Exclude<GroupBy, 'none'>): GroupKey {
  if (groupBy === 'online') return channel.online ? 'online' : 'offline';
  return channel.personal ? 'personal' : 'impersonal';
}

/** Visible channels matching the filter; grouped ones keep the user's order inside each group. */
export function channelAxis(sortedChannels: readonly Channel[], filter: string, groupBy: GroupBy): Axis {
  const needle = foldText(filter);
  const shown = sortedChannels.filter((c) => !c.hidden && (needle === '' || foldText(c.name).includes(needle)));
  if (groupBy === 'none') return { kind: 'channel', items: shown.map(toItem), groups: null };
  const items: AxisItem[] = [];
  const groups: AxisGroup[] = [];
  for (const key of GROUP_ORDER[groupBy]) {
    const members = shown.filter((c) => groupOf(c, groupBy) === key);
    if (members.length === 0) continue;
    groups.push({ key, start: items.length, span: members.length });
    items.push(...members.map(toItem));
  }
  return { kind: 'channel', items, groups };
}

/** The group an axis index belongs to (null when the axis is not grouped). */
export function groupAt(axis: Axis, index: number): AxisGroup | null {
  return axis.groups?.find((g) => index >= g.start && index < g.start + g.span) ?? null;
}

export interface MatrixLayout {
  rows: Axis;
  cols: Axis;
  transposed: boolean;
}

export function matrixLayout(phases: Axis, channels: Axis, transposed: boolean): MatrixLayout {
  return transposed ? { rows: channels, cols: phases, transposed } : { rows: phases, cols: channels, transposed };
}

export interface CellIds {
  phaseId: string;
  channelId: string;
  phase: AxisItem;
  channel: AxisItem;
}

/** The phase and channel of displayed cell (r, c). */
export function cellAt(layout: MatrixLayout, r: number, c: number): CellIds | null {
  const row = layout.rows.items[r];
  const col = layout.cols.items[c];
  if (!row || !col) return null;
  const [phase, channel] = layout.transposed ? [col, row] : [row, col];
  return { phaseId: phase.id, channelId: channel.id, phase, channel };
}
