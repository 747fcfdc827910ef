import { describe, expect, it } from 'vitest';
import { cellItemId } from '@shared/domain/workshop';
import { visibleSlides } from '@shared/present/deck';
import { useTempDir } from '../testing/temp';
import { failure } from '../testing/failure';

describe('deck service', () => {
  const tmp = useTempDir();

  it('suggests the default deck of a new workspace', () => {
    const ws = tmp.create();
    const deck = ws.deck.deck();
    const scenarios = ws.catalogRepo.catalog().scenarios;
    expect(deck[0]?.id).toBe('title');
    expect(deck.filter((s) => s.kind === 'matrix')).toHaveLength(scenarios.length);
    expect(deck.at(-1)?.id).toBe('summary');
    expect(deck.every((s) => !s.saved)).toBe(true);
  });

  it('moves a slide as one undoable step and keeps the rest in order', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const before = decks.deck().map((s) => s.id);
    const moved = decks.move('summary', 1).map((s) => s.id);
    expect(moved).toEqual([before[0], 'summary', ...before.slice(1, -1)]);
    // A second move among slides that were never saved before stays put.
    const again = decks.move('findings', 0).map((s) => s.id);
    expect(again).toEqual(['findings', ...moved.filter((id) => id !== 'findings')]);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.slideMove' });
    ws.history.undo();
    expect(decks.deck().map((s) => s.id)).toEqual(moved);
    ws.history.undo();
    expect(decks.deck().map((s) => s.id)).toEqual(before);
  });

  it('hides a slide and keeps its notes', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    decks.save('title', { hidden: true });
    decks.save('findings', { notes: 'Ask the room first' });
    const deck = decks.deck();
    expect(visibleSlides(deck).map((s) => s.id)).not.toContain('title');
    expect(deck.find((s) => s.id === 'findings')?.notes).toBe('Ask the room first');
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.slideNotes' });
  });

  it('adds, edits and deletes a text slide', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const slide = decks.addText('  Coffee break ', 'Back at 11:00', 'Mention the wifi', 'title');
    expect(slide).toMatchObject({ kind: 'text', params: { kind: 'text', title: 'Coffee break', body: 'Back at 11:00' }, notes: 'Mention the wifi' });
    expect(decks.deck()[1]?.id).toBe(slide.id);
    decks.save(slide.id, { title: 'Lunch' });
    expect(decks.deck()[1]?.params).toEqual({ kind: 'text', title: 'Lunch', body: 'Back at 11:00' });
    decks.delete(slide.id);
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(false);
    ws.history.undo();
    expect(decks.deck()[1]?.id).toBe(slide.id);
  });

  it('refuses bad input with a translatable error and writes nothing', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const steps = ws.history.list(100).length;
    expect(failure(() => decks.addText('  ', '', '', null)).code).toBe('SLIDE_TITLE_REQUIRED');
    expect(failure(() => decks.addText('ok', 'x'.repeat(2001), '', null)).code).toBe('TEXT_TOO_LONG');
    expect(failure(() => decks.save('title', { title: 'x' })).code).toBe('SLIDE_NOT_TEXT');
    expect(failure(() => decks.delete('summary')).code).toBe('SLIDE_NOT_TEXT');
    expect(failure(() => decks.save('nope', { hidden: true })).code).toBe('NOT_FOUND');
    expect(failure(() => decks.save('title', { notes: 'n'.repeat(5001) })).code).toBe('TEXT_TOO_LONG');
    expect(ws.history.list(100).length).toBe(steps);
  });

  it('drops the slide of a deleted journey and shows a new one', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const scenarioId = ws.catalogRepo.catalog().scenarios[0]!.id;
    const journey = ws.journeys.create({ name: 'Online buyer', scenarioId });
    decks.save(`journey:${journey.id}`, { notes: 'the big one' });
    expect(decks.deck().find((s) => s.id === `journey:${journey.id}`)?.notes).toBe('the big one');
    ws.journeys.delete(journey.id);
    expect(decks.deck().some((s) => s.kind === 'journey')).toBe(false);
  });
});

