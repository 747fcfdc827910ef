/**
 * What every surface shows beside a chart's picture, computed once from its
 * data: the reading in words, the legend (the chart's palette: which colour,
 * pattern and dash stands for what) and the accessible table behind "Show
 * data". The registry wires these per chart; the Charts page, the slides, the
 * report and the PPTX read them from there, so a legend or a table cannot
 * differ between surfaces.
 */
import type { TFunction } from 'i18next';
import type { BalanceData } from './balance';
import type { DeltaData, DeltaRow } from './delta';
import type { HeatmapData } from './heatmap';
import type { MixData } from './mix';
import { BALANCE_STYLES, DASHES, DELTA_STYLES, OTHER_STYLE, seriesStyle, type SeriesStyle } from './palette';
import type { ProfileData } from './profile';
import type { QuadrantData } from './quadrant';
import { signed, type Reading } from './reading';

/** What the legends and tables need besides the data: the translator, the contrast setting and, for a comparison, the two scenarios' names. */
export interface ChartTexts {
  t: TFunction;
  highContrast: boolean;
  fromName: string;
  toName: string;
}

/** One legend entry; `dash` for lines (the radar), so series differ without colour. */
export interface LegendEntry {
  label: string;
  style: SeriesStyle;
  dash?: string;
}

/** A chart's numbers as a table: the text alternative behind "Show data". */
export interface TableData {
  columns: string[];
  /** The first cell of each row is its header. */
  rows: (string | number)[][];
}

/** A reading from the analysis functions in the given language. */
export const readingText = (t: TFunction, reading: Reading): string => t(`ui.charts.readings.${reading.key}`, reading.params);

/** "Other (n)", the name of whatever was folded away. */
export const otherText = (t: TFunction, count: number): string => t('ui.charts.other', { count });

/** Series i of the radar: its colour and its dash. */
export const profileStyle = (i: number): SeriesStyle & { dash: string } => ({ ...seriesStyle(i), dash: DASHES[i % DASHES.length]! });

/** A delta row's name: its own, or "Other (n)" when it folds several. */
export const deltaRowName = (row: DeltaRow, other: (count: number) => string): string => (row.folded > 0 ? other(row.folded) : row.name);

export const NO_LEGEND: readonly LegendEntry[] = [];

/** The mix's series as drawn: "Other (n)" grey and cross-hatched; `other` names it (memoised by the picture). */
export function mixLegend(data: MixData, other: (count: number) => string, highContrast: boolean): LegendEntry[] {
  return data.series.map((s, i) => ({
    label: s.folded > 0 ? other(s.folded) : s.name,
    style: s.folded > 0 ? OTHER_STYLE : seriesStyle(i, highContrast),
  }));
}

export function balanceLegend(t: TFunction): LegendEntry[] {
  return [
    { label: t('ui.charts.balance.online'), style: BALANCE_STYLES.online },
    { label: t('ui.charts.balance.offline'), style: BALANCE_STYLES.offline },
  ];
}

export function profileLegend(data: ProfileData): LegendEntry[] {
  return data.series.map((series, i) => ({ label: series.name, style: profileStyle(i), dash: profileStyle(i).dash }));
}

export function deltaLegend({ fromName, toName }: Pick<ChartTexts, 'fromName' | 'toName'>): LegendEntry[] {
  return [
    { label: fromName, style: DELTA_STYLES.from },
    { label: toName, style: DELTA_STYLES.to },
  ];
}

export function heatmapTable(data: HeatmapData, t: TFunction): TableData {
  const columnName = (i: number) => (data.columns[i]!.folded > 0 ? otherText(t, data.columns[i]!.folded) : data.columns[i]!.name);
  return {
    columns: [t('ui.charts.heatmap.phase'), ...data.columns.map((_, i) => columnName(i))],
    rows: data.phases.map((phase, p) => [phase.name, ...data.values[p]!.map((v) => (v === null ? t('ui.charts.heatmap.notSet') : v))]),
  };
}

export function mixTable(data: MixData, texts: Pick<ChartTexts, 't' | 'highContrast'>): TableData {
  const { t } = texts;
  return {
    columns: [t('ui.charts.mix.phase'), ...mixLegend(data, (count) => otherText(t, count), texts.highContrast).map((s) => s.label), t('ui.charts.mix.total')],
    rows: data.phases.map((phase) => [phase.name, ...phase.values, phase.total]),
  };
}

export function balanceTable(data: BalanceData, t: TFunction): TableData {
  return {
    columns: [t('ui.charts.balance.phase'), t('ui.charts.balance.online'), t('ui.charts.balance.offline'), t('ui.charts.balance.onlineShare')],
    rows: data.phases.map((p) => [p.name, p.online, p.offline, p.onlinePercent === null ? '–' : `${p.onlinePercent}%`]),
  };
}

export function profileTable(data: ProfileData, t: TFunction): TableData {
  return {
    columns: [t('ui.charts.profile.phase'), ...data.series.map((series) => series.name)],
    rows: data.phases.map((phase, p) => [phase.name, ...data.series.map((series) => series.values[p]!)]),
  };
}

/** The quadrant's axis names, as its picture and its table say them. */
export function quadrantTexts(t: TFunction): { structured: string; unstructured: string; certain: string; uncertain: string } {
  return {
    structured: t('ui.charts.quadrant.structured'),
    unstructured: t('ui.charts.quadrant.unstructured'),
    certain: t('ui.charts.quadrant.certain'),
    uncertain: t('ui.charts.quadrant.uncertain'),
  };
}

export function quadrantTable(data: QuadrantData, t: TFunction): TableData {
  const texts = quadrantTexts(t);
  return {
    columns: [
      t('ui.charts.quadrant.typology'),
      t('ui.charts.quadrant.position'),
      data.basis === 'share' ? t('ui.charts.quadrant.share') : t('ui.charts.quadrant.shareByCount'),
      t('ui.charts.quadrant.leads'),
    ],
    rows: data.points.map((point) => [
      point.name,
      `${texts[point.behaviour]}, ${texts[point.certainty]}`,
      `${point.share}%`,
      point.leads.length === 0
        ? t('ui.charts.quadrant.noLeads')
        : point.leads.map((lead) => t('ui.charts.quadrant.leadsOf', { channel: lead.name, phases: lead.phases.join(', ') })).join('; '),
    ]),
  };
}

/** The delta per phase or per channel (`head` names the first column). */
export function deltaTable(rows: readonly DeltaRow[], head: string, { t, fromName, toName }: Pick<ChartTexts, 't' | 'fromName' | 'toName'>): TableData {
  const other = (count: number) => otherText(t, count);
  return {
    columns: [head, fromName, toName, t('ui.charts.delta.change')],
    rows: rows.map((row) => [deltaRowName(row, other), row.from, row.to, signed(row.delta)]),
  };
}

/** The delta's table per phase; the per-channel one is deltaTable over `data.channels`. */
export const deltaPhaseTable = (data: DeltaData, texts: Pick<ChartTexts, 't' | 'fromName' | 'toName'>): TableData =>
  deltaTable(data.phases, texts.t('ui.charts.delta.phase'), texts);
