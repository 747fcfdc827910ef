import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '@shared/present/deck';
import { NO_TARGET } from '@shared/present/slide-keys';
import { cellItemId } from '@shared/domain/workshop';
import { deckServiceOf } from '../services/deck-service';
import { scenarioFindings } from '../services/scenario-findings';
import { voteServiceOf } from '../services/vote-labels';
import { useTempDir } from '../testing/temp';
import { runPlan } from './plan';
import { planPptx } from './pptx';
import { fillWorkspace } from './test-fixture';

const slideFiles = (files: Record<string, Uint8Array>, dir: 'slides' | 'notesSlides') =>
  Object.keys(files).filter((f) => new RegExp(`^ppt/${dir}/${dir === 'slides' ? 'slide' : 'notesSlide'}\\d+\\.xml$`).test(f));

describe('the slide deck', () => {
  const tmp = useTempDir();

  it('has one slide per visible deck slide, in deck order, with the speaker notes', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const deck = buildDefaultDeck({ catalog: ws.catalogRepo.catalog(), journeys: ws.journeys.list() });
    deck[1] = { ...deck[1]!, notes: 'Say why the lead channel matters' };
    deck[2] = { ...deck[2]!, hidden: true };
    deck.push({ id: 'text-1', kind: 'text', params: { kind: 'text', title: 'Next steps', body: 'Pilot in two shops' }, hidden: false, notes: 'Ask for a volunteer', position: 'z', saved: true, target: NO_TARGET, removable: true });
    const file = await runPlan(planPptx(ws, deck));
    expect(file.fileName).toBe('test.pptx');
    const files = unzipSync(new Uint8Array(file.bytes));
    const slides = slideFiles(files, 'slides');
    expect(slides).toHaveLength(deck.length - 1);
    const xml = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
    // Slide 2 is the first matrix: a native table with role words.
    expect(xml(2)).toContain('<a:tbl>');
    expect(xml(2)).toContain('lead');
    const journeySlide = slides.map((_, i) => xml(i + 1)).findIndex((x) => x.includes('Journey: Renewal'));
    expect(journeySlide).toBeGreaterThan(0);
    expect(xml(journeySlide + 1)).toContain('Sees an ad');
    expect(xml(slides.length)).toContain('Pilot in two shops');
    const notes = slideFiles(files, 'notesSlides').map((f) => strFromU8(files[f]!)).join('\n');
    expect(notes).toContain('Say why the lead channel matters');
    expect(notes).toContain('Ask for a volunteer');
    // Charts are native charts, not pictures.
    expect(Object.keys(files).some((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
  });

  it('draws a revealed vote as a bar chart of its items, most dots first', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    const votes = voteServiceOf(ws);
    const items = [0, 1].map((i) => ({
      kind: 'cell' as const,
      id: cellItemId(scenarios[0]!.id, { kind: 'all' }, phases[i]!.id, channels[0]!.id),
      label: 'live',
    }));
    const session = votes.open('Where do we start?', items, 3);
    const ann = votes.join('Ann');
    votes.setDots(session.id, ann.id, items[1]!, 3);
    votes.reveal(session.id);
    const deck = deckServiceOf(ws).deck();
    expect(deck.map((s) => s.id)).toContain(`votes:${session.id}`);
    const files = unzipSync(new Uint8Array((await runPlan(planPptx(ws, deck))).bytes));
    const slideXml = slideFiles(files, 'slides').map((f) => strFromU8(files[f]!));
    expect(slideXml.some((x) => x.includes('Vote: Where do we start?') && x.includes('1 participant voted.'))).toBe(true);
    const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]!));
    const voteChart = charts.find((x) => x.includes(`${phases[1]!.name} × ${channels[0]!.name}`));
    expect(voteChart).toContain('<c:barDir val="bar"/>');
  });

  it('counts the findings present mode shows, journeys included', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    const guessed = ws.journeys.create({ name: 'Guesswork', description: '', scenarioId: scenarios[0]!.id });
    ws.journeys.addSteps({
      journeyId: guessed.id,
      steps: [0, 1].map((i) => ({ phaseId: phases[i]!.id, channelId: channels[0]!.id, title: `Guess ${i + 1}`, evidence: 'hypothesis' as const })),
    });
    const deck = deckServiceOf(ws).deck();
    const files = unzipSync(new Uint8Array((await runPlan(planPptx(ws, deck))).bytes));
    const slideXml = slideFiles(files, 'slides').map((f) => strFromU8(files[f]!));
    const findings = scenarioFindings(ws, ws.catalogRepo.catalog(), scenarios[0]!.id);
    expect(findings.map((f) => f.rule)).toContain('journey.hypotheses');
    // The summary counts them all, as present mode's summary does.
    expect(slideXml.some((x) => x.includes(`journeys, ${findings.length} findings.`))).toBe(true);
  });
});
