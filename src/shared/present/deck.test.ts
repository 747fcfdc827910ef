import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/types';
import { buildDefaultDeck, isRemovable, mergeDeck, parseMatrixKey, positionForMove, textSlideParams, visibleSlides, type Deck, type SavedSlide } from './deck';
import { parseSlideKey } from './slide-keys';

const scenario = (id: string, position: string, hidden = false): Scenario => ({
  kind: 'scenario', id, key: null, name: id, description: '', position, hidden,
});
const subjects = (scenarios: Scenario[], journeys: { id: string; position: string; scenarioId: string }[] = []) => ({
  catalog: { scenarios },
  journeys,
});
const ids = (deck: Deck): string[] => deck.map((s) => s.id);
const save = (deck: Deck, patch: Partial<SavedSlide> & { id: string }): SavedSlide => {
  const slide = deck.find((s) => s.id === patch.id)!;
  return { kind: slide.kind, params: null, hidden: slide.hidden, notes: slide.notes, position: slide.position, ...patch };
};
const sorted = (deck: Deck): boolean => deck.every((s, i) => i === 0 || deck[i - 1]!.position < s.position);

describe('buildDefaultDeck', () => {
  it('orders title, matrices, charts, the scenario change, findings and economics per scenario, journeys, summary', () => {
    const deck = buildDefaultDeck(subjects([scenario('tobe', 'b'), scenario('asis', 'a')], [{ id: 'j1', position: 'a', scenarioId: 'asis' }]));
    expect(ids(deck)).toEqual([
      'title',
      'matrix:asis:all',
      'matrix:tobe:all',
      'chart:heatmap:asis:all',
      'chart:mix:asis:all',
      'chart:profile:asis:all',
      'chart:quadrant:asis:all',
      'chart:balance:asis:all',
      'chart:delta:asis:all',
      'change:asis:tobe:all',
      'findings',
      'findings:tobe:all',
      'journey:j1',
      'economics',
      'economics:tobe:all',
      'summary',
    ]);
    expect(deck.find((s) => s.id === 'findings')?.params).toEqual({ kind: 'findings', scenarioId: 'asis', lens: { kind: 'all' } });
    expect(deck.find((s) => s.id === 'chart:delta:asis:all')?.params).toMatchObject({ compareScenarioId: 'tobe' });
    expect(sorted(deck)).toBe(true);
  });

  it('leaves out hidden scenarios, their journeys and the delta of a single scenario', () => {
    const deck = buildDefaultDeck(subjects([scenario('asis', 'a'), scenario('old', 'b', true)], [{ id: 'j', position: 'a', scenarioId: 'old' }]));
    expect(ids(deck)).not.toContain('matrix:old:all');
    expect(ids(deck)).not.toContain('journey:j');
    expect(ids(deck).some((id) => id.startsWith('chart:delta'))).toBe(false);
  });

  it('gives each revealed vote a results slide after the findings, oldest first; votes still hidden get none', () => {
    const vote = (id: string, status: 'open' | 'closed' | 'revealed', createdAt: string) => ({ id, title: `Q ${id}`, status, createdAt });
    const deck = buildDefaultDeck({
      ...subjects([scenario('asis', 'a')]),
      votes: [vote('late', 'revealed', '2026-02-01'), vote('shut', 'closed', '2026-01-15'), vote('early', 'revealed', '2026-01-01'), vote('live', 'open', '2026-03-01')],
    });
    const shown = ids(deck).filter((id) => !id.startsWith('chart:') && !id.startsWith('matrix:'));
    expect(shown).toEqual(['title', 'findings', 'votes:early', 'votes:late', 'economics', 'summary']);
    expect(deck.find((s) => s.id === 'votes:late')?.params).toEqual({ kind: 'votes', voteId: 'late', title: 'Q late' });
  });

  it('has no slides of a scenario without a visible scenario', () => {
    expect(ids(buildDefaultDeck(subjects([])))).toEqual(['title', 'summary']);
  });
});

describe('mergeDeck', () => {
  const defaults = buildDefaultDeck(subjects([scenario('s', 'a')], [{ id: 'j1', position: 'a', scenarioId: 's' }]));

  it('is the default deck when nothing is saved', () => {
    expect(mergeDeck([], defaults)).toEqual(defaults);
  });

  it('keeps the saved order, hidden flags and notes', () => {
    const summaryFirst = save(defaults, { id: 'summary', position: '0', notes: 'open with the conclusion' });
    const hiddenTitle = save(defaults, { id: 'title', hidden: true });
    const deck = mergeDeck([summaryFirst, hiddenTitle], defaults);
    expect(deck[0]).toMatchObject({ id: 'summary', notes: 'open with the conclusion', saved: true });
    expect(deck.find((s) => s.id === 'title')?.hidden).toBe(true);
    expect(ids(visibleSlides(deck))).not.toContain('title');
    expect(deck).toHaveLength(defaults.length);
    expect(sorted(deck)).toBe(true);
  });

  it('drops slides whose subject is gone and places new subjects after their default predecessor', () => {
    const saved = defaults.map((s) => save(defaults, { id: s.id }));
    const later = buildDefaultDeck(subjects([scenario('s', 'a')], [{ id: 'j2', position: 'b', scenarioId: 's' }]));
    const deck = mergeDeck(saved, later);
    expect(ids(deck)).not.toContain('journey:j1');
    expect(ids(deck).indexOf('journey:j2')).toBe(ids(deck).indexOf('findings') + 1);
    expect(deck.find((s) => s.id === 'journey:j2')?.saved).toBe(false);
    expect(sorted(deck)).toBe(true);
  });

  it('keeps text slides with their own title and body', () => {
    const text: SavedSlide = { id: 'u1', kind: 'text', params: { kind: 'text', title: 'Break', body: '10 minutes' }, hidden: false, notes: '', position: defaults[0]!.position + 'V' };
    const deck = mergeDeck([...defaults.map((s) => save(defaults, { id: s.id })), text], defaults);
    expect(ids(deck)[1]).toBe('u1');
    expect(deck[1]?.params).toEqual({ kind: 'text', title: 'Break', body: '10 minutes' });
  });
});

