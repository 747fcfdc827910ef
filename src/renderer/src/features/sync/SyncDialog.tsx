import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ConflictList } from './ConflictList';
import { useSyncStatus } from './queries';
import { ShareForm } from './ShareForm';
import { SyncSummary } from './SyncSummary';
import './sync.css';

/** The Sync panel: share a workspace, or see how its sync stands, who the teammates are, and the conflicts. */
export function SyncDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const status = useSyncStatus().data;
  return (
    <Dialog title={t('ui.sync.title')} onClose={onClose} className="sync-dialog">
      {!status ? (
        <p role="status" className="muted">
          {t('ui.app.loading')}
        </p>
      ) : status.phase === 'notShared' ? (
        <ShareForm />
      ) : (
        <>
          <SyncSummary status={status} />
          <ConflictList />
        </>
      )}
    </Dialog>
  );
}
