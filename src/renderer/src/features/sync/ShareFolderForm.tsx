import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/errors';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { TextField } from '../../components/TextField';
import { translateError } from '../../i18n/errorText';
import { useShareFolder } from './mutations';

/** Share the open workspace through a folder; the core checks the folder (and refuses one that holds the file). */
export function ShareFolderForm() {
  const { t } = useTranslation();
  const notices = useNotices();
  const share = useShareFolder();
  const [folder, setFolder] = useState('');
  const [empty, setEmpty] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (folder.trim() === '') {
      setEmpty(true);
      folderRef.current?.focus();
      return;
    }
    share.mutate(
      { folder: folder.trim() },
      { onSuccess: () => notices.announce(t('ui.sync.share.done')), onError: (err) => setFailure(asApiError(err)) },
    );
  }

  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId} className="sync-dialog__heading">
        {t('ui.sync.share.heading')}
      </h3>
      <p className="muted">{t('ui.sync.share.intro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField
          ref={folderRef}
          label={t('ui.sync.share.folder')}
          hint={t('ui.sync.share.folderHint')}
          value={folder}
          onChange={(event) => {
            setFolder(event.target.value);
            setEmpty(false);
          }}
          error={empty ? t('ui.sync.share.folderEmpty') : null}
          required
        />
        {failure && (
          <Alert tone="error" onDismiss={() => setFailure(null)}>
            {translateError(t, failure)}
          </Alert>
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="sync" disabled={share.isPending}>
            {t('ui.sync.share.submit')}
          </Button>
          {share.isPending && (
            <span role="status" className="muted">
              {t('ui.sync.share.busy')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
