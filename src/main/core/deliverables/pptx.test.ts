import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BALANCE_STYLES, DELTA_STYLES, OKABE_ITO, OTHER_STYLE } from '@shared/analysis/charts/palette';
import { buildDefaultDeck, type Deck, type Slide, type SlideParams } from '@shared/present/deck';
import { NO_TARGET } from '@shared/present/slide-keys';
import { cellItemId } from '@shared/domain/workshop';
import type { Role } from '@shared/domain/types';
import { scenarioFindings } from '../services/scenario-findings';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { runPlan } from './plan';
import { planPptx } from './pptx';
import { fillWorkspace } from './test-fixture';

type Files = Record<string, Uint8Array>;

const numbered = (files: Files, pattern: RegExp): string[] =>
  Object.keys(files)
    .filter((f) => pattern.test(f))
    .sort((a, b) => Number(a.match(/(\d+)\.xml$/)![1]) - Number(b.match(/(\d+)\.xml$/)![1]))
    .map((f) => strFromU8(files[f]!));
const slidesOf = (files: Files) => numbered(files, /^ppt\/slides\/slide\d+\.xml$/);
const chartsOf = (files: Files) => numbered(files, /^ppt\/charts\/chart\d+\.xml$/);
const notesOf = (files: Files) => numbered(files, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).join('\n');
/** The words of a slide, runs joined as a reader sees them. */
const textOf = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
const titleOf = (xml: string): string => xml.match(/<a:t>([^<]*)<\/a:t>/)?.[1] ?? '';

async function exportFiles(ws: Workspace, deck: Deck): Promise<Files> {
  return unzipSync(new Uint8Array((await runPlan(planPptx(ws, deck))).bytes));
}

/**
 * Roles in every cell of both scenarios, a second customer type for the radar,
 * and journeys built on guesses, so the charts and the findings have plenty to say.
 */
function fillEveryCell(ws: Workspace): void {
  ws.catalog.create('customerType', 'Price hunter', null);
  const { phases, channels, scenarios } = ws.catalogRepo.catalog();
  for (const name of ['Guess A', 'Guess B', 'Guess C']) {
    const journey = ws.journeys.create({ name, description: '', scenarioId: scenarios[0]!.id });
    ws.journeys.addSteps({ journeyId: journey.id, steps: [{ phaseId: phases[0]!.id, channelId: channels[0]!.id, title: name, evidence: 'hypothesis' as const }] });
  }
  const roleOf = (s: number, p: number, c: number): Role => (((p * 7 + c * 3 + s * 5) % 5 === 0 ? 3 : (p + c + s) % 4 === 0 ? 2 : (p * c) % 3 === 1 ? 1 : 0) as Role);
  scenarios.forEach((scenario, s) =>
    ws.matrix.setCells({
      scenarioId: scenario.id,
      lens: { kind: 'all' },
      cells: phases.flatMap((phase, p) => channels.map((channel, c) => ({ phaseId: phase.id, channelId: channel.id, role: roleOf(s, p, c) }))),
    }),
  );
}

const slide = (id: string, params: SlideParams): Slide => ({ id, kind: params.kind, params, hidden: false, notes: '', position: id, saved: false, target: NO_TARGET, removable: false });

