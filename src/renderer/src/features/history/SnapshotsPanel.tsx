import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { formatDateTime } from '../../i18n/format';
import { useDeleteSnapshot, useRestoreSnapshot, useTakeSnapshot } from './mutations';
import { useSnapshots } from './queries';

/** Named snapshots: take one, restore one (undoable), delete one (after confirmation). */
export function SnapshotsPanel({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const notices = useNotices();
  const snapshots = useSnapshots();
  const take = useTakeSnapshot();
  const restore = useRestoreSnapshot();
  const remove = useDeleteSnapshot();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<SnapshotInfo | null>(null);
  const headingId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const fail = (err: unknown) => notices.showError(describeError(t, err));

  function onTake(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('errors.NAME_EMPTY'));
      return;
    }
    const submitted = name;
    take.mutate(
      { name: submitted },
      {
        onSuccess: (snapshot) => {
          setName((current) => (current === submitted ? '' : current));
          setError(null);
          notices.announce(t('ui.history.snapshots.taken', { name: snapshot.name }));
        },
        onError: (err) => setError(describeError(t, err)),
      },
    );
  }

  return (
    <section className="snapshots" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__subtitle">
        {t('ui.history.snapshots.title')}
      </h3>
      <p className="muted">{t('ui.history.snapshots.intro')}</p>
      <form className="snapshots__form" onSubmit={onTake} noValidate>
        <TextField
          ref={nameRef}
          label={t('ui.history.snapshots.name')}
          placeholder={t('ui.history.snapshots.namePlaceholder')}
          value={name}
          error={error}
          disabled={readOnly}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <Button type="submit" icon="camera" disabled={readOnly || take.isPending}>
          {t('ui.history.snapshots.take')}
        </Button>
      </form>
      {snapshots.isError && <Alert tone="error">{describeError(t, snapshots.error)}</Alert>}
      {snapshots.data?.length === 0 && <p className="muted">{t('ui.history.snapshots.empty')}</p>}
      {snapshots.data && snapshots.data.length > 0 && (
        <ul className="snapshot-list" role="list" aria-label={t('ui.history.snapshots.listLabel')}>
          {snapshots.data.map((snapshot) => (
            <li key={snapshot.id} className="snapshot">
              <div className="snapshot__text">
                <span className="snapshot__name">{snapshot.name}</span>
                <time className="snapshot__time" dateTime={snapshot.createdAt}>
                  {formatDateTime(i18n.language, snapshot.createdAt)}
                </time>
              </div>
              <div className="snapshot__actions">
                <Button
                  size="small"
                  aria-label={t('ui.history.snapshots.restoreLabel', { name: snapshot.name })}
                  disabled={readOnly || restore.isPending}
                  onClick={() =>
                    restore.mutate(
                      { id: snapshot.id },
                      {
                        onSuccess: () => notices.announce(t('ui.history.snapshots.restored', { name: snapshot.name })),
                        onError: fail,
                      },
                    )
                  }
                >
                  {t('ui.history.snapshots.restore')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={t('ui.history.snapshots.deleteLabel', { name: snapshot.name })}
                  disabled={readOnly}
                  onClick={() => setConfirming(snapshot)}
                >
                  {t('ui.history.snapshots.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('ui.history.snapshots.deleteDialog.title', { name: confirming.name })}
          body={t('ui.history.snapshots.deleteDialog.body')}
          confirmLabel={t('ui.history.snapshots.deleteDialog.confirm')}
          busy={remove.isPending}
          restoreFocus={false}
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            remove.mutate(
              { id: confirming.id },
              {
                onSuccess: () => notices.announce(t('ui.history.snapshots.deleted', { name: confirming.name })),
                onError: fail,
                onSettled: () => {
                  setConfirming(null);
                  nameRef.current?.focus();
                },
              },
            )
          }
        />
      )}
    </section>
  );
}
