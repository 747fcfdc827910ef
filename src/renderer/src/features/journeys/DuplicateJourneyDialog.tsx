import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { SelectField } from '../profiles';
import { JourneyNameDialog } from './JourneyNameDialog';
import { useDuplicateJourney } from './mutations';

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
  // The usual copy goes from one scenario into the next (as-is into to-be).
  const next = scenarios[scenarios.findIndex((s) => s.id === journey.scenarioId) + 1];
  const [scenarioId, setScenarioId] = useState(next?.id ?? journey.scenarioId);

  return (
    <JourneyNameDialog
      title={t('ui.journeys.duplicate.title', { name: journey.name })}
      formId="journey-duplicate"
      nameLabel={t('ui.journeys.duplicate.name')}
      initialName={t('ui.journeys.duplicate.defaultName', { name: journey.name })}
      submitLabel={t('ui.journeys.duplicate.submit')}
      pending={duplicate.isPending}
      onClose={onClose}
      onSubmit={async (name) => onDuplicated(await duplicate.mutateAsync({ id: journey.id, name, scenarioId }))}
    >
      <SelectField
        label={t('ui.journeys.duplicate.scenario')}
        value={scenarioId}
        options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
        onChange={setScenarioId}
      />
    </JourneyNameDialog>
  );
}
