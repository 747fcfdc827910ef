/**
 * Where the printed report breaks its pages. The report is laid out at the
 * printed width on screen, so every block's height is known before printing;
 * this decides which blocks open a new page, and the report page tells
 * Chromium so (break-before: page on exactly those blocks). The table of
 * contents reads its numbers from the same decision, so they are the pages
 * the PDF really has, as long as every page holds what was planned for it
 * (the page height passed in keeps a little room for rounding).
 */

/** How a block wants to begin. */
export type BlockBreak =
  /** Flows on from the block before. */
  | 'auto'
  /** A new chapter: a new page unless the current one is still mostly empty (no near-empty page before it). */
  | 'chapter'
  /** Always a new page (the contents after the cover, the first section after the contents). */
  | 'page';

export interface LayoutBlock {
  id: string;
  /** Laid-out height in CSS px, up to where the next block begins. */
  height: number;
  breakBefore: BlockBreak;
  /** A heading or a lead-in: never the last thing on a page, it moves with the block after it. */
  keepWithNext: boolean;
}

export interface Pagination {
  /** The page each block starts on (1-based). */
  pageOf: Record<string, number>;
  /** The blocks that begin a page, other than the first block. */
  starts: string[];
  total: number;
  /** How full the last page is (0-1). */
  lastFill: number;
}

export interface PaginateOptions {
  pageHeight: number;
  /** A chapter opens a new page once the current page is filled past this share; below it, it follows on the same page. */
  chapterFill?: number;
  /**
   * A last page filled less than this is near-empty: chapters then open new
   * pages less eagerly, if that saves the page.
   */
  lastPageMin?: number;
}

/** How eagerly chapters may open a new page when a near-empty last page is to be avoided, least change first. */
const RELAXED_FILLS = [0.75, 0.9, 1] as const;

export function paginate(blocks: readonly LayoutBlock[], options: PaginateOptions): Pagination {
  const first = paginateOnce(blocks, options.pageHeight, options.chapterFill ?? 0.6);
  if (first.total < 2 || first.lastFill >= (options.lastPageMin ?? 0.3)) return first;
  for (const fill of RELAXED_FILLS) {
    const relaxed = paginateOnce(blocks, options.pageHeight, fill);
    if (relaxed.total < first.total) return relaxed;
  }
  return first;
}

/** The blocks from `i` that must share a page: a run of keep-with-next blocks and the block after them. */
function groupEnd(blocks: readonly LayoutBlock[], i: number): number {
  let j = i;
  while (j < blocks.length - 1 && blocks[j]!.keepWithNext && blocks[j + 1]!.breakBefore === 'auto') j++;
  return j;
}

function paginateOnce(blocks: readonly LayoutBlock[], pageHeight: number, chapterFill: number): Pagination {
  const pageOf: Record<string, number> = {};
  const starts: string[] = [];
  let page = 1;
  let used = 0;
  /** Set after a block taller than a page: whatever follows starts clean. */
  let forceNext = false;

  const newPage = (id: string) => {
    page += 1;
    used = 0;
    starts.push(id);
  };

  let i = 0;
  while (i < blocks.length) {
    const end = groupEnd(blocks, i);
    const group = blocks.slice(i, end + 1);
    const groupHeight = group.reduce((sum, b) => sum + b.height, 0);
    const first = group[0]!;
    if (used > 0) {
      const fitsWhole = used + groupHeight <= pageHeight;
      if (
        forceNext ||
        first.breakBefore === 'page' ||
        (first.breakBefore === 'chapter' && used > chapterFill * pageHeight) ||
        (!fitsWhole && groupHeight <= pageHeight) ||
        used + first.height > pageHeight
      ) {
        newPage(first.id);
      }
    }
    forceNext = false;
    for (const block of group) {
      // Only a group taller than a page gets here with a block that does not fit: it continues on the next page.
      if (used > 0 && used + block.height > pageHeight) newPage(block.id);
      pageOf[block.id] = page;
      if (block.height > pageHeight) {
        // Chromium splits what cannot be kept whole; count the pages it takes and start clean after it.
        page += Math.ceil(block.height / pageHeight) - 1;
        used = pageHeight;
        forceNext = true;
      } else used += block.height;
    }
    i = end + 1;
  }
  return { pageOf, starts, total: blocks.length === 0 ? 0 : page, lastFill: Math.min(1, used / pageHeight) };
}
