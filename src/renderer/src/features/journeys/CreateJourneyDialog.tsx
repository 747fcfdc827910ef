import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework/catalog';
import { JourneyLensFields, type LensChoice } from './JourneyFields';
import { useCreateJourney } from './mutations';
import { nameProblem } from './nameCheck';

interface CreateJourneyDialogProps {
  catalog: Catalog;
  onClose: () => void;
  onCreated: (journey: Journey) => void;
}

/** Name, scenario and lens of a new journey; an empty name is refused before anything is written. */
export function CreateJourneyDialog({ catalog, onClose, onCreated }: CreateJourneyDialogProps) {
  const { t } = useTranslation();
  const create = useCreateJourney();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [choice, setChoice] = useState<LensChoice>({
    scenarioId: sortByPosition(catalog.scenarios)[0]?.id ?? '',
    customerTypeId: null,
    typologyId: null,
    productDomainId: null,
  });
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
      onCreated(await create.mutateAsync({ name: name.trim(), ...choice }));
    } catch (err) {
      setFailure(describeError(t, err));
    }
  }

  return (
    <Dialog
      title={t('ui.journeys.create.title')}
      onClose={onClose}
      initialFocus={nameRef}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <Button variant="primary" type="submit" form="journey-create" disabled={create.isPending}>
            {t('ui.journeys.create.submit')}
          </Button>
        </>
      }
    >
      <form id="journey-create" className="journey-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={nameRef}
          label={t('ui.journeys.create.name')}
          placeholder={t('ui.journeys.create.namePlaceholder')}
          value={name}
          error={nameError}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        <JourneyLensFields catalog={catalog} value={choice} onChange={setChoice} />
        {failure && <Alert tone="error">{failure}</Alert>}
      </form>
    </Dialog>
  );
}
