import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { cx } from '../../components/classNames';
import { useSyncStatus } from './queries';
import { SyncDialog } from './SyncDialog';
import { statusLine } from './syncText';

/**
 * The top bar's sync status (synced / n changes waiting / offline / error, and
 * open conflicts), read from the core's facts; a click opens the Sync panel,
 * where a workspace not shared yet can be shared.
 */
export function SyncStatusButton({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus().data;
  const [open, setOpen] = useState(false);
  const line = status ? statusLine(t, i18n.language, status) : null;
  const shared = status !== undefined && status.phase !== 'notShared';
  const label = shared && line ? line.label : t('ui.sync.button');
  const conflicts = status?.openConflicts ?? 0;
  return (
    <>
      <Button
        variant="ghost"
        icon="sync"
        title={shared && line ? `${t('ui.sync.title')}: ${line.label}` : t('ui.sync.buttonTitle')}
        aria-label={shared && line ? `${t('ui.sync.title')}: ${line.label}` : t('ui.sync.title')}
        aria-haspopup="dialog"
        className={cx('sync-status', line && `sync-status--${line.tone}`, shared && 'is-shared')}
        onClick={() => setOpen(true)}
        disabled={readOnly && !shared}
      >
        <span className="sync-status__label">{label}</span>
        {shared && <span className="sync-status__dot" aria-hidden="true" />}
        {conflicts > 0 && <span className="sync-status__conflicts">{t('ui.sync.status.conflicts', { count: conflicts })}</span>}
      </Button>
      {open && <SyncDialog onClose={() => setOpen(false)} />}
    </>
  );
}
