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
import { SelectField } from '../profiles/fields/SelectField';
import { useDuplicateJourney } from './mutations';
import { nameProblem } from './nameCheck';

interface DuplicateJourneyDialogProps {
  catalog: Catalog;
  journey: Journey;
  onClose: () => void;
  onDuplicated: (journey: Journey) => void;
}

/** A copy with all its steps, for example the as-is journey as the start of the to-be one. */
export function DuplicateJourneyDialog({ catalog, journey, onClose, onDuplicated }: DuplicateJourneyDialogProps) {
  const { t } = useTranslation();
  const duplicate = useDuplicateJourney();
  const scenarios = sortByPosition(catalog.scenarios);
  const [name, setName] = useState(t('ui.journeys.duplicate.defaultName', { name: journey.name }));
  // The usual copy goes from one scenario into the next (as-is into to-be).
  const next = scenarios[scenarios.findIndex((s) => s.id === journey.scenarioId) + 1];
  const [scenarioId, setScenarioId] = useState(next?.id ?? journey.scenarioId);
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
      onDuplicated(await duplicate.mutateAsync({ id: journey.id, name: name.trim(), scenarioId }));
    } catch (err) {
      setFailure(describeError(t, err));
    }
  }

  return (
    <Dialog
      title={t('ui.journeys.duplicate.title', { name: journey.name })}
      onClose={onClose}
      initialFocus={nameRef}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.common.cancel')}</Button>
          <Button variant="primary" type="submit" form="journey-duplicate" disabled={duplicate.isPending}>
            {t('ui.journeys.duplicate.submit')}
          </Button>
        </>
      }
    >
      <form id="journey-duplicate" className="journey-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={nameRef}
          label={t('ui.journeys.duplicate.name')}
          value={name}
          error={nameError}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
        />
        <SelectField
          label={t('ui.journeys.duplicate.scenario')}
          value={scenarioId}
          options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
          onChange={setScenarioId}
        />
        {failure && <Alert tone="error">{failure}</Alert>}
      </form>
    </Dialog>
  );
}
