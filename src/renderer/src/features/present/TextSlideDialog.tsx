import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SLIDE_BODY, MAX_SLIDE_NOTES, MAX_SLIDE_TITLE } from '@shared/present/deck';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';

export interface TextSlideValues {
  title: string;
  body: string;
  notes: string;
}

interface TextSlideDialogProps {
  mode: 'add' | 'edit';
  initial: TextSlideValues;
  onSave: (values: TextSlideValues) => Promise<unknown>;
  onClose: () => void;
}

/** Add or edit a free text slide: a title, its text, and (when adding) the speaker notes. */
export function TextSlideDialog({ mode, initial, onSave, onClose }: TextSlideDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await onSave(values);
      onClose();
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={mode === 'add' ? t('ui.present.textDialog.add') : t('ui.present.textDialog.edit')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.present.textDialog.cancel')}</Button>
          <Button variant="primary" type="submit" form="present-text-slide" disabled={busy}>
            {t('ui.present.textDialog.save')}
          </Button>
        </>
      }
    >
      <form
        id="present-text-slide"
        className="present-text-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('ui.present.textDialog.title')}
          value={values.title}
          maxLength={MAX_SLIDE_TITLE}
          error={error}
          onChange={(e) => setValues({ ...values, title: e.target.value })}
        />
        <label className="field">
          <span className="field__label">{t('ui.present.textDialog.body')}</span>
          <textarea className="input" rows={5} maxLength={MAX_SLIDE_BODY} value={values.body} onChange={(e) => setValues({ ...values, body: e.target.value })} />
        </label>
        {mode === 'add' && (
          <label className="field">
            <span className="field__label">{t('ui.present.textDialog.notes')}</span>
            <textarea className="input" rows={3} maxLength={MAX_SLIDE_NOTES} value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} />
          </label>
        )}
      </form>
    </Dialog>
  );
}
