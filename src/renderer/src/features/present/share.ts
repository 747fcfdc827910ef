import type { TFunction } from 'i18next';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import type { Catalog, MatrixCell } from '@shared/domain/types';
import { MAX_SLIDE_COLUMNS, MAX_SLIDE_ROWS, MAX_SLIDE_TEXT, resultsSlide, type SharedSlide, type VoteResults } from '@shared/domain/workshop';
import type { Slide } from '@shared/present/deck';

const clip = (text: string, max = MAX_SLIDE_TEXT): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const visible = <T extends { hidden: boolean; position: string }>(items: readonly T[]): T[] =>
  items.filter((i) => !i.hidden).sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));

/**
 * What the workshop participants see of a slide: the matrix as a table of
 * role names, a text slide as its text, a revealed vote as its totals,
 * anything else by its title (the participants' page draws tables and text,
 * not charts).
 */
export function sharedSlide(
  t: TFunction,
  slide: Slide,
  title: string,
  catalog: Catalog,
  cells: readonly MatrixCell[] | null,
  votes: VoteResults | null = null,
): SharedSlide {
  const p = slide.params;
  if (p.kind === 'text') return { kind: 'text', title: clip(title), body: clip(p.body, MAX_SLIDE_TEXT * 5) };
  if (p.kind === 'votes' && votes?.session.status === 'revealed') return { ...resultsSlide(votes), title: clip(title) };
  if (p.kind === 'matrix' && cells) {
    const matrix = effectiveMatrix(cells, p.lens);
    const channels = visible(catalog.channels).slice(0, MAX_SLIDE_COLUMNS);
    const phases = visible(catalog.phases).slice(0, MAX_SLIDE_ROWS);
    const role = (phaseId: string, channelId: string) => {
      const value = matrix.get(cellKey(phaseId, channelId))?.role ?? null;
      return value === null ? '' : t(`ui.matrix.roles.${value}`);
    };
    return {
      kind: 'table',
      title: clip(title),
      subtitle: '',
      columns: ['', ...channels.map((c) => clip(c.name, 200))],
      rows: phases.map((phase) => ({ header: clip(phase.name), cells: channels.map((c) => clip(role(phase.id, c.id), 200)) })),
    };
  }
  return { kind: 'text', title: clip(title), body: '' };
}
