import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { localeFor } from '../../../i18n/format';
import { formatBytes, PICTURE_MAX_FILE_BYTES } from '../picture';
import { PictureError, resizePicture } from '../pictureResize';
import { describedBy, FieldMessages } from './FieldMessages';
import { failureText } from './refusal';

interface PictureFieldProps {
  /** Whose picture it is, for the alt text. */
  name: string;
  value: string | null;
  onCommit: (picture: string | null) => Promise<void>;
  disabled?: boolean;
}

/** An optional picture: chosen from a file, shrunk in the browser, stored as a data URL; can be removed. */
export function PictureField({ name, value, onCommit, disabled }: PictureFieldProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };
  const hint = t('ui.profiles.picture.hint');

  function problemText(err: unknown, file: File): string {
    if (!(err instanceof PictureError)) return failureText(t, err);
    const locale = localeFor(i18n.language);
    return t(`ui.profiles.picture.${err.problem}`, {
      file: file.name,
      size: formatBytes(file.size, locale),
      max: formatBytes(PICTURE_MAX_FILE_BYTES, locale),
    });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Let the same file be chosen again after a refusal.
    input.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await onCommit(await resizePicture(file));
    } catch (err) {
      setError(problemText(err, file));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    try {
      await onCommit(null);
      setError(null);
    } catch (err) {
      setError(failureText(t, err));
    }
  }

  return (
    <div className="field picture-field">
      <span className="field__label">{t('ui.profiles.picture.label')}</span>
      <div className="picture-field__row">
        <div className="picture-field__preview">
          {value ? <img src={value} alt={t('ui.profiles.picture.alt', { name })} /> : <span aria-hidden="true">{initials(name)}</span>}
        </div>
        <div className="picture-field__actions">
          <label className={disabled || busy ? 'btn btn--secondary btn--small is-disabled' : 'btn btn--secondary btn--small'}>
            <input
              type="file"
              accept="image/*"
              className="picture-field__file"
              disabled={disabled || busy}
              aria-describedby={describedBy(ids, error, hint)}
              onChange={(event) => void onFile(event)}
            />
            <span className="btn__text">{t(value ? 'ui.profiles.picture.replace' : 'ui.profiles.picture.choose')}</span>
          </label>
          {value && (
            <Button size="small" variant="ghost" onClick={() => void remove()} disabled={disabled || busy}>
              {t('ui.profiles.picture.remove')}
            </Button>
          )}
        </div>
      </div>
      {busy && (
        <p className="field__hint" role="status">
          {t('ui.profiles.picture.busy')}
        </p>
      )}
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}

/** One or two letters for the empty picture frame. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
