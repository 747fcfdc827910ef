/**
 * Text measure estimates for the slide deck. A .pptx stores no line breaks:
 * PowerPoint and LibreOffice wrap text when they draw it, and a box that is too
 * small overflows instead of telling anyone. So every box is sized (or its
 * content paginated) from these estimates before it is written.
 *
 * The deck is set in Arial, whose advance widths are known here exactly; it is
 * on every PowerPoint machine, and LibreOffice draws it with Liberation Sans,
 * which has the same metrics. Estimates round up, so a box is never too small.
 */

/** Arial's advance widths of ASCII 32..126, in thousandths of an em. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667,
  722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
  278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722,
  722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556,
  333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Punctuation the app writes often (dashes, quotes, arrows, the minus sign), regular and bold. */
const EXTRA: Record<string, readonly [number, number]> = {
  '\u2013': [556, 556],
  '\u2014': [1000, 1000],
  '\u2018': [222, 278],
  '\u2019': [222, 278],
  '\u201C': [333, 500],
  '\u201D': [333, 500],
  '\u2026': [1000, 1000],
  '\u2022': [350, 350],
  '\u2192': [1000, 1000],
  '\u00D7': [584, 584],
  '\u2212': [584, 584],
  '\u20AC': [556, 556],
  '\u00B7': [278, 278],
  '\u00A0': [278, 278],
};
/** Letters outside the table (Greek, Cyrillic...) are taken as wide as an M, ideographs as a full em. */
const UNKNOWN = 833;
const IDEOGRAPH = 1000;
/** Rounding differences between renderers (kerning, hinting): a line is taken this much longer. */
const SAFETY = 1.04;

/** Line height as a multiple of the font size: Arial's ascent plus descent plus gap is 1.15. */
export const LINE_SPACING = 1.2;

export const ELLIPSIS = '\u2026';

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 32;
  if (code >= 32 && code < 127) return (bold ? BOLD : REGULAR)[code - 32]!;
  const extra = EXTRA[ch];
  if (extra) return extra[bold ? 1 : 0];
  // An accented letter is as wide as its base letter (é as e).
  const base = ch.normalize('NFD').codePointAt(0) ?? code;
  if (base >= 32 && base < 127) return (bold ? BOLD : REGULAR)[base - 32]!;
  return code >= 0x2e80 ? IDEOGRAPH : UNKNOWN;
}

/** Width of one line of text, in inches. */
export function textWidth(text: string, pt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units / 1000) * (pt / 72) * SAFETY;
}

/** Height of `lines` lines, in inches. */
export const linesHeight = (lines: number, pt: number): number => (lines * pt * LINE_SPACING) / 72;

const words = (text: string): string[] => text.split(/[ \t]+/).filter((w) => w !== '');

/** The widest single word: a column narrower than this would break it in the middle. */
export function longestWord(text: string, pt: number, bold = false): number {
  return Math.max(0, ...text.split('\n').flatMap(words).map((w) => textWidth(w, pt, bold)));
}

/** A word too wide for a line is cut where the renderers would cut it: at the last character that fits. */
function breakWord(word: string, width: number, pt: number, bold: boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && textWidth(current + ch, pt, bold) > width) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  return [...parts, current];
}

/** The lines a renderer makes of `text` in a box `width` inches wide (greedy wrap at spaces, hard breaks kept). */
export function wrap(text: string, width: number, pt: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of words(paragraph)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, pt, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = textWidth(word, pt, bold) <= width ? [word] : breakWord(word, width, pt, bold);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1]!;
    }
    lines.push(line);
  }
  return lines;
}

/** Height of `text` wrapped in a box `width` inches wide, in inches. */
export const textHeight = (text: string, width: number, pt: number, bold = false): number => linesHeight(wrap(text, width, pt, bold).length, pt);

/**
 * `text` cut to at most `maxLines` lines of `width`, the last one ending in an
 * ellipsis when something was left out; unchanged when it fits.
 */
export function clampLines(text: string, width: number, pt: number, maxLines: number, bold = false): string {
  const lines = wrap(text, width, pt, bold);
  if (lines.length <= maxLines) return text;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept.pop()!;
  while (last !== '' && textWidth(last + ELLIPSIS, pt, bold) > width) last = Array.from(last).slice(0, -1).join('');
  return [...kept, last.trimEnd() + ELLIPSIS].join('\n');
}

/**
 * `text` with every word wider than `width` cut to what fits plus an ellipsis,
 * so a narrow box shows "Relation…" rather than breaking the word in two.
 */
export function clampWords(text: string, width: number, pt: number, bold = false): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => {
          if (textWidth(word, pt, bold) <= width) return word;
          let cut = Array.from(word);
          while (cut.length > 1 && textWidth(cut.join('') + ELLIPSIS, pt, bold) > width) cut = cut.slice(0, -1);
          return cut.join('') + ELLIPSIS;
        })
        .join(' '),
    )
    .join('\n');
}

/** `text` on one line of `width`: cut with an ellipsis when it is wider. */
export const clampLine = (text: string, width: number, pt: number, bold = false): string => clampLines(text.replace(/\s+/g, ' '), width, pt, 1, bold);

/** The first size (largest first) at which `text` takes at most `maxLines` lines; null when none does. */
export function fitSize(text: string, width: number, sizes: readonly number[], maxLines: number, bold = false): number | null {
  return sizes.find((pt) => wrap(text, width, pt, bold).length <= maxLines) ?? null;
}

/**
 * Paragraphs packed onto pages of `height` inches: whole paragraphs where they
 * fit, `gap` inches between two; a paragraph taller than a page is split
 * between lines, so nothing is dropped and nothing overflows.
 */
export function paginate(paragraphs: readonly string[], width: number, pt: number, height: number, gap = 0, bold = false): string[][] {
  const perPage = Math.max(1, Math.floor(height / linesHeight(1, pt)));
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const paragraph of paragraphs) {
    let lines = wrap(paragraph, width, pt, bold);
    while (lines.length > 0) {
      const before = page.length === 0 ? 0 : gap;
      const room = page.length === 0 ? perPage : Math.floor((height - used - before + 1e-9) / linesHeight(1, pt));
      if (lines.length <= room) {
        page.push(lines.join(' '));
        used += before + linesHeight(lines.length, pt);
        lines = [];
      } else if ((page.length > 0 && lines.length <= perPage) || room < 1) {
        // A paragraph that fits on a page of its own starts on the next one rather than being split.
        flush();
      } else {
        page.push(lines.slice(0, room).join(' '));
        lines = lines.slice(room);
        flush();
      }
    }
  }
  flush();
  return pages;
}

/**
 * Items of known heights packed onto pages of `height` inches, in order, `gap`
 * inches between two: the indexes on each page. An item taller than a page
 * gets a page of its own (the caller clamps its text).
 */
export function pack(heights: readonly number[], height: number, gap = 0): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    const needed = page.length === 0 ? h : used + gap + h;
    if (page.length > 0 && needed > height + 1e-9) {
      pages.push(page);
      page = [i];
      used = h;
    } else {
      page.push(i);
      used = needed;
    }
  });
  if (page.length > 0) pages.push(page);
  return pages;
}
