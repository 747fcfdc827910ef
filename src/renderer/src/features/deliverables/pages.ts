/**
 * The printed report's pages, planned from the laid-out page. The report is
 * laid out on screen at the printed width (report.css), so each block's
 * height holds on paper; paginate() (src/shared/report) decides where pages
 * break, the report marks those blocks break-before: page, and the table of
 * contents reads the page where each section's heading lands. Chromium has no
 * target-counter(), so the contents get their numbers from here.
 */
import { paginate, type BlockBreak, type LayoutBlock, type Pagination } from '@shared/report/paginate';

/** The printable height of an A4 page at 96 dpi with the 15 mm margins of report.css. */
export const PAGE_PX = ((297 - 30) / 25.4) * 96;
/** The printable width, at which the report is laid out on screen too, so the measured heights hold in print. */
export const PAGE_WIDTH_PX = ((210 - 30) / 25.4) * 96;
/** Room kept free at the foot of every page, so a rounding difference between screen and paper never pushes a block over. */
export const PAGE_SLACK_PX = 16;

/** One block as measured in the page: where it starts and how it breaks. */
export interface MeasuredBlock {
  id: string;
  /** Top edge, in px from any fixed origin. */
  top: number;
  breakBefore: BlockBreak;
  keepWithNext: boolean;
  /** Set on a section's heading block: the section whose page it gives. */
  section: string | null;
}

export interface PagePlan {
  /** Identifies the layout: the same blocks at the same heights give the same signature. */
  signature: string;
  pagination: Pagination;
  /** The page each section starts on. */
  sectionPages: Record<string, number>;
}

/**
 * Plan the pages: each block's height runs from its top to the next block's
 * top (the last one's to `bottom`), so any space between blocks counts with
 * the block above it.
 */
export function planPages(blocks: readonly MeasuredBlock[], bottom: number, pageHeight = PAGE_PX - PAGE_SLACK_PX): PagePlan {
  const layout: LayoutBlock[] = blocks.map((b, i) => ({
    id: b.id,
    height: Math.max(0, (blocks[i + 1]?.top ?? bottom) - b.top),
    breakBefore: b.breakBefore,
    keepWithNext: b.keepWithNext,
  }));
  const pagination = paginate(layout, { pageHeight });
  const sectionPages: Record<string, number> = {};
  for (const b of blocks) if (b.section !== null) sectionPages[b.section] = pagination.pageOf[b.id]!;
  const signature = layout.map((b) => `${b.id}:${Math.round(b.height * 2) / 2}:${b.breakBefore}:${b.keepWithNext ? 1 : 0}`).join('|');
  return { signature, pagination, sectionPages };
}
