import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Lang } from '@shared/domain/types';
import type { ApiError } from '@shared/errors';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { translateError } from '../../i18n/errorText';
import { useJoinShared } from './mutations';
import { EMPTY_TARGET, focusFirstEmpty, missingField, TargetFields, type TargetValues } from './TargetFields';

interface JoinSharedFormProps {
  info: AppInfo;
  /** The start screen's checks and path building, so a copy is named and placed as a new workspace is. */
  nameProblem: (name: string) => string | null;
  buildPath: (folder: string, name: string) => string;
}

/** "Open a shared workspace": the shared folder or server database, and where this laptop's own copy goes. */
export function JoinSharedForm({ info, nameProblem, buildPath }: JoinSharedFormProps) {
  const { t, i18n } = useTranslation();
  const join = useJoinShared();
  const [target, setTarget] = useState<TargetValues>(EMPTY_TARGET);
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(info.defaultFolder);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const nameError = sent ? nameProblem(name) : null;
  const preview = nameProblem(name) === null && folder.trim() !== '' ? buildPath(folder, name) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(true);
    setFailure(null);
    if (missingField(target) || nameProblem(name)) return focusFirstEmpty(event.currentTarget);
    const lang: Lang = i18n.language === 'nl' ? 'nl' : 'en';
    const path = buildPath(folder, name);
    const onError = (err: unknown) => setFailure(asApiError(err));
    if (target.via === 'folder') join.mutate({ via: 'folder', folder: target.folder.trim(), path, lang }, { onError });
    else join.mutate({ via: 'server', url: target.url.trim(), user: target.user.trim(), password: target.password, path, lang }, { onError });
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('ui.sync.join.intro')}</p>
      <TargetFields values={target} onChange={setTarget} showMissing={sent} />
      <TextField
        label={t('ui.sync.join.fileName')}
        placeholder={t('ui.start.create.fileNamePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
        hint={preview ? t('ui.start.create.savedAs', { path: preview }) : undefined}
        required
      />
      <TextField label={t('ui.sync.join.saveIn')} hint={t('ui.sync.join.saveInHint')} value={folder} onChange={(event) => setFolder(event.target.value)} />
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
