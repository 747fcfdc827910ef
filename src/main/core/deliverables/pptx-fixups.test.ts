import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dashSeries, DASH_PRESETS, fixDeck, onePPrPerParagraph, patternSeries } from './pptx-fixups';

const series = (name: string) =>
  `<c:ser><c:tx>${name}</c:tx><c:spPr><a:solidFill/><a:ln w="1"><a:prstDash val="solid"/><a:round/></a:ln></c:spPr><c:marker><c:spPr><a:ln><a:prstDash val="solid"/></a:ln></c:spPr></c:marker></c:ser>`;
const radar = `<c:chartSpace><c:radarChart>${series('a')}${series('b')}${series('c')}</c:radarChart></c:chartSpace>`;
const slide =
  '<p:txBody><a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>Warning: </a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>text</a:t></a:r><a:pPr/></a:p>' +
  '<a:p><a:pPr algn="l"/><a:r><a:t>second</a:t></a:r></a:p></p:txBody>';

describe('the corrections to the written deck', () => {
  it("dashes series i of a radar chart as the app's dash i, leaving the markers solid", () => {
    const out = dashSeries(radar);
    const dashes = [...out.matchAll(/<a:prstDash val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(dashes).toEqual([DASH_PRESETS[0], 'solid', DASH_PRESETS[1], 'solid', DASH_PRESETS[2], 'solid']);
    expect(DASH_PRESETS[1]).not.toBe('solid');
  });

  it('leaves bar charts alone', () => {
    const bar = `<c:barChart>${series('a')}${series('b')}</c:barChart>`;
    expect(dashSeries(bar)).toBe(bar);
  });

  it('patterns the second use of a colour in a bar chart, and "Other", as the app does', () => {
    const bar = (color: string) => `<c:ser><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:ser>`;
    const out = patternSeries(`<c:barChart>${bar('0072B2')}${bar('E69F00')}${bar('0072B2')}${bar('BBBBBB')}</c:barChart>`);
    const fills = [...out.matchAll(/<c:spPr>(<a:solidFill>|<a:pattFill prst="(\w+)">)/g)].map((m) => m[2] ?? 'solid');
    expect(fills).toEqual(['solid', 'solid', 'wdUpDiag', 'diagCross']);
    expect(out).toContain('<a:bgClr><a:srgbClr val="0072B2"/></a:bgClr>');
    const radar = `<c:radarChart>${bar('0072B2')}${bar('0072B2')}</c:radarChart>`;
    expect(patternSeries(radar)).toBe(radar);
  });

  it("keeps one paragraph-properties element per paragraph: the first run's", () => {
    expect(onePPrPerParagraph(slide)).toBe(
      '<p:txBody><a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>Warning: </a:t></a:r><a:r><a:t>text</a:t></a:r></a:p>' +
        '<a:p><a:pPr algn="l"/><a:r><a:t>second</a:t></a:r></a:p></p:txBody>',
    );
  });

  it('rewrites only chart and slide parts of a deck', () => {
    const deck = zipSync({ 'ppt/charts/chart1.xml': strToU8(radar), 'ppt/slides/slide1.xml': strToU8(slide), 'ppt/notesSlides/notesSlide1.xml': strToU8(slide) });
    const files = unzipSync(fixDeck(deck));
    expect(strFromU8(files['ppt/charts/chart1.xml']!)).toContain(`val="${DASH_PRESETS[1]}"`);
    expect(strFromU8(files['ppt/slides/slide1.xml']!).match(/<a:pPr/g)).toHaveLength(2);
    expect(strFromU8(files['ppt/notesSlides/notesSlide1.xml']!)).toBe(slide);
  });
});
