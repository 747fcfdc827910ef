/** The sentence a delete confirmation adds about what goes with the item. */
import type { TFunction } from 'i18next';
import type { DeleteImpact } from '@shared/domain/types';

/**
 * "14 matrix cells (3 with notes) and 2 journey steps use it.", or null when
 * nothing uses the item. Parts are joined the way the language lists things;
 * the verb agrees with the whole list (one thing "uses", several "use").
 */
export function impactSentence(t: TFunction, impact: DeleteImpact, lang: string): string | null {
  const parts: { text: string; count: number }[] = [];
  if (impact.cells > 0) {
    const cells = t('ui.profiles.impact.cells', { count: impact.cells });
    const notes = impact.notes > 0 ? ` ${t('ui.profiles.impact.notes', { count: impact.notes })}` : '';
    parts.push({ text: cells + notes, count: impact.cells });
  }
  if (impact.journeys > 0) parts.push({ text: t('ui.profiles.impact.journeys', { count: impact.journeys }), count: impact.journeys });
  if (impact.journeySteps > 0) {
    parts.push({ text: t('ui.profiles.impact.journeySteps', { count: impact.journeySteps }), count: impact.journeySteps });
  }
  if (parts.length === 0) return null;
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(parts.map((part) => part.text));
  const count = parts.length === 1 ? parts[0]!.count : parts.length;
  return t('ui.profiles.impact.usedBy', { list, count });
}

/** The body of the delete confirmation: what goes with it, and that Undo brings it back. */
export function deleteBody(t: TFunction, impact: DeleteImpact | null, lang: string): string {
  const sentence = impact ? impactSentence(t, impact, lang) : null;
  if (!sentence) return t('ui.framework.deleteDialog.body');
  return `${sentence} ${t('ui.profiles.impact.undoable')}`;
}
