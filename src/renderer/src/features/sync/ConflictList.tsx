import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { useDismissConflict, useUseConflictValue } from './mutations';
import { useSyncConflicts } from './queries';
import { conflictFieldText, conflictValueText, shortMoment } from './syncText';

/**
 * Values that lost against a concurrent change of the same field: what, whose,
 * when, and the value the field holds now. "Use this value instead" is an
 * ordinary undoable edit that syncs like any other.
 */
export function ConflictList() {
  const { t, i18n } = useTranslation();
  const notices = useNotices();
  const conflicts = useSyncConflicts().data ?? [];
  const use = useUseConflictValue();
  const keep = useDismissConflict();
  const headingId = useId();
  const busy = use.isPending || keep.isPending;
  const onError = (err: unknown) => notices.showError(describeError(t, err));

  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId} className="sync-dialog__heading">
        {t('ui.sync.conflicts.heading')}
      </h3>
      {conflicts.length === 0 ? (
        <p className="muted">{t('ui.sync.conflicts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('ui.sync.conflicts.intro')}</p>
          <ul className="sync-conflicts" aria-labelledby={headingId}>
            {conflicts.map((conflict) => {
              const field = conflictFieldText(t, conflict);
              const when = shortMoment(i18n.language, conflict.at);
              return (
                <li key={conflict.id} className="sync-conflict" aria-label={field}>
                  <p className="sync-conflict__field">{field}</p>
                  <dl className="sync-conflict__values">
                    <dt>{t('ui.sync.conflicts.other')}</dt>
                    <dd>
                      <strong>{conflictValueText(t, conflict.kind, conflict.value)}</strong>{' '}
                      <span className="muted">
                        (
                        {conflict.mine
                          ? t('ui.sync.conflicts.byYou', { time: when })
                          : t('ui.sync.conflicts.byTeammate', { name: conflict.author ?? t('ui.sync.teammates.unnamed'), time: when })}
                        )
                      </span>
                    </dd>
                    <dt>{t('ui.sync.conflicts.current')}</dt>
                    <dd>{conflictValueText(t, conflict.kind, conflict.current)}</dd>
                  </dl>
                  <div className="form-actions">
                    <Button
                      size="small"
                      variant="primary"
                      disabled={busy}
                      onClick={() => use.mutate({ id: conflict.id }, { onSuccess: () => notices.announce(t('ui.sync.conflicts.used')), onError })}
                    >
                      {t('ui.sync.conflicts.use')}
                    </Button>
                    <Button size="small" variant="secondary" disabled={busy} onClick={() => keep.mutate({ id: conflict.id }, { onError })}>
                      {t('ui.sync.conflicts.keep')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
