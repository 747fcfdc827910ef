import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Lang } from '@shared/domain/types';
import type { ApiError } from '@shared/errors';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { translateError } from '../../i18n/errorText';
import { useCreateWorkspace } from '../workspace';
import { buildWorkspacePath, checkFileName, type FileNameProblem } from './paths';

type Template = 'default' | 'empty';

export function useProblemText() {
  const { t } = useTranslation();
  return (problem: FileNameProblem | null): string | null => {
    if (!problem) return null;
    switch (problem.kind) {
      case 'empty':
        return t('ui.start.create.nameEmpty');
      case 'tooLong':
        return t('ui.start.create.nameTooLong', { max: problem.max, length: problem.length });
      case 'invalid':
        return t('ui.start.create.nameInvalid', { chars: problem.chars });
    }
  };
}

/** File name, folder, content language and template; validated here first, then by the core. */
export function CreateWorkspaceForm({ info }: { info: AppInfo }) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const create = useCreateWorkspace();
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(info.defaultFolder);
  const [lang, setLang] = useState<Lang>(i18n.language === 'nl' ? 'nl' : 'en');
  const [template, setTemplate] = useState<Template>('default');
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  const nameError = submitted ? problemText(checkFileName(name)) : null;
  const folderError = submitted && folder.trim() === '' ? t('ui.start.create.folderEmpty') : null;
  const preview = checkFileName(name) === null && folder.trim() !== '' ? buildWorkspacePath(folder, name, info.pathSeparator) : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (checkFileName(name)) return nameRef.current?.focus();
    if (folder.trim() === '') return folderRef.current?.focus();
    create.mutate(
      { path: buildWorkspacePath(folder, name, info.pathSeparator), lang, template },
      { onError: (err) => setServerError(asApiError(err)) },
    );
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <TextField
        ref={nameRef}
        label={t('ui.start.create.fileName')}
        placeholder={t('ui.start.create.fileNamePlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
        hint={preview ? t('ui.start.create.savedAs', { path: preview }) : undefined}
        required
      />
      <TextField
        ref={folderRef}
        label={t('ui.start.create.folder')}
        value={folder}
        onChange={(event) => setFolder(event.target.value)}
        error={folderError}
        required
      />
      <RadioGroup
        legend={t('ui.start.create.contentLanguage')}
        hint={t('ui.start.create.contentLanguageHint')}
        value={lang}
        inline
        options={[
          { value: 'en', label: t('ui.languages.en'), lang: 'en' },
          { value: 'nl', label: t('ui.languages.nl'), lang: 'nl' },
        ]}
        onChange={setLang}
      />
      <RadioGroup
        legend={t('ui.start.create.startFrom')}
        value={template}
        options={[
          { value: 'default', label: t('ui.start.create.templateDefault'), hint: t('ui.start.create.templateDefaultHint') },
          { value: 'empty', label: t('ui.start.create.templateEmpty'), hint: t('ui.start.create.templateEmptyHint') },
        ]}
        onChange={setTemplate}
      />
      {serverError && (
        <Alert tone="error" onDismiss={() => setServerError(null)}>
          {translateError(t, serverError)}
        </Alert>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" icon="plus" disabled={create.isPending}>
          {t('ui.start.create.submit')}
        </Button>
        {create.isPending && (
          <span role="status" className="muted">
            {t('ui.start.create.busy')}
          </span>
        )}
      </div>
    </form>
  );
}
