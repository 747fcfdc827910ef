import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lens } from '@shared/domain/types';
import type { ExportScope, ImportFormat } from '@shared/matrix-io/types';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useNotices } from '../../components/Notices';
import { RadioGroup } from '../../components/RadioGroup';
import { translateError } from '../../i18n/errorText';
import { useCatalog } from '../framework';
import { downloadFile } from './files';
import { useExportMatrix } from './mutations';
import { lensLabel } from './ViewSelect';

/** XLSX or CSV; the view on screen or everything. The core writes the file, the browser saves it. */
export function ExportDialog(props: { scenarioId: string; lens: Lens; onClose: () => void }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const catalog = useCatalog();
  const exporter = useExportMatrix();
  const [format, setFormat] = useState<ImportFormat>('xlsx');
  const [scope, setScope] = useState<ExportScope>('view');
  const scenario = catalog.data?.scenarios.find((s) => s.id === props.scenarioId)?.name ?? '';
  const lens = catalog.data ? lensLabel(catalog.data, props.lens, t('ui.matrixIo.allCustomers')) : '';

  async function onDownload() {
    const file = await exporter.mutateAsync({ format, scope, scenarioId: props.scenarioId, lens: props.lens }).catch(() => null);
    if (!file) return;
    downloadFile(file);
    notices.announce(t('ui.matrixIo.export.done', { name: file.fileName }));
    props.onClose();
  }

  return (
    <Dialog
      title={t('ui.matrixIo.export.title')}
      onClose={props.onClose}
      footer={
        <>
          <Button onClick={props.onClose}>{t('ui.common.cancel')}</Button>
          <Button variant="primary" disabled={exporter.isPending} onClick={() => void onDownload()}>
            {exporter.isPending ? t('ui.matrixIo.export.preparing') : t('ui.matrixIo.export.download')}
          </Button>
        </>
      }
    >
      <RadioGroup<ImportFormat>
        legend={t('ui.matrixIo.export.format')}
        value={format}
        onChange={setFormat}
        options={[
          { value: 'xlsx', label: t('ui.matrixIo.export.formats.xlsx') },
          { value: 'csv', label: t('ui.matrixIo.export.formats.csv') },
        ]}
      />
      <RadioGroup<ExportScope>
        legend={t('ui.matrixIo.export.scope')}
        value={scope}
        onChange={setScope}
        options={[
          { value: 'view', label: t('ui.matrixIo.export.view', { scenario, lens }), hint: t('ui.matrixIo.export.viewHint') },
          {
            value: 'all',
            label: t('ui.matrixIo.export.all'),
            hint: t(format === 'xlsx' ? 'ui.matrixIo.export.allHintXlsx' : 'ui.matrixIo.export.allHintCsv'),
          },
        ]}
      />
      {exporter.error && <Alert tone="error">{translateError(t, asApiError(exporter.error))}</Alert>}
    </Dialog>
  );
}
