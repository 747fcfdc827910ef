import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ExportReportDialog } from './ExportReportDialog';

/** "Export report" in the top bar: opens the deliverables dialog. */
export function ExportReportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        {t('ui.deliverables.open')}
      </Button>
      {open && <ExportReportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
