import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, WorkspaceInfo } from '@shared/domain/types';
import { useHash } from '../../app/useHashRoute';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { translateError } from '../../i18n/errorText';
import { useCatalog } from '../framework/queries';
import type { PageProps } from '../workspace/navItems';
import { sectionPages } from './pages';
import { usePdfSave } from './usePdfSave';
import { useReportSections } from './useReportSections';
import './report.css';

/** `#/report?save=pdf`: the desktop export dialog's way of saying "save this as PDF once it is ready". */
const SAVE_REQUEST = /[?&]save=pdf\b/;

/**
 * The report: a title page, a table of contents with page numbers, and every
 * section on pages of its own. Printed by the browser (Print / Save as PDF),
 * by the desktop app (Electron's printToPDF, see usePdfSave) and by
 * `channelwise export --format pdf` through a headless Chromium.
 */
export function ReportPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  if (!catalog.data) return <p>{t('ui.deliverables.report.loading')}</p>;
  return <Report catalog={catalog.data} workspace={workspace} />;
}

function Report({ catalog, workspace }: { catalog: Catalog; workspace: WorkspaceInfo }) {
  const { t, i18n } = useTranslation();
  const { sections, loading } = useReportSections(catalog, workspace);
  const fetching = useIsFetching();
  const pdf = usePdfSave(workspace.name);
  const refs = useRef(new Map<string, HTMLElement>());
  const contents = useRef<HTMLElement>(null);
  const article = useRef<HTMLElement>(null);
  const [pages, setPages] = useState<Record<string, number>>({});
  const key = sections.map((s) => s.id).join('|');

  useLayoutEffect(() => {
    const root = article.current;
    if (!root) return;
    // Sections fill in as their data arrives: the page numbers follow every change of size.
    // The report is laid out at the printed width (report.css), so these heights hold on paper.
    const measure = () => {
      const heights = key
        .split('|')
        .flatMap((id) => (refs.current.get(id) ? [{ id, height: refs.current.get(id)!.scrollHeight }] : []));
      const next = sectionPages(heights, contents.current?.scrollHeight ?? 0).pages;
      setPages((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [key]);

  const numbered = sections.every((s) => pages[s.id] !== undefined);
  const ready = !loading && fetching === 0 && numbered;
  const { available, save } = pdf;
  // Asked on arrival, or by the dialog while the report was already open.
  const hash = useHash();
  const requested = SAVE_REQUEST.test(hash);
  // Once per request, also when React runs the effect twice (StrictMode) or re-renders before the print.
  const handled = useRef(false);
  useEffect(() => {
    if (!requested) {
      handled.current = false;
      return;
    }
    if (!ready || handled.current) return;
    handled.current = true;
    // A reload or Back must not save again. (replaceState fires no hashchange: the next render reads it.)
    window.history.replaceState(null, '', hash.replace(/\?.*$/, ''));
    // Two frames: the last data's layout is painted before Chromium prints the page.
    if (available) requestAnimationFrame(() => requestAnimationFrame(() => void save()));
  }, [ready, requested, hash, available, save]);

  return (
    <article ref={article} className="report" aria-label={t('ui.deliverables.report.title')} aria-busy={!ready}>
      <div className="report__toolbar">
        {pdf.state.phase === 'saving' && <span role="status">{t('ui.deliverables.report.saving')}</span>}
        {available ? (
          <Button variant="primary" disabled={pdf.state.phase === 'saving'} onClick={() => void save()}>
            {t('ui.deliverables.report.savePdf')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => window.print()}>
            {t('ui.deliverables.report.print')}
          </Button>
        )}
      </div>
      {pdf.state.phase === 'saved' && (
        <Alert tone="info" onDismiss={pdf.dismiss}>
          {t('ui.deliverables.report.saved', { path: pdf.state.path })}
        </Alert>
      )}
      {pdf.state.phase === 'failed' && (
        <Alert tone="error" onDismiss={pdf.dismiss}>
          {translateError(t, pdf.state.error)}
        </Alert>
      )}
      <section className="report__page report__title">
        <h1>{t('ui.deliverables.report.heading', { name: workspace.name })}</h1>
        <p>{t('ui.deliverables.report.generated', { date: new Date().toLocaleDateString(i18n.language) })}</p>
      </section>
      <nav ref={contents} className="report__page report__toc" aria-labelledby="report-contents">
        <h2 id="report-contents">{t('ui.deliverables.report.contents')}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a
                href={`#${s.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  refs.current.get(s.id)?.scrollIntoView();
                }}
              >
                {s.title}
              </a>
              <span className="report__toc-page" aria-label={`${t('ui.deliverables.report.page')} ${pages[s.id] ?? ''}`}>
                {pages[s.id] ?? ''}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s) => (
        <section
          key={s.id}
          id={s.id}
          className="report__page"
          aria-labelledby={`${s.id}-heading`}
          ref={(el) => {
            if (el) refs.current.set(s.id, el);
            else refs.current.delete(s.id);
          }}
        >
          <h2 id={`${s.id}-heading`}>{s.title}</h2>
          {s.body}
        </section>
      ))}
    </article>
  );
}
