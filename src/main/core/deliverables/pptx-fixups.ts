/**
 * Two corrections to the XML pptxgenjs writes, applied to the finished file:
 * - per-series dashes in line and radar charts: the app tells overlaid lines
 *   apart by dash as well as colour (DASHES in the palette), but pptxgenjs can
 *   only dash all series of a chart alike, so series i gets dash i here;
 * - one paragraph-properties element per paragraph: pptxgenjs writes one per
 *   text run, which the file format does not allow; renderers then pick one at
 *   random (bullets vanished in LibreOffice) and PowerPoint may offer a repair.
 */
import { unzipSync, zipSync } from 'fflate';
import { DASHES } from '@shared/analysis/charts/palette';

/** The DrawingML preset nearest to each of the app's SVG dash arrays. */
const PRESETS: Record<(typeof DASHES)[number], string> = { '': 'solid', '8 4': 'dash', '2 4': 'sysDot', '12 4 2 4': 'lgDashDot', '4 4': 'sysDash' };
export const DASH_PRESETS: readonly string[] = DASHES.map((d) => PRESETS[d]);

const CHART_FILE = /^ppt\/charts\/chart\d+\.xml$/;
const SLIDE_FILE = /^ppt\/slides\/slide\d+\.xml$/;

/** One chart's XML with series i of its line or radar chart dashed as the app dashes series i. */
export function dashSeries(xml: string): string {
  if (!/<c:(radarChart|lineChart)>/.test(xml)) return xml;
  let i = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => {
    const dash = DASH_PRESETS[i++ % DASH_PRESETS.length]!;
    // The series' own line comes first; the marker's outline after it stays solid.
    return series.replace(/(<c:spPr>[\s\S]*?<a:ln\b[\s\S]*?)<a:prstDash val="[^"]*"\/>/, `$1<a:prstDash val="${dash}"/>`);
  });
}

const PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** Each paragraph keeps the properties of its first run (where the bullet and spacing are set), and only those. */
export function onePPrPerParagraph(xml: string): string {
  return xml.replace(/<a:p>[\s\S]*?<\/a:p>/g, (paragraph) => {
    let seen = false;
    return paragraph.replace(PARAGRAPH_PROPS, (props) => {
      if (seen) return '';
      seen = true;
      return props;
    });
  });
}

/** A whole .pptx with both corrections; other parts are copied unchanged. */
export function fixDeck(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const [name, data] of Object.entries(files)) {
    if (CHART_FILE.test(name)) files[name] = encoder.encode(dashSeries(decoder.decode(data)));
    else if (SLIDE_FILE.test(name)) files[name] = encoder.encode(onePPrPerParagraph(decoder.decode(data)));
  }
  return zipSync(files, { level: 6 });
}
