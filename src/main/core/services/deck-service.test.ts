import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { visibleSlides } from '@shared/present/deck';
import { useTempDir } from '../testing/temp';
import { deckServiceOf } from './deck-service';

const failure = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
};

describe('deck service', () => {
  const tmp = useTempDir();

  it('suggests the default deck of a new workspace', () => {
    const ws = tmp.create();
    const deck = deckServiceOf(ws).deck();
    const scenarios = ws.catalogRepo.catalog().scenarios;
    expect(deck[0]?.id).toBe('title');
    expect(deck.filter((s) => s.kind === 'matrix')).toHaveLength(scenarios.length);
    expect(deck.at(-1)?.id).toBe('summary');
    expect(deck.every((s) => !s.saved)).toBe(true);
  });

  it('moves a slide as one undoable step and keeps the rest in order', () => {
    const ws = tmp.create();
    const decks = deckServiceOf(ws);
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
    const decks = deckServiceOf(ws);
    decks.save('title', { hidden: true });
    decks.save('findings', { notes: 'Ask the room first' });
    const deck = decks.deck();
    expect(visibleSlides(deck).map((s) => s.id)).not.toContain('title');
    expect(deck.find((s) => s.id === 'findings')?.notes).toBe('Ask the room first');
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.slideNotes' });
  });

  it('adds, edits and deletes a text slide', () => {
    const ws = tmp.create();
    const decks = deckServiceOf(ws);
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
    const decks = deckServiceOf(ws);
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
    const decks = deckServiceOf(ws);
    const scenarioId = ws.catalogRepo.catalog().scenarios[0]!.id;
    const journey = ws.journeys.create({ name: 'Online buyer', scenarioId });
    decks.save(`journey:${journey.id}`, { notes: 'the big one' });
    expect(decks.deck().find((s) => s.id === `journey:${journey.id}`)?.notes).toBe('the big one');
    ws.journeys.delete(journey.id);
    expect(decks.deck().some((s) => s.kind === 'journey')).toBe(false);
  });
});

describe('deck service: matrix slides of other lenses', () => {
  const tmp = useTempDir();

  it('adds one for a scenario and lens, once, deletes it, and drops it with its customer type', () => {
    const ws = tmp.create();
    const decks = deckServiceOf(ws);
    const scenarioId = ws.catalogRepo.catalog().scenarios[0]!.id;
    const type = ws.catalog.create('customerType', 'Saver');
    const slide = decks.addMatrix(scenarioId, { kind: 'customerType', id: type.id }, `matrix:${scenarioId}:all`);
    expect(slide.id).toBe(`matrix:${scenarioId}:customerType:${type.id}`);
    expect(decks.deck().findIndex((s) => s.id === slide.id)).toBe(decks.deck().findIndex((s) => s.id === `matrix:${scenarioId}:all`) + 1);
    expect(decks.addMatrix(scenarioId, { kind: 'customerType', id: type.id }, null).id).toBe(slide.id);
    expect(decks.deck().filter((s) => s.id === slide.id)).toHaveLength(1);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.slideAddMatrix' });

    ws.catalog.delete('customerType', type.id);
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(false);
    ws.history.undo();
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(true);
    decks.delete(slide.id);
    expect(decks.deck().some((s) => s.id === slide.id)).toBe(false);
    expect(failure(() => decks.addMatrix(scenarioId, { kind: 'typology', id: 'nope' }, null)).code).toBe('NOT_FOUND');
    expect(failure(() => decks.delete(`matrix:${scenarioId}:all`)).code).toBe('SLIDE_NOT_TEXT');
  });
});
