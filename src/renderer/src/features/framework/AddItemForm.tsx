import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import '../../components/fields.css';

interface AddItemFormProps {
  kind: CatalogKind;
  readOnly: boolean;
  onAdd: (name: string) => Promise<void>;
}

/** "New channel" field and "Add channel" button at the end of a list. Focus stays here to add the next one. */
export function AddItemForm({ kind, readOnly, onAdd }: AddItemFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const label = t(`ui.framework.kinds.${kind}.add`);
  const fieldLabel = t(`ui.framework.kinds.${kind}.placeholder`);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setError(t('errors.NAME_EMPTY'));
      return;
    }
    setBusy(true);
    const submitted = name;
    try {
      await onAdd(submitted);
      // Keep a next name the user started typing while this one was being added.
      setName((current) => (current === submitted ? '' : current));
      setError(null);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-item" onSubmit={(event) => void onSubmit(event)} noValidate>
      <input
        type="text"
        className="input add-item__input"
        aria-label={fieldLabel}
        placeholder={fieldLabel}
        value={name}
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-control="add"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <Button type="submit" icon="plus" disabled={readOnly || busy}>
        {label}
      </Button>
      {error && (
        <p id={errorId} className="field__error add-item__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
