import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/errors';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { translateError } from '../../i18n/errorText';
import { useShareFolder, useShareServer } from './mutations';
import { EMPTY_TARGET, focusFirstEmpty, missingField, TargetFields, type TargetValues } from './TargetFields';

/** Share the open workspace through a folder or a CouchDB database; the core checks either with a first exchange. */
export function ShareForm() {
  const { t } = useTranslation();
  const notices = useNotices();
  const shareFolder = useShareFolder();
  const shareServer = useShareServer();
  const [values, setValues] = useState<TargetValues>(EMPTY_TARGET);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const headingId = useId();
  const busy = shareFolder.isPending || shareServer.isPending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    setFailure(null);
    if (missingField(values)) return focusFirstEmpty(event.currentTarget);
    const handlers = { onSuccess: () => notices.announce(t('ui.sync.share.done')), onError: (err: unknown) => setFailure(asApiError(err)) };
    if (values.via === 'folder') shareFolder.mutate({ folder: values.folder.trim() }, handlers);
    else shareServer.mutate({ url: values.url.trim(), user: values.user.trim(), password: values.password }, handlers);
  }

  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId} className="sync-dialog__heading">
        {t('ui.sync.share.heading')}
      </h3>
      <p className="muted">{t('ui.sync.share.intro')}</p>
      <p className="muted">{t('ui.sync.share.serverIntro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TargetFields values={values} onChange={setValues} showMissing={sent} />
        {failure && (
          <Alert tone="error" onDismiss={() => setFailure(null)}>
            {translateError(t, failure)}
          </Alert>
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="sync" disabled={busy}>
            {values.via === 'folder' ? t('ui.sync.share.submit') : t('ui.sync.share.submitServer')}
          </Button>
          {busy && (
            <span role="status" className="muted">
              {t('ui.sync.share.busy')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
