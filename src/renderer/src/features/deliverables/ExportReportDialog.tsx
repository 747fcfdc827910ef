import { runtimeKey } from '@shared/i18n/keys';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { RadioGroup } from '../../components/RadioGroup';
import { translateError } from '../../i18n/errorText';
import { useExportJob } from './useExportJob';
import { usePdfSave } from './usePdfSave';

type Format = 'xlsx' | 'pptx' | 'pdf';

/**
 * The deliverables: the workbook and the deck are built by the core in steps
 * (progress shown, Cancel stops it and nothing is saved); the PDF is the
 * printable report page, printed by the browser, or in the desktop app saved
 * by the report page itself once it is ready (#/report?save=pdf).
 */
export function ExportReportDialog(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('xlsx');
  const { view, start, cancel } = useExportJob();
  const running = view.phase === 'running';
  // Only asks whether the desktop shell can save a PDF; the name is the report's business.
  const desktopPdf = usePdfSave('').available;

  function onExport() {
    if (format === 'pdf') {
      window.location.hash = desktopPdf ? '#/report?save=pdf' : '#/report';
      props.onClose();
      return;
    }
    void start(format);
  }

  const close = () => {
    if (running) void cancel();
    props.onClose();
  };

  return (
    <Dialog
      title={t('ui.deliverables.title')}
      onClose={close}
      footer={
        running ? (
          <Button onClick={() => void cancel()}>{t('ui.deliverables.cancel')}</Button>
        ) : (
          <>
            <Button onClick={props.onClose}>{t('ui.deliverables.close')}</Button>
            <Button variant="primary" onClick={onExport}>
              {format !== 'pdf' ? t('ui.deliverables.start') : desktopPdf ? t('ui.deliverables.exportPdf') : t('ui.deliverables.openReport')}
            </Button>
          </>
        )
      }
    >
      <p>{t('ui.deliverables.intro')}</p>
      <RadioGroup<Format>
        legend={t('ui.deliverables.formatLegend')}
        value={format}
        onChange={setFormat}
        options={[
          { value: 'xlsx', label: t('ui.deliverables.formats.xlsx') },
          { value: 'pptx', label: t('ui.deliverables.formats.pptx') },
          { value: 'pdf', label: t('ui.deliverables.formats.pdf'), hint: t(desktopPdf ? 'ui.deliverables.pdfHintDesktop' : 'ui.deliverables.pdfHint') },
        ]}
      />
      {running && (
        <div role="status">
          <progress aria-label={t('ui.deliverables.progressLabel')} max={view.status.total} value={view.status.done} style={{ width: '100%' }} />
          <p>
            {t('ui.deliverables.progress', { done: view.status.done + 1, total: view.status.total })}
            {view.status.step ? ` · ${t(runtimeKey(view.status.step.key), view.status.step.params ?? {})}` : ''}
          </p>
        </div>
      )}
      {view.phase === 'done' && <Alert tone="info">{t('ui.deliverables.done', { name: view.fileName })}</Alert>}
      {view.phase === 'cancelled' && <Alert tone="info">{t('ui.deliverables.cancelled')}</Alert>}
      {view.phase === 'failed' && <Alert tone="error">{translateError(t, view.error)}</Alert>}
    </Dialog>
  );
}
