import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lens } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import './matrixIo.css';

/**
 * "Import…" and "Export…" for the Matrix page, starting from the scenario and
 * lens it shows. Importing writes, so a read-only workspace offers export only.
 */
export function MatrixIoToolbar(props: { scenarioId: string; lens: Lens; readOnly: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <div className="matrix-io__toolbar" role="group" aria-label={t('ui.matrixIo.toolbar')}>
      <Button disabled={props.readOnly} onClick={() => setOpen('import')}>
        {t('ui.matrixIo.importButton')}
      </Button>
      <Button onClick={() => setOpen('export')}>{t('ui.matrixIo.exportButton')}</Button>
      {open === 'import' && <ImportDialog scenarioId={props.scenarioId} lens={props.lens} readOnly={props.readOnly} onClose={() => setOpen(null)} />}
      {open === 'export' && <ExportDialog scenarioId={props.scenarioId} lens={props.lens} onClose={() => setOpen(null)} />}
    </div>
  );
}
