import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { FolderBrowser } from './FolderBrowser';

interface OpenWorkspacePanelProps {
  onOpen: (path: string) => void;
  busy: boolean;
}

/** Open by path, or by picking a file in the folder browser. */
export function OpenWorkspacePanel({ onOpen, busy }: OpenWorkspacePanelProps) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (path.trim() === '') {
      setError(t('ui.start.open.pathEmpty'));
      return;
    }
    setError(null);
    onOpen(path.trim());
  }

  return (
    <div className="stack">
      <form className="open-form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('ui.start.open.path')}
          placeholder={t('ui.start.open.pathPlaceholder')}
          value={path}
          onChange={(event) => {
            setPath(event.target.value);
            setError(null);
          }}
          error={error}
          className="open-form__field"
        />
        <Button type="submit" variant="primary" disabled={busy} className="open-form__submit">
          {t('ui.start.open.submit')}
        </Button>
      </form>
      {busy && (
        <p role="status" className="muted">
          {t('ui.start.open.busy')}
        </p>
      )}
      <FolderBrowser onOpen={onOpen} disabled={busy} />
    </div>
  );
}
