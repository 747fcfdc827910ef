/**
 * The printable report: the first page (ReportCover), the table of contents
 * with page numbers, and a section per deck slide, as a column of blocks.
 * useReportLayout measures the blocks, plans the pages and marks where they
 * break; the <article> says on data-report-state when it is ready to print.
 */
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, WorkspaceInfo } from '@shared/domain/types';
import { visibleSorted } from '@shared/analysis/charts/cells';
import { topFindingsCount } from '@shared/report/key-figures';
import { REPORT_ERROR_ATTRIBUTE, REPORT_PAGES_ATTRIBUTE, REPORT_STATE_ATTRIBUTE, type ReportState } from '@shared/report/ready';
import { Failed, PageStartsContext, Pending, useBlock } from './ReportBlock';
import { ReportCover } from './ReportCover';
import { useReportLayout } from './useReportLayout';
import { useReportSections, type ReportSection } from './useReportSections';

function ContentsEntry({ section, page, onOpen }: { section: ReportSection; page: number | undefined; onOpen: () => void }) {
  const { t } = useTranslation();
  const block = useBlock();
  return (
    <li {...block}>
      <a
        href={`#${section.id}`}
        onClick={(e) => {
          e.preventDefault();
          onOpen();
        }}
      >
        {section.title}
      </a>
      <span className="report__toc-page" aria-label={`${t('ui.deliverables.report.page')} ${page ?? ''}`}>
        {page ?? ''}
      </span>
    </li>
  );
}

/** The contents' heading counts as a section of its own: its page says whether the first page held everything. */
const CONTENTS = 'report-contents';

function Contents({ sections, pages }: { sections: readonly ReportSection[]; pages: Readonly<Record<string, number>> }) {
  const { t } = useTranslation();
  const heading = useBlock({ breakBefore: 'page', keep: true, section: CONTENTS });
  return (
    <nav className="report__toc" aria-labelledby="report-contents">
      <h2 id="report-contents" {...heading}>
        {t('ui.deliverables.report.contents')}
      </h2>
      <ol>
        {sections.map((s) => (
          <ContentsEntry key={s.id} section={s} page={pages[s.id]} onOpen={() => document.getElementById(s.id)?.scrollIntoView()} />
        ))}
      </ol>
    </nav>
  );
}

function SectionView({ section }: { section: ReportSection }) {
  const heading = useBlock({ breakBefore: section.breakBefore, keep: true, section: section.id });
  return (
    <section id={section.id} className="report__section" aria-labelledby={`${section.id}-heading`}>
      <h2 id={`${section.id}-heading`} {...heading}>
        {section.title}
      </h2>
      {section.body}
    </section>
  );
}

export interface ReportDocumentProps {
  catalog: Catalog;
  workspace: WorkspaceInfo;
  /** The article's accessible name, in the UI's language. */
  label: string;
  onState: (state: ReportState) => void;
}

export function ReportDocument({ catalog, workspace, label, onState }: ReportDocumentProps) {
  const article = useRef<HTMLElement>(null);
  const { sections, loading, error } = useReportSections(catalog, workspace.name);
  const fetching = useIsFetching();
  const layout = useReportLayout(article, loading || fetching > 0);
  // The first page is one page: when its findings push the contents to page 3, it shows one finding fewer per scenario.
  const [findings, setFindings] = useState(() => topFindingsCount(visibleSorted(catalog.scenarios).length));
  const [shortenedFor, setShortenedFor] = useState('');
  const overflowing = (layout.sectionPages[CONTENTS] ?? 2) > 2 && findings > 1;
  // Once per plan: the next plan, measured with one finding fewer, says whether that was enough.
  if (overflowing && layout.signature !== shortenedFor) {
    setShortenedFor(layout.signature);
    setFindings(findings - 1);
  }
  const state = layout.state === 'ready' && overflowing ? 'busy' : layout.state;
  useEffect(() => onState(state), [state, onState]);
  const attributes = {
    [REPORT_STATE_ATTRIBUTE]: state,
    [REPORT_PAGES_ATTRIBUTE]: layout.total,
    ...(layout.reason ? { [REPORT_ERROR_ATTRIBUTE]: layout.reason } : {}),
  };
  return (
    <article ref={article} className="report" lang={workspace.contentLanguage} aria-label={label} aria-busy={state === 'busy'} {...attributes}>
      <PageStartsContext.Provider value={layout.starts}>
        <ReportCover catalog={catalog} name={workspace.name} findings={findings} />
        <Contents sections={sections} pages={layout.sectionPages} />
        {error ? <Failed error={error} /> : loading ? <Pending /> : sections.map((s) => <SectionView key={s.id} section={s} />)}
      </PageStartsContext.Provider>
    </article>
  );
}
