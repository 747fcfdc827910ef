import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { useDeleteImpact } from './queries';

interface NameDialogProps {
  title: string;
  initial: string;
  submitLabel: string;
  /** Resolves when saved; a rejection shows its message under the field. */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a scenario's name (new, copy, rename); the core checks it and says what is wrong. */
export function NameDialog({ title, initial, submitLabel, onSubmit, onClose }: NameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(name);
    } catch (err) {
      setError(describeError(t, err));
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} initialFocus={inputRef} className="dialog--confirm">
      <form className="name-form" onSubmit={(event) => void submit(event)}>
        <TextField
          ref={inputRef}
          label={t('ui.matrix.scenario.name')}
          value={name}
          error={error}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <div className="form-actions name-form__actions">
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

interface DeleteScenarioDialogProps {
  scenario: Scenario;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says how much goes with the scenario before it is deleted (all of it comes back on undo). */
export function DeleteScenarioDialog({ scenario, busy, onConfirm, onCancel }: DeleteScenarioDialogProps) {
  const { t } = useTranslation();
  const impact = useDeleteImpact('scenario', scenario.id);
  const body = impact.data
    ? t('ui.matrix.scenario.deleteImpact', { cells: impact.data.cells, notes: impact.data.notes, journeys: impact.data.journeys })
    : impact.isError
      ? describeError(t, impact.error)
      : t('ui.matrix.scenario.deleteImpactLoading');
  return (
    <ConfirmDialog
      title={t('ui.matrix.scenario.deleteTitle', { name: scenario.name })}
      body={body}
      confirmLabel={t('ui.matrix.scenario.deleteConfirm')}
      busy={busy || impact.isPending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
