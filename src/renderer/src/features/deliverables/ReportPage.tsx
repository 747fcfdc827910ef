import { useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ReportState } from '@shared/report/ready';
import { useHash } from '../../app/useHashRoute';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { createI18n } from '../../i18n/i18n';
import { translateError } from '../../i18n/errorText';
import { useCatalog } from '../framework';
import type { PageProps } from '../workspace';
import { ReportDocument } from './ReportDocument';
import { usePdfSave } from './usePdfSave';
import './report.css';
import './report-sections.css';

/** `#/report?save=pdf`: the desktop export dialog's way of saying "save this as PDF once it is ready". */
const SAVE_REQUEST = /[?&]save=pdf\b/;

/**
 * The report: a first page that summarises, a table of contents with page
 * numbers, and a section per slide of the presentation deck. Printed by the
 * browser (Print / Save as PDF), by the desktop app (Electron's printToPDF,
 * see usePdfSave) and by `channelwise export --format pdf` through a headless
 * Chromium; each prints only once the report says it is ready. The report
 * speaks the workspace's content language; the toolbar the app's.
 */
export function ReportPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const pdf = usePdfSave(workspace.name);
  const [state, setState] = useState<ReportState>('busy');
  const content = useMemo(() => createI18n(workspace.contentLanguage), [workspace.contentLanguage]);
  const ready = state === 'ready';
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
    if (available) void save();
  }, [ready, requested, hash, available, save]);

  return (
    <div className="report-page">
      <div className="report__toolbar">
        {!ready && state !== 'failed' && <span role="status">{t('ui.deliverables.report.loading')}</span>}
        {pdf.state.phase === 'saving' && <span role="status">{t('ui.deliverables.report.saving')}</span>}
        {available ? (
          <Button variant="primary" disabled={!ready || pdf.state.phase === 'saving'} onClick={() => void save()}>
            {t('ui.deliverables.report.savePdf')}
          </Button>
        ) : (
          <Button variant="primary" disabled={!ready} onClick={() => window.print()}>
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
      {catalog.data ? (
        <I18nextProvider i18n={content}>
          <ReportDocument catalog={catalog.data} workspace={workspace} label={t('ui.deliverables.report.title')} onState={setState} />
        </I18nextProvider>
      ) : (
        <p>{t('ui.deliverables.report.loading')}</p>
      )}
    </div>
  );
}
