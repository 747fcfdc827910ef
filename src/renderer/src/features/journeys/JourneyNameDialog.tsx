import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { nameProblem } from './nameCheck';

interface JourneyNameDialogProps {
  title: string;
  formId: string;
  nameLabel: string;
  namePlaceholder?: string;
  initialName: string;
  submitLabel: string;
  pending: boolean;
  onClose: () => void;
  /** Gets the trimmed name; a rejection is shown in the dialog, which stays open. */
  onSubmit: (name: string) => Promise<void>;
  /** The fields under the name. */
  children: ReactNode;
}

/**
 * The dialog around a journey's name (creating or duplicating one): a bad name
 * is refused, with the focus back on it, before anything is written.
 */
export function JourneyNameDialog({ title, formId, nameLabel, namePlaceholder, initialName, submitLabel, pending, onClose, onSubmit, children }: JourneyNameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = nameProblem(name);
    if (problem) {
      setNameError(t(`ui.journeys.create.${problem.key}`, problem));
      nameRef.current?.focus();
      return;
    }
    try {
      await onSubmit(name.trim());
    } catch (err) {
      setFailure(describeError(t, err));
    }
  }

  return (
    <Dialog
      title={title}
      onClose={onClose}
      initialFocus={nameRef}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className="journey-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={nameRef}
          label={nameLabel}
          placeholder={namePlaceholder}
          value={name}
          error={nameError}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        {children}
        {failure && <Alert tone="error">{failure}</Alert>}
      </form>
    </Dialog>
  );
}
