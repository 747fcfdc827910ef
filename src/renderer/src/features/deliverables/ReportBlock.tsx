/**
 * The report is a column of blocks: pieces that are never split over two
 * pages (a heading, a paragraph, a table, a chart). The report page measures
 * them, plans the pages (pages.ts) and marks the blocks that begin a page.
 * Blocks never nest. While a block's data loads it shows <Pending />, and the
 * report does not say it is ready while any Pending is on screen.
 */
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockBreak } from '@shared/report/paginate';
import { asApiError } from '../../api/errors';
import { translateError } from '../../i18n/errorText';
import { cx } from '../../components/classNames';

/** The blocks that begin a page, with that page's number. */
export const PageStartsContext = createContext<ReadonlyMap<string, number>>(new Map());

export interface BlockOptions {
  /** Kept on one page with the block after it (headings, lead-in lines). */
  keep?: boolean;
  breakBefore?: BlockBreak;
  /** On a section's heading: the section it begins (its page goes into the contents). */
  section?: string;
}

export interface BlockProps {
  'data-report-block': string;
  'data-break'?: BlockBreak;
  'data-keep'?: '';
  'data-report-section'?: string;
  'data-page-start'?: string;
}

/** The attributes that make an element a block. */
export function useBlock({ keep = false, breakBefore = 'auto', section }: BlockOptions = {}): BlockProps {
  const id = useId();
  const page = useContext(PageStartsContext).get(id);
  return {
    'data-report-block': id,
    ...(breakBefore !== 'auto' ? { 'data-break': breakBefore } : {}),
    ...(keep ? { 'data-keep': '' as const } : {}),
    ...(section !== undefined ? { 'data-report-section': section } : {}),
    ...(page !== undefined ? { 'data-page-start': String(page) } : {}),
  };
}

/** A block as a plain <div>. */
export function Block({ children, className, ...options }: BlockOptions & { children: ReactNode; className?: string }) {
  const props = useBlock(options);
  return (
    <div className={cx('report__block', className)} {...props}>
      {children}
    </div>
  );
}

/** Where a section's data is still on its way: keeps the report from saying it is ready. */
export function Pending() {
  const { t } = useTranslation();
  return (
    <p className="report__pending" data-report-pending="">
      {t('ui.deliverables.report.loading')}
    </p>
  );
}

/** Where a section's data could not be read: the report says it failed, with this text. */
export function Failed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p className="report__failed" role="alert" data-report-failed="">
      {translateError(t, asApiError(error))}
    </p>
  );
}

/** <Failed /> when a query failed, <Pending /> while one has no data yet, null once all have arrived. */
export function loadState(...queries: readonly { data?: unknown; error: unknown }[]): ReactNode {
  const failed = queries.find((q) => q.error !== null && q.error !== undefined);
  if (failed) return <Failed error={failed.error} />;
  if (queries.some((q) => q.data === undefined)) return <Pending />;
  return null;
}