describe('deck service: added slides', () => {
  const tmp = useTempDir();

  it('adds a matrix of another lens once, deletes it, and drops it with its customer type', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const scenarioId = ws.catalogRepo.catalog().scenarios[0]!.id;
    const type = ws.catalog.create('customerType', 'Saver');
    const lens = { kind: 'customerType', id: type.id } as const;
    const slide = decks.add({ kind: 'matrix', scenarioId, lens }, `matrix:${scenarioId}:all`);
    expect(slide.id).toBe(`matrix:${scenarioId}:customerType:${type.id}`);
    expect(decks.deck().findIndex((s) => s.id === slide.id)).toBe(decks.deck().findIndex((s) => s.id === `matrix:${scenarioId}:all`) + 1);
    expect(decks.add({ kind: 'matrix', scenarioId, lens }, null).id).toBe(slide.id);
    expect(decks.deck().filter((s) => s.id === slide.id)).toHaveLength(1);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.slideAdd' });

    ws.catalog.delete('customerType', type.id);
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(false);
    ws.history.undo();
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(true);
    decks.delete(slide.id);
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(false);
    expect(failure(() => decks.add({ kind: 'matrix', scenarioId, lens: { kind: 'typology', id: 'nope' } }, null)).code).toBe('NOT_FOUND');
    expect(failure(() => decks.delete(`matrix:${scenarioId}:all`)).code).toBe('SLIDE_NOT_TEXT');
  });

  it('adds findings, economics, a delta chart, a scenario change and the join slide for the scenario chosen', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const [asIs, toBe] = ws.catalogRepo.catalog().scenarios;
    const all = { kind: 'all' } as const;
    // The deck suggests the findings of each scenario already: adding one is that slide.
    expect(decks.add({ kind: 'findings', scenarioId: toBe!.id, lens: all }, null)).toMatchObject({ id: `findings:${toBe!.id}:all`, removable: false });
    const type = ws.catalog.create('customerType', 'Saver');
    const economics = decks.add({ kind: 'economics', scenarioId: toBe!.id, lens: { kind: 'customerType', id: type.id } }, null);
    expect(economics).toMatchObject({ removable: true, params: { kind: 'economics', scenarioId: toBe!.id } });
    const delta = decks.add({ kind: 'chart', chartId: 'delta', scenarioId: toBe!.id, lens: all, compareScenarioId: asIs!.id }, null);
    expect(delta.params).toMatchObject({ scenarioId: toBe!.id, compareScenarioId: asIs!.id });
    expect(decks.add({ kind: 'join' }, null).params).toEqual({ kind: 'join' });
    expect(failure(() => decks.add({ kind: 'change', scenarioId: asIs!.id, compareScenarioId: asIs!.id, lens: all }, null)).code).toBe('NOT_FOUND');
  });
});

describe('deck service: a slide pointed at another scenario or lens', () => {
  const tmp = useTempDir();

  it('shows the scenario and lens chosen, as one undoable step, and refuses what cannot be shown', () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const [asIs, toBe] = ws.catalogRepo.catalog().scenarios;
    const type = ws.catalog.create('customerType', 'Saver');
    const heatmap = `chart:heatmap:${asIs!.id}:all`;
    let deck = decks.save(heatmap, { scenarioId: toBe!.id, lens: { kind: 'customerType', id: type.id } });
    expect(deck.find((s) => s.id === heatmap)?.params).toMatchObject({ scenarioId: toBe!.id, lens: { kind: 'customerType', id: type.id } });
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.slideTarget' });
    deck = decks.save('findings', { scenarioId: toBe!.id });
    expect(deck.find((s) => s.id === 'findings')?.params).toMatchObject({ kind: 'findings', scenarioId: toBe!.id });
    ws.history.undo();
    expect(decks.deck().find((s) => s.id === 'findings')?.params).toMatchObject({ scenarioId: asIs!.id });

    expect(failure(() => decks.save('title', { scenarioId: toBe!.id })).code).toBe('SLIDE_NOT_TARGETED');
    expect(failure(() => decks.save(heatmap, { scenarioId: 'nope' })).code).toBe('SLIDE_TARGET_INVALID');
    expect(failure(() => decks.save(heatmap, { lens: { kind: 'typology', id: 'nope' } })).code).toBe('SLIDE_TARGET_INVALID');
    const change = decks.deck().find((s) => s.kind === 'change')!;
    expect(failure(() => decks.save(change.id, { compareScenarioId: asIs!.id })).code).toBe('SLIDE_TARGET_INVALID');

    // The customer type goes: the slide falls back to what it shows by itself.
    ws.catalog.delete('customerType', type.id);
    expect(decks.deck().find((s) => s.id === heatmap)?.params).toMatchObject({ scenarioId: asIs!.id, lens: { kind: 'all' } });
  });
});

describe('deck service: a revealed vote', () => {
  const tmp = useTempDir();

  it('gives a results slide, and the deck can still be edited (0004 refused the kind)', () => {
    const ws = tmp.create();
    const votes = ws.votes;
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    const item = { kind: 'cell' as const, id: cellItemId(scenarios[0]!.id, { kind: 'all' }, phases[0]!.id, channels[0]!.id), label: 'Web' };
    const session = votes.open('Where first?', [item], 3);
    votes.close(session.id);
    votes.reveal(session.id);
    const decks = ws.deck;
    const deck = decks.save('title', { notes: 'welcome everyone' });
    expect(deck.find((s) => s.id === 'title')?.notes).toBe('welcome everyone');
    expect(deck.find((s) => s.id === `votes:${session.id}`)?.saved).toBe(true);
    expect(decks.addText('Break', '', '', null).kind).toBe('text');
  });
});
