import { describe, expect, it } from 'vitest';
import { findingItems, MAX_FINDING_LABEL, resolveVoteLabel, scenarioOfFindingId, shortenLabel, stepItems, type VoteLabelSource } from './vote-items';

const words = { noPhase: 'No phase', untitled: 'Untitled step' };
const phaseName = (id: string) => ({ p1: 'Orient', p2: 'Buy' })[id];

describe('vote items of findings and steps', () => {
  it('keeps short texts and cuts long ones at a word near the limit', () => {
    expect(shortenLabel('  Web  leads\nin Orient. ')).toBe('Web leads in Orient.');
    const long = `${'word '.repeat(40)}end`;
    const cut = shortenLabel(long);
    expect([...cut].length).toBeLessThanOrEqual(MAX_FINDING_LABEL);
    expect(cut.endsWith('word…')).toBe(true);
    expect(shortenLabel('x'.repeat(200))).toBe(`${'x'.repeat(MAX_FINDING_LABEL - 1)}…`);
  });

  it('makes one finding item per finding with the finding id and its shortened sentence', () => {
    const findings = [{ id: 'coverage.gap|s1|all|p1' }, { id: 'journey.hypotheses|s1|journey:j|' }];
    const sentences = ['Nobody leads in Orient.', `A ${'very '.repeat(40)}long sentence`];
    const items = findingItems(findings, (i) => sentences[i]!);
    expect(items[0]).toEqual({ kind: 'finding', id: 'coverage.gap|s1|all|p1', label: 'Nobody leads in Orient.' });
    expect(items[1]!.kind).toBe('finding');
    expect([...items[1]!.label].length).toBeLessThanOrEqual(MAX_FINDING_LABEL);
    expect(scenarioOfFindingId(findings[0]!.id)).toBe('s1');
    expect(scenarioOfFindingId('broken')).toBeNull();
  });

  it('labels steps "phase · title" in the order given, with words for a missing phase or title', () => {
    const items = stepItems(
      [
        { id: 'a', phaseId: 'p1', title: 'Searches online' },
        { id: 'b', phaseId: 'p2', title: '  ' },
        { id: 'c', phaseId: null, title: 'Calls' },
        { id: 'd', phaseId: 'gone', title: 'Waits' },
      ],
      phaseName,
      words,
    );
    expect(items).toEqual([
      { kind: 'step', id: 'a', label: 'Orient · Searches online' },
      { kind: 'step', id: 'b', label: 'Buy · Untitled step' },
      { kind: 'step', id: 'c', label: 'No phase · Calls' },
      { kind: 'step', id: 'd', label: 'No phase · Waits' },
    ]);
  });

  it('resolves saved labels from the workspace by kind, and says so when the thing is gone', () => {
    const source: VoteLabelSource = {
      cell: (id) => (id === 'c1' ? 'Orient × Web' : null),
      finding: (id) => (id === 'f1' ? 'Nobody leads in Orient.' : null),
      step: (id) => (id === 's1' ? 'Buy · Pays' : null),
    };
    const gone = '(no longer in the workspace)';
    expect(resolveVoteLabel('cell', 'c1', source, gone)).toBe('Orient × Web');
    expect(resolveVoteLabel('finding', 'f1', source, gone)).toBe('Nobody leads in Orient.');
    expect(resolveVoteLabel('step', 's1', source, gone)).toBe('Buy · Pays');
    expect(resolveVoteLabel('finding', 's1', source, gone)).toBe(gone);
    expect(resolveVoteLabel('step', 'f1', source, gone)).toBe(gone);
    expect(resolveVoteLabel('cell', 'nope', source, gone)).toBe(gone);
  });
});
