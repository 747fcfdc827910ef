/**
 * Where each report section starts when printed on A4: every section begins a
 * new page (report.css), so its first page follows from the laid-out heights
 * of everything before it. Chromium has no target-counter(), so the table of
 * contents gets its numbers from here.
 */

/** The printable height of an A4 page at 96 dpi with the 15 mm margins of report.css. */
export const PAGE_PX = ((297 - 30) / 25.4) * 96;
/** The printable width, at which the report is laid out on screen too, so the measured heights hold in print. */
export const PAGE_WIDTH_PX = ((210 - 30) / 25.4) * 96;

/** Pages a block of this height fills; an empty or unmeasured block still takes its page. */
export const pagesFor = (heightPx: number, pagePx = PAGE_PX): number => Math.max(1, Math.ceil(Math.floor(heightPx) / pagePx));

/**
 * The first page of each section, after the title page and the contents
 * (which may run over more than one page).
 */
export function sectionPages(
  sections: readonly { id: string; height: number }[],
  contentsHeight: number,
  pagePx = PAGE_PX,
): { pages: Record<string, number>; total: number } {
  // Page 1 is the title page; the contents start on page 2.
  let next = 2 + pagesFor(contentsHeight, pagePx);
  const pages: Record<string, number> = {};
  for (const section of sections) {
    pages[section.id] = next;
    next += pagesFor(section.height, pagePx);
  }
  return { pages, total: next - 1 };
}
