import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { JourneyLensFields, type LensChoice } from './JourneyFields';
import { JourneyNameDialog } from './JourneyNameDialog';
import { useCreateJourney } from './mutations';

interface CreateJourneyDialogProps {
  catalog: Catalog;
  onClose: () => void;
  onCreated: (journey: Journey) => void;
}

/** Name, scenario and lens of a new journey; an empty name is refused before anything is written. */
export function CreateJourneyDialog({ catalog, onClose, onCreated }: CreateJourneyDialogProps) {
  const { t } = useTranslation();
  const create = useCreateJourney();
  const [choice, setChoice] = useState<LensChoice>({
    scenarioId: sortByPosition(catalog.scenarios)[0]?.id ?? '',
    customerTypeId: null,
    typologyId: null,
    productDomainId: null,
  });

  return (
    <JourneyNameDialog
      title={t('ui.journeys.create.title')}
      formId="journey-create"
      nameLabel={t('ui.journeys.create.name')}
      namePlaceholder={t('ui.journeys.create.namePlaceholder')}
      initialName=""
      submitLabel={t('ui.journeys.create.submit')}
      pending={create.isPending}
      onClose={onClose}
      onSubmit={async (name) => onCreated(await create.mutateAsync({ name, ...choice }))}
    >
      <JourneyLensFields catalog={catalog} value={choice} onChange={setChoice} />
    </JourneyNameDialog>
  );
}
