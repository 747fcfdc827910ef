import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '@shared/sync/overview';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { describeError, translateError } from '../../i18n/errorText';
import { formatDateTime } from '../../i18n/format';
import { useStopSharing, useSyncNow } from './mutations';
import { shortMoment, statusLine } from './syncText';

/** Where a shared workspace syncs, how the last exchange went, what waits, and the teammates seen. */
export function SyncSummary({ status }: { status: SyncOverview }) {
  const { t, i18n } = useTranslation();
  const notices = useNotices();
  const now = useSyncNow();
  const stop = useStopSharing();
  const [confirmStop, setConfirmStop] = useState(false);
  const teammatesId = useId();
  const lang = i18n.language;
  const line = statusLine(t, lang, status);
  const onError = (err: unknown) => notices.showError(describeError(t, err));

  return (
    <div className="stack">
      {status.phase === 'error' && status.error && (
        <Alert tone="error" title={t('ui.sync.panel.errorTitle')}>
          {translateError(t, status.error)}
        </Alert>
      )}
      {status.phase === 'offline' && (
        <Alert tone="warning" title={status.mode === 'server' ? t('ui.sync.panel.offlineTitleServer') : t('ui.sync.panel.offlineTitle')}>
          {t('ui.sync.panel.offlineBody')}
        </Alert>
      )}
      {status.clockSkew && <Alert tone="warning">{t('ui.sync.panel.clockSkew', status.clockSkew)}</Alert>}
      <dl className="sync-facts">
        <dt>{t('ui.sync.panel.mode')}</dt>
        <dd>{status.mode ? t(`ui.sync.panel.modes.${status.mode}`) : '–'}</dd>
        <dt>{status.mode === 'server' ? t('ui.sync.panel.whereServer') : t('ui.sync.panel.where')}</dt>
        <dd className="sync-facts__path">{status.target}</dd>
        {status.user && (
          <>
            <dt>{t('ui.sync.panel.user')}</dt>
            <dd>{status.user}</dd>
          </>
        )}
        <dt>{t('ui.sync.panel.state')}</dt>
        <dd>
          <span className={`sync-state sync-state--${line.tone}`}>{line.label}</span>
        </dd>
        <dt>{t('ui.sync.panel.lastSync')}</dt>
        <dd>{status.lastSyncAt ? formatDateTime(lang, status.lastSyncAt) : t('ui.sync.panel.never')}</dd>
        <dt>{t('ui.sync.panel.pending')}</dt>
        <dd>{status.pending}</dd>
        {status.last && (
          <>
            <dt>{t('ui.sync.panel.lastExchange')}</dt>
            <dd>{t('ui.sync.panel.exchange', { received: status.last.received, sent: status.last.sent })}</dd>
          </>
        )}
      </dl>
      <p className="muted">{t('ui.sync.panel.you', { name: status.displayName })}</p>
      <div className="form-actions">
        <Button
          variant="primary"
          icon="sync"
          disabled={now.isPending || status.phase === 'syncing'}
          onClick={() => now.mutate({}, { onSuccess: () => notices.announce(t('ui.sync.panel.nowDone')), onError })}
        >
          {t('ui.sync.panel.now')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirmStop(true)} disabled={stop.isPending}>
          {t('ui.sync.panel.stop')}
        </Button>
      </div>
      <section aria-labelledby={teammatesId}>
        <h3 id={teammatesId} className="sync-dialog__heading">
          {t('ui.sync.teammates.heading')}
        </h3>
        {status.teammates.length === 0 ? (
          <p className="muted">{t('ui.sync.teammates.none')}</p>
        ) : (
          <ul className="sync-teammates">
            {status.teammates.map((teammate) => (
              <li key={teammate.deviceId}>
                <span className="sync-teammates__name">{teammate.displayName ?? t('ui.sync.teammates.unnamed')}</span>
                <span className="muted">{t('ui.sync.teammates.lastSeen', { time: shortMoment(lang, teammate.lastSeenAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {confirmStop && (
        <ConfirmDialog
          title={t('ui.sync.panel.stopTitle')}
          body={t('ui.sync.panel.stopBody')}
          confirmLabel={t('ui.sync.panel.stop')}
          busy={stop.isPending}
          onCancel={() => setConfirmStop(false)}
          onConfirm={() =>
            stop.mutate(
              {},
              {
                onSuccess: () => {
                  setConfirmStop(false);
                  notices.announce(t('ui.sync.panel.stopped'));
                },
                onError,
              },
            )
          }
        />
      )}
    </div>
  );
}
