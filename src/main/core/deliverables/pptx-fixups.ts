/**
 * Corrections to the XML pptxgenjs writes, applied to the finished file:
 * - per-series dashes in line and radar charts: the app tells overlaid lines
 *   apart by dash as well as colour (DASHES in the palette), but pptxgenjs can
 *   only dash all series of a chart alike, so series i gets dash i here;
 * - patterns in bar charts: past the palette's eight colours the app repeats
 *   them with a pattern (and "Other" is cross-hatched grey); pptxgenjs only
 *   fills solid, so a colour's second use in a chart gets its pattern here;
 * - one paragraph-properties element per paragraph: pptxgenjs writes one per
 *   text run, which the file format does not allow; renderers then pick one at
 *   random (bullets vanished in LibreOffice) and PowerPoint may offer a repair.
 */
import { unzipSync, zipSync } from 'fflate';
import { DASHES, OTHER_STYLE, PATTERNS, type Pattern } from '@shared/analysis/charts/palette';

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

/** The DrawingML preset nearest to each of the app's SVG patterns, drawn dark over the series colour. */
const PATTERN_PRESETS: Record<Exclude<Pattern, 'solid'>, string> = { hatch: 'wdUpDiag', dots: 'pct25', cross: 'diagCross' };
const PATTERN_INK = '404040';
const SERIES_FILL = /(<c:spPr>\s*)<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"\s*\/>\s*<\/a:solidFill>/;

/**
 * One chart's XML with the patterns of the app's bars: in a bar chart, the
 * n-th series of a colour gets the n-th pattern (as seriesStyle gives them
 * round by round), and "Other" its cross-hatch.
 */
export function patternSeries(xml: string): string {
  if (!xml.includes('<c:barChart>')) return xml;
  const seen = new Map<string, number>();
  const other = OTHER_STYLE.color.slice(1).toUpperCase();
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) =>
    series.replace(SERIES_FILL, (fill, before: string, color: string) => {
      const key = color.toUpperCase();
      const round = seen.get(key) ?? 0;
      seen.set(key, round + 1);
      const pattern: Pattern = key === other ? OTHER_STYLE.pattern : PATTERNS[round % PATTERNS.length]!;
      if (pattern === 'solid') return fill;
      return `${before}<a:pattFill prst="${PATTERN_PRESETS[pattern]}"><a:fgClr><a:srgbClr val="${PATTERN_INK}"/></a:fgClr><a:bgClr><a:srgbClr val="${key}"/></a:bgClr></a:pattFill>`;
    }),
  );
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

/** A whole .pptx with the corrections; other parts are copied unchanged. */
export function fixDeck(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const [name, data] of Object.entries(files)) {
    if (CHART_FILE.test(name)) files[name] = encoder.encode(patternSeries(dashSeries(decoder.decode(data))));
    else if (SLIDE_FILE.test(name)) files[name] = encoder.encode(onePPrPerParagraph(decoder.decode(data)));
  }
  return zipSync(files, { level: 6 });
}
