/**
 * The look of every exported slide: 16:9 geometry, type sizes (nothing under
 * 10 pt: a deck is read from the back of a room), colours, and the chrome each
 * slide shares (title, subtitle, footer with the slide number). Boxes are
 * placed so they cannot overlap, and text is fitted to its box before it is
 * written, since neither PowerPoint nor LibreOffice shrinks it reliably.
 */
import type PptxGenJS from 'pptxgenjs';
import type { TFunction } from 'i18next';
import type { Catalog, Lang } from '@shared/domain/types';
import { clampLine, fitSize, textWidth } from './pptx-text';
import type { NumberFormats } from '@shared/i18n/format';

/** 16:9 is 10 x 5.625 inches; everything sits inside a 0.4 inch margin. */
export const W = 10;
export const H = 5.625;
export const MARGIN = 0.4;
export const FONT = 'Arial';
export const INK = '1F2937';
export const MUTED = '4B5563';
export const RULE = 'D1D5DB';
export const HEAD_FILL = 'F3F4F6';

export const MIN_PT = 10;
export const TITLE_PT = 24;
export const SUBTITLE_PT = 14;
export const BODY_PT = 16;
export const FOOTER_PT = MIN_PT;

/** Inner margin of every text box, in points (pptxgenjs takes points here) and inches. */
const INSET_PT = 4;
export const INSET = INSET_PT / 72;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const TITLE_BOX: Box = { x: MARGIN, y: 0.22, w: W - 2 * MARGIN, h: 0.55 };
/** Starts where the title's box ends: the two can never overlap, however long either is. */
const SUBTITLE_BOX: Box = { x: MARGIN, y: TITLE_BOX.y + TITLE_BOX.h, w: W - 2 * MARGIN, h: 0.34 };
const HEADER_RULE_Y = 1.17;
const FOOTER_BOX: Box = { x: MARGIN, y: 5.27, w: W - 2 * MARGIN - 0.8, h: 0.26 };
/** Where a slide's content goes: under the title and subtitle, above the footer. */
export const CONTENT: Box = { x: MARGIN, y: 1.27, w: W - 2 * MARGIN, h: 3.93 };

/** A palette colour as pptxgenjs wants it: six hex digits, no '#'. */
export const hex = (color: string): string => color.replace('#', '').toUpperCase();

export interface TextStyle {
  pt: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
}

/** Text in a box that neither shrinks nor grows: the caller has measured it to fit. */
export function textBox(slide: PptxGenJS.Slide, text: string | PptxGenJS.TextProps[], box: Box, style: TextStyle): void {
  slide.addText(text, {
    ...box,
    fontFace: FONT,
    fontSize: style.pt,
    bold: style.bold ?? false,
    color: style.color ?? INK,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    margin: INSET_PT,
    fit: 'none',
    wrap: true,
  });
}

/** Width a text box leaves for its text. */
export const innerW = (box: Pick<Box, 'w'>): number => box.w - 2 * INSET;

/**
 * Everything a slide builder needs: the deck, words in the content language,
 * the catalog, and `page`, which adds a slide with its chrome and notes.
 */
export interface DeckContext {
  pptx: PptxGenJS;
  t: TFunction;
  lang: Lang;
  /** Numbers and money as the deck's language writes them, in the workspace currency. */
  formats: NumberFormats;
  catalog: Catalog;
  /** `parts` ("2/3", "channels 8–13 of 13") go after the title in brackets and are never cut off. */
  page(title: string, subtitle?: string, parts?: readonly string[]): PptxGenJS.Slide;
  /** A slide with the notes but no chrome (the cover). */
  blank(): PptxGenJS.Slide;
}

/**
 * A slide with its title (one line: smaller, then cut with an ellipsis when
 * long, its part kept), subtitle, a rule under them, the footer with the slide
 * number, and the speaker notes.
 */
export function addPage(
  pptx: PptxGenJS,
  chrome: { t: TFunction; footer: string; notes: string },
  title: string,
  subtitle?: string,
  parts: readonly string[] = [],
): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  const compose = (base: string) => (parts.length === 0 ? base : chrome.t('ui.deliverables.deck.part', { title: base, part: parts.join(', ') }));
  const width = innerW(TITLE_BOX);
  const pt = fitSize(compose(title), width, [TITLE_PT, 22, 20], 1, true) ?? 20;
  const base = clampLine(title, Math.max(0.5, width - textWidth(compose(''), pt, true)), pt, true);
  textBox(slide, compose(base), TITLE_BOX, { pt, bold: true, valign: 'bottom' });
  if (subtitle) textBox(slide, clampLine(subtitle, innerW(SUBTITLE_BOX), SUBTITLE_PT), SUBTITLE_BOX, { pt: SUBTITLE_PT, color: MUTED, valign: 'top' });
  slide.addShape('line', { x: MARGIN, y: HEADER_RULE_Y, w: W - 2 * MARGIN, h: 0, line: { color: RULE, width: 0.75 } });
  textBox(slide, clampLine(chrome.footer, innerW(FOOTER_BOX), FOOTER_PT), FOOTER_BOX, { pt: FOOTER_PT, color: MUTED, valign: 'middle' });
  slide.slideNumber = { x: W - MARGIN - 0.8, y: FOOTER_BOX.y, w: 0.8, h: FOOTER_BOX.h, fontFace: FONT, fontSize: FOOTER_PT, color: MUTED, align: 'right', valign: 'middle' };
  if (chrome.notes.trim() !== '') slide.addNotes(chrome.notes);
  return slide;
}

/** "2/3" when a subject takes more than one slide; nothing when it takes one. */
export const pageOf = (n: number, total: number): string[] => (total > 1 ? [`${n}/${total}`] : []);
