/**
 * Present-mode figures on a big deck: 3 scenarios and 60 journeys (73 slides)
 * plus 40 text slides, on a 12-phase x 60-channel framework. Times the pure
 * merge of saved choices with the suggested slides, the core's present.deck,
 * the first save (which writes a row for every slide shown) and a later move.
 */
import { buildDefaultDeck, mergeDeck, type SavedSlide } from '@shared/present/deck';
import type { Figure } from './bench';
import { median, time, withFrameworkWorkspace } from './framework-workspace';

const JOURNEYS = 60;
const TEXT_SLIDES = 40;
const ROUNDS = 30;

export function runPresentBench(): Figure[] {
  return withFrameworkWorkspace('present', (ws) => {
    // An empty workspace still has its first scenario.
    const existing = ws.catalogRepo.catalog().scenarios;
    const scenarios = [...existing, ...['Stretch', 'Later', 'Someday'].slice(0, 3 - existing.length).map((name) => ws.catalog.create('scenario', name))];
    for (let i = 0; i < JOURNEYS; i++) ws.journeys.create({ name: `Journey ${i + 1}`, scenarioId: scenarios[i % 3]!.id });
    const decks = ws.deck;
    const figures: Figure[] = [];

    const first = time(() => decks.save('title', { notes: 'Welcome' }));
    figures.push({ name: `present: first save, writes ${decks.deck().length} slide rows (one action)`, value: first, unit: 'ms', budget: { max: 100 } });
    for (let i = 0; i < TEXT_SLIDES; i++) decks.addText(`Text ${i + 1}`, 'Body', '', null);
    const count = decks.deck().length;

    const reads = Array.from({ length: ROUNDS }, () => time(() => decks.deck()));
    figures.push({ name: `present: present.deck of ${count} slides (median)`, value: median(reads), unit: 'ms', budget: { max: 10 } });

    const moves = Array.from({ length: ROUNDS }, (_, i) => time(() => decks.move('summary', i % 2 === 0 ? 0 : count - 1)));
    figures.push({ name: `present: move a slide in ${count} (one undoable step, median)`, value: median(moves), unit: 'ms', budget: { max: 20 } });

    const catalog = ws.catalogRepo.catalog();
    const journeys = ws.journeys.list();
    const saved: SavedSlide[] = decks.deck().map((s) => ({ id: s.id, kind: s.kind, params: s.kind === 'text' ? s.params : null, hidden: s.hidden, notes: s.notes, position: s.position }));
    const merges = Array.from({ length: ROUNDS }, () => time(() => mergeDeck(saved, buildDefaultDeck({ catalog, journeys }))));
    figures.push({ name: `present: build + merge a deck of ${count} slides, pure (median)`, value: median(merges), unit: 'ms', budget: { max: 5 } });
    return figures;
  });
}
