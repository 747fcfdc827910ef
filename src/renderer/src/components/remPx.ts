/** Pixels per rem now: the presentation scale sets the root font size, and what is drawn in pixels follows it. */
export const remPx = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