describe('positionForMove', () => {
  const deck = buildDefaultDeck(subjects([scenario('s', 'a')]));
  it('gives a position that puts the slide at the index asked', () => {
    for (const to of [0, 3, deck.length - 1]) {
      const position = positionForMove(deck, 'findings', to)!;
      const moved = deck.map((s) => (s.id === 'findings' ? { ...s, position } : s)).sort((a, b) => (a.position < b.position ? -1 : 1));
      expect(ids(moved).indexOf('findings')).toBe(to);
    }
  });
  it('is null when the slide stays where it is or is unknown', () => {
    expect(positionForMove(deck, 'title', 0)).toBeNull();
    expect(positionForMove(deck, 'nope', 2)).toBeNull();
  });
});

describe('textSlideParams', () => {
  it('trims the title and refuses an empty or too long one', () => {
    expect(textSlideParams('  Break ', 'x')).toEqual({ kind: 'text', title: 'Break', body: 'x' });
    expect(textSlideParams('  ', 'x')).toBeNull();
    expect(textSlideParams('a'.repeat(201), '')).toBeNull();
    expect(textSlideParams('ok', 'b'.repeat(2001))).toBeNull();
  });
});

describe('matrix slides of other lenses', () => {
  const lensed = { catalog: { scenarios: [scenario('s', 'a')], customerTypes: [{ id: 't1' }], typologies: [], productDomains: [] }, journeys: [] };
  const defaults = buildDefaultDeck(lensed);
  const key = 'matrix:s:customerType:t1';
  const row: SavedSlide = { id: key, kind: 'matrix', params: null, hidden: false, notes: 'segment view', position: defaults[1]!.position + 'V' };

  it('reads a matrix key back', () => {
    expect(parseMatrixKey('matrix:s:all')).toEqual({ scenarioId: 's', lens: { kind: 'all' } });
    expect(parseMatrixKey(key)).toEqual({ scenarioId: 's', lens: { kind: 'customerType', id: 't1' } });
    expect(parseMatrixKey('matrix:s:colour:x')).toBeNull();
    expect(parseMatrixKey('chart:heatmap:s:all')).toBeNull();
  });

  it('keeps an added lens slide while its scenario and lens exist', () => {
    // The service saves every shown slide with the first change, so an added slide sits among saved ones.
    const all = [...defaults.map((s) => save(defaults, { id: s.id })), row];
    const deck = mergeDeck(all, defaults, lensed);
    expect(deck[2]).toMatchObject({ id: key, params: { kind: 'matrix', scenarioId: 's', lens: { kind: 'customerType', id: 't1' } }, notes: 'segment view' });
    expect(isRemovable(deck[2]!)).toBe(true);
    expect(isRemovable(deck[1]!)).toBe(false);
    const gone = { ...lensed, catalog: { ...lensed.catalog, customerTypes: [] } };
    expect(ids(mergeDeck(all, defaults, gone))).not.toContain(key);
    expect(ids(mergeDeck(all, defaults))).not.toContain(key);
  });
});

describe('slides pointed at another scenario or lens', () => {
  const two = { catalog: { scenarios: [scenario('asis', 'a'), scenario('tobe', 'b')], customerTypes: [{ id: 't1' }], typologies: [], productDomains: [] }, journeys: [] };
  const defaults = buildDefaultDeck(two);
  const saved = (id: string, target: SavedSlide['target']): SavedSlide[] =>
    defaults.map((s) => save(defaults, s.id === id ? { id: s.id, target } : { id: s.id }));

  it('show the target when it exists, and what they show by themselves when it is gone', () => {
    const target = { scenarioId: 'tobe', compareScenarioId: null, lens: { kind: 'customerType', id: 't1' } as const };
    const deck = mergeDeck(saved('chart:mix:asis:all', target), defaults, two);
    expect(deck.find((s) => s.id === 'chart:mix:asis:all')?.params).toMatchObject({ scenarioId: 'tobe', lens: { kind: 'customerType', id: 't1' } });
    const gone = { ...two, catalog: { ...two.catalog, customerTypes: [] } };
    expect(mergeDeck(saved('chart:mix:asis:all', target), defaults, gone).find((s) => s.id === 'chart:mix:asis:all')?.params).toMatchObject({ scenarioId: 'asis', lens: { kind: 'all' } });
  });

  it('never compare a scenario with itself', () => {
    const target = { scenarioId: 'tobe', compareScenarioId: null, lens: null };
    const deck = mergeDeck(saved('change:asis:tobe:all', target), defaults, two);
    expect(deck.find((s) => s.kind === 'change')?.params).toMatchObject({ scenarioId: 'asis', compareScenarioId: 'tobe' });
  });

  it('read every addable key back', () => {
    const keys = ['join', 'findings:s:all', 'economics:s:customerType:t', 'chart:delta:s:all', 'change:a:b:typology:x'];
    expect(keys.map((k) => parseSlideKey(k)?.kind)).toEqual(['join', 'findings', 'economics', 'chart', 'change']);
    expect(['findings', 'chart:pie:s:all', 'change:a:all', 'join:x', 'votes:v', 'findings:s:colour:x'].map(parseSlideKey)).toEqual([null, null, null, null, null, null]);
  });
});
