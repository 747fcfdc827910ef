import type { CatalogItem, Lens, MatrixCell, Role } from '@shared/domain/types';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import { cellItemId, cellItemLabel, MAX_VOTE_ITEMS, type SharedSlide, type VoteItem } from '@shared/domain/workshop';

type Named = Pick<CatalogItem, 'id' | 'name'>;

export interface MatrixSlideTexts {
  title: string;
  subtitle: string;
  corner: string;
  roles: Record<Role, string>;
}

/**
 * A scenario's matrix in one lens as a read-only table slide: phases as rows,
 * channels as columns, the role words as cells. Only names and role words go
 * in, never ids, notes or evidence: that is all a participant will see.
 */
export function matrixSlide(
  cells: readonly MatrixCell[],
  lens: Lens,
  phases: readonly Named[],
  channels: readonly Named[],
  texts: MatrixSlideTexts,
): SharedSlide {
  const effective = effectiveMatrix(cells, lens);
  return {
    kind: 'table',
    title: texts.title,
    subtitle: texts.subtitle,
    columns: [texts.corner, ...channels.map((c) => c.name)],
    rows: phases.map((p) => ({
      header: p.name,
      cells: channels.map((c) => {
        const role = effective.get(cellKey(p.id, c.id))?.role;
        return role === null || role === undefined ? '' : texts.roles[role];
      }),
    })),
  };
}

/** The cells picked by phase and channel, as vote items in the matrix's order. */
export function cellItems(
  scenarioId: string,
  lens: Lens,
  phases: readonly Named[],
  channels: readonly Named[],
  pickedPhases: ReadonlySet<string>,
  pickedChannels: ReadonlySet<string>,
): VoteItem[] {
  const items: VoteItem[] = [];
  for (const p of phases) {
    if (!pickedPhases.has(p.id)) continue;
    for (const c of channels) {
      if (!pickedChannels.has(c.id)) continue;
      items.push({ kind: 'cell', id: cellItemId(scenarioId, lens, p.id, c.id), label: cellItemLabel(p.name, c.name) });
    }
  }
  return items;
}

export const tooManyItems = (count: number): boolean => count > MAX_VOTE_ITEMS;