describe('the slide deck', () => {
  const tmp = useTempDir();

  it('follows the deck: every visible slide in order, as one slide or more, with the speaker notes', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const deck = buildDefaultDeck({ catalog: ws.catalogRepo.catalog(), journeys: ws.journeys.list() });
    deck[1] = { ...deck[1]!, notes: 'Say why the lead channel matters' };
    deck[2] = { ...deck[2]!, hidden: true };
    deck.push({ id: 'text-1', kind: 'text', params: { kind: 'text', title: 'Next steps', body: 'Pilot in two shops' }, hidden: false, notes: 'Ask for a volunteer', position: 'z', saved: true, target: NO_TARGET, removable: true });
    const files = await exportFiles(ws, deck);
    const slides = slidesOf(files);
    expect(slides.length).toBeGreaterThanOrEqual(deck.length - 1);
    const titles = slides.map(titleOf);
    // The default workspace has 13 channels: each matrix continues on a second slide rather than shrinking.
    expect(titles).toContain('Matrix: As-is (channels 1–7 of 13)');
    expect(titles).toContain('Matrix: As-is (channels 8–13 of 13)');
    expect(titles.some((t) => t.startsWith('Matrix: To-be'))).toBe(false); // hidden
    const matrix = slides[titles.indexOf('Matrix: As-is (channels 1–7 of 13)')]!;
    expect(matrix).toContain('<a:tbl>');
    expect(matrix).toContain('lead');
    const journey = titles.findIndex((t) => t.startsWith('Journey: Renewal'));
    expect(journey).toBeGreaterThan(titles.indexOf('Matrix: As-is (channels 8–13 of 13)'));
    expect(textOf(slides[journey]!)).toContain('Sees an ad');
    expect(textOf(slides[slides.length - 1]!)).toContain('Pilot in two shops');
    const notes = notesOf(files);
    expect(notes).toContain('Say why the lead channel matters');
    expect(notes).toContain('Ask for a volunteer');
    // Charts are native charts, not pictures; the journey's emotion curve is one of them.
    const charts = chartsOf(files);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.some((c) => c.includes('<c:scatterChart>'))).toBe(true);
  });

  it('puts no text under 10 pt on any slide or chart, and draws charts in the app palette', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    fillEveryCell(ws);
    const files = await exportFiles(ws, ws.deck.deck());
    const parts = [...slidesOf(files), ...chartsOf(files)];
    const sizes = parts.flatMap((xml) => [...xml.matchAll(/\ssz="(\d+)"/g)].map((m) => Number(m[1])));
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000);
    const charts = chartsOf(files);
    const hex = (c: string) => c.slice(1).toUpperCase();
    const palette = new Set([...OKABE_ITO, OTHER_STYLE.color, BALANCE_STYLES.offline.color, DELTA_STYLES.from.color].map(hex));
    for (const color of [OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2], DELTA_STYLES.from.color]) expect(charts.join('\n')).toContain(`val="${hex(color)}"`);
    // Every series fill is a palette colour: none of Office's defaults.
    for (const chart of charts) {
      for (const series of chart.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
        const spPr = series.match(/<c:spPr>([\s\S]*?)<\/c:spPr>/)?.[1] ?? '';
        // A solid fill, or a pattern over the series colour (the app's second round of colours).
        const fill = spPr.match(/^<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/)?.[1] ?? spPr.match(/<a:bgClr><a:srgbClr val="([0-9A-F]{6})"/)?.[1];
        expect(palette.has(fill ?? ''), `series fill ${fill}`).toBe(true);
      }
    }
    // Past eight channels the mix repeats colours with a pattern, as the app does.
    expect(charts.some((c) => c.includes('<c:barChart>') && c.includes('<a:pattFill prst="wdUpDiag">'))).toBe(true);
    // Overlaid customer types on the radar differ by dash as they do in the app.
    const radar = charts.find((c) => c.includes('<c:radarChart>'))!;
    expect(radar).toContain('<a:prstDash val="dash"/>');
  });

  it('shows every finding of the scenario, continued on further slides, none dropped', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    fillEveryCell(ws);
    const catalog = ws.catalogRepo.catalog();
    const findings = scenarioFindings(ws, catalog, catalog.scenarios[0]!.id);
    expect(findings.length).toBeGreaterThan(8);
    const files = await exportFiles(ws, [slide('findings', { kind: 'findings', scenarioId: catalog.scenarios[0]!.id, lens: { kind: 'all' } })]);
    const slides = slidesOf(files);
    expect(slides.length).toBeGreaterThan(1);
    slides.forEach((xml, i) => expect(titleOf(xml)).toBe(`Findings: As-is (${i + 1}/${slides.length})`));
    const shown = slides.map((xml) => (textOf(xml).match(/(Needs attention|Worth a look|For information): /g) ?? []).length).reduce((a, b) => a + b, 0);
    expect(shown).toBe(findings.length);
  });

  it("shows each slide's own scenario and lens, the workshop's join slide left out", async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    fillEveryCell(ws);
    const { scenarios, customerTypes } = ws.catalogRepo.catalog();
    const [asIs, toBe] = [scenarios[0]!, scenarios[1]!];
    const lens = { kind: 'customerType' as const, id: customerTypes[0]!.id };
    const deck = [
      slide('chart', { kind: 'chart', chartId: 'mix', scenarioId: toBe.id, lens, compareScenarioId: null }),
      slide('findings', { kind: 'findings', scenarioId: toBe.id, lens: { kind: 'all' } }),
      slide('economics', { kind: 'economics', scenarioId: toBe.id, lens }),
      slide('change', { kind: 'change', scenarioId: asIs.id, compareScenarioId: toBe.id, lens: { kind: 'all' } }),
      slide('join', { kind: 'join' }),
    ];
    const slides = slidesOf(await exportFiles(ws, deck));
    const texts = slides.map(textOf);
    expect(texts[0]).toContain(`To-be · ${customerTypes[0]!.name}`);
    expect(titleOf(slides.find((s) => titleOf(s).startsWith('Findings'))!)).toMatch(/^Findings: To-be/);
    const economics = texts.find((t) => t.startsWith('Economics per customer type'))!;
    expect(economics).toContain(`To-be · ${customerTypes[0]!.name}`);
    const change = slides.find((s) => titleOf(s).startsWith('From As-is to To-be'))!;
    expect(textOf(change)).toMatch(/roles change/);
    expect(change).toContain('<p:graphicFrame>');
    expect(texts.some((t) => /join/i.test(t))).toBe(false);
  });

  it('says on the change slide what the step does to the cost of a journey, and the leads it gains or loses', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    const [asIs, toBe] = [scenarios[0]!, scenarios[1]!];
    channels.forEach((c, i) => ws.catalog.update(c.id, { kind: 'channel', costPerContact: i === 0 ? 20 : 1 }));
    // To-be makes the expensive first channel the lead of the last phase, which had no lead.
    const last = phases[phases.length - 1]!;
    ws.matrix.setCells({ scenarioId: toBe.id, lens: { kind: 'all' }, cells: [{ phaseId: last.id, channelId: channels[0]!.id, role: 3 }] });
    const deck = [slide('change', { kind: 'change', scenarioId: asIs.id, compareScenarioId: toBe.id, lens: { kind: 'all' } })];
    const text = slidesOf(await exportFiles(ws, deck)).map(textOf).join(' ');
    expect(text).toContain(`${last.name} gains a lead channel in To-be: ${channels[0]!.name}.`);
    // As-is: 3 cells set by the fixture (51.00 a journey); To-be: only the new lead (2 contacts x 20.00).
    expect(text).toContain('A journey costs €40.00 in To-be against €51.00 in As-is: −\u2060€11.00 (−21.6%)');
    expect(text).toMatch(/To-be retires [^:]+: it played a role in As-is/);
    // The same finding on the deck's findings slide of To-be, where the default comparison is the first scenario.
    expect(scenarioFindings(ws, ws.catalogRepo.catalog(), toBe.id).map((f) => f.rule)).toContain('money.costChange');
  });

  it('draws a revealed vote as a bar chart of its items, most dots first', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    const votes = ws.votes;
    const items = [0, 1].map((i) => ({
      kind: 'cell' as const,
      id: cellItemId(scenarios[0]!.id, { kind: 'all' }, phases[i]!.id, channels[0]!.id),
      label: 'live',
    }));
    const session = votes.open('Where do we start?', items, 3);
    const ann = votes.join('Ann');
    votes.setDots(session.id, ann.id, items[1]!, 3);
    votes.reveal(session.id);
    const deck = ws.deck.deck();
    expect(deck.map((s) => s.id)).toContain(`votes:${session.id}`);
    const files = await exportFiles(ws, deck);
    expect(slidesOf(files).some((x) => textOf(x).includes('Vote: Where do we start?') && textOf(x).includes('1 participant voted.'))).toBe(true);
    const voteChart = chartsOf(files).find((x) => x.includes(`${phases[1]!.name} × ${channels[0]!.name}`));
    expect(voteChart).toContain('<c:barDir val="bar"/>');
  });

  it('writes money in the workspace currency and the date as the deck language does', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    ws.settings.setCurrency('USD');
    const texts = slidesOf(await exportFiles(ws, ws.deck.deck())).map(textOf);
    // KW = 10 x 2 x 50 - 100, on the economics slide in dollars.
    expect(texts.some((x) => x.includes('US$900'))).toBe(true);
    expect(texts.some((x) => x.includes('€'))).toBe(false);
    expect(texts[0]).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('says what is missing on the economics slide instead of a journey that costs 0.00', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const { channels, scenarios } = ws.catalogRepo.catalog();
    for (const c of channels) ws.catalog.update(c.id, { kind: 'channel', costPerContact: null });
    const deck = [slide('economics', { kind: 'economics', scenarioId: scenarios[0]!.id, lens: { kind: 'all' } })];
    const text = slidesOf(await exportFiles(ws, deck)).map(textOf).join(' ');
    expect(text).toContain('No cost to serve yet: none of the channels used in this journey has a cost per contact.');
    expect(text).not.toContain('€0.00');
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
    const files = await exportFiles(ws, ws.deck.deck());
    const findings = scenarioFindings(ws, ws.catalogRepo.catalog(), scenarios[0]!.id);
    expect(findings.map((f) => f.rule)).toContain('journey.hypotheses');
    // The summary counts them all, as present mode's summary does.
    expect(slidesOf(files).some((x) => textOf(x).includes(`Findings: ${findings.length}`))).toBe(true);
  });
});
