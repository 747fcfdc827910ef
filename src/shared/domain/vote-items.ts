/**
 * Findings and journey steps as dot-vote items, and the labels of saved vote
 * items found again from the workspace. Pure: the renderer builds items with
 * it, the core resolves labels of saved results with it.
 */
import type { VoteItem, VoteItemKind } from './workshop';

/** A finding's label is its sentence cut to about this many characters. */
export const MAX_FINDING_LABEL = 120;

/** The text cut at a word boundary near `max` characters, with an ellipsis when cut. */
export function shortenLabel(text: string, max = MAX_FINDING_LABEL): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  // Cut at the last word break unless that throws away most of the text.
  const cut = space > max * 0.6 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

/** Findings as items, in the order given; the finding's id is its item id (stable by design). */
export function findingItems(findings: readonly { id: string }[], sentence: (index: number) => string): VoteItem[] {
  return findings.map((f, i) => ({ kind: 'finding', id: f.id, label: shortenLabel(sentence(i)) || f.id }));
}

/** The scenario a finding id belongs to: finding ids read rule|scenario|lens|subject. */
export function scenarioOfFindingId(id: string): string | null {
  const scenario = id.split('|')[1];
  return scenario ? scenario : null;
}

export interface StepLabelInput {
  title: string;
  phaseId: string | null;
}

/** "Phase · step title"; a step without a phase or title says so with the given words. */
export function stepLabel(step: StepLabelInput, phaseName: (id: string) => string | undefined, words: { noPhase: string; untitled: string }): string {
  const phase = (step.phaseId && phaseName(step.phaseId)) || words.noPhase;
  const title = step.title.trim() || words.untitled;
  return shortenLabel(`${phase} · ${title}`, MAX_FINDING_LABEL);
}

/** A journey's steps as items, in the journey's reading order. */
export function stepItems(
  steps: readonly (StepLabelInput & { id: string })[],
  phaseName: (id: string) => string | undefined,
  words: { noPhase: string; untitled: string },
): VoteItem[] {
  return steps.map((s) => ({ kind: 'step', id: s.id, label: stepLabel(s, phaseName, words) }));
}

/** Where a saved item's label comes from now: each answers null when the thing is gone. */
export interface VoteLabelSource {
  cell: (id: string) => string | null;
  finding: (id: string) => string | null;
  step: (id: string) => string | null;
}

/**
 * The label of a saved vote item: what the workspace calls it today, or
 * `missing` (e.g. "(no longer in the workspace)") when it is gone, so a result
 * never shows a bare id.
 */
export function resolveVoteLabel(kind: VoteItemKind, id: string, source: VoteLabelSource, missing: string): string {
  const label = source[kind](id);
  return label === null || label === '' ? missing : label;
}
