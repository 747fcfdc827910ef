import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Lang } from '@shared/domain/types';
import type { ApiError } from '@shared/errors';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { translateError } from '../../i18n/errorText';
import { useJoinShared } from './mutations';

interface JoinSharedFormProps {
  info: AppInfo;
  /** The start screen's checks and path building, so a copy is named and placed as a new workspace is. */
  nameProblem: (name: string) => string | null;
  buildPath: (folder: string, name: string) => string;
}

/** "Open a shared workspace": the shared folder, and where this laptop's own copy goes. */
export function JoinSharedForm({ info, nameProblem, buildPath }: JoinSharedFormProps) {
  const { t, i18n } = useTranslation();
  const join = useJoinShared();
  const [shared, setShared] = useState('');
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(info.defaultFolder);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const sharedRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const sharedError = submitted && shared.trim() === '' ? t('ui.sync.share.folderEmpty') : null;
  const nameError = submitted ? nameProblem(name) : null;
  const preview = nameProblem(name) === null && folder.trim() !== '' ? buildPath(folder, name) : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (shared.trim() === '') return sharedRef.current?.focus();
    if (nameProblem(name)) return nameRef.current?.focus();
    const lang: Lang = i18n.language === 'nl' ? 'nl' : 'en';
    join.mutate({ folder: shared.trim(), path: buildPath(folder, name), lang }, { onError: (err) => setFailure(asApiError(err)) });
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('ui.sync.join.intro')}</p>
      <TextField
        ref={sharedRef}
        label={t('ui.sync.join.folder')}
        hint={t('ui.sync.share.folderHint')}
        value={shared}
        onChange={(event) => setShared(event.target.value)}
        error={sharedError}
        required
      />
      <TextField
        ref={nameRef}
        label={t('ui.sync.join.fileName')}
        placeholder={t('ui.start.create.fileNamePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
        hint={preview ? t('ui.start.create.savedAs', { path: preview }) : undefined}
        required
      />
      <TextField
        label={t('ui.sync.join.saveIn')}
        hint={t('ui.sync.join.saveInHint')}
        value={folder}
        onChange={(event) => setFolder(event.target.value)}
      />
      {failure && (
        <Alert tone="error" onDismiss={() => setFailure(null)}>
          {translateError(t, failure)}
        </Alert>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" icon="sync" disabled={join.isPending}>
          {t('ui.sync.join.submit')}
        </Button>
        {join.isPending && (
          <span role="status" className="muted">
            {t('ui.sync.join.busy')}
          </span>
        )}
      </div>
    </form>
  );
}
