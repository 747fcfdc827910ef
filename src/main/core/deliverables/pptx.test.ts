import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '@shared/present/deck';
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
    deck.push({ id: 'text-1', kind: 'text', params: { kind: 'text', title: 'Next steps', body: 'Pilot in two shops' }, hidden: false, notes: 'Ask for a volunteer', position: 'z', saved: true });
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
});
