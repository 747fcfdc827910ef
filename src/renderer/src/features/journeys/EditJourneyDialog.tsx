import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { JourneyLensFields, type LensChoice } from './JourneyFields';
import { JourneyNameDialog } from './JourneyNameDialog';
import { useUpdateJourney } from './mutations';

interface EditJourneyDialogProps {
  journey: Journey;
  catalog: Catalog;
  onClose: () => void;
}

/**
 * A journey's name, scenario and lens after it was created (a journey drawn for
 * the wrong customer type is moved, not redrawn). One undoable change; the
 * steps stay, and the consistency flags follow the new lens and scenario.
 */
export function EditJourneyDialog({ journey, catalog, onClose }: EditJourneyDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateJourney();
  const [choice, setChoice] = useState<LensChoice>({
    scenarioId: journey.scenarioId,
    customerTypeId: journey.customerTypeId,
    typologyId: journey.typologyId,
    productDomainId: journey.productDomainId,
  });

  return (
    <JourneyNameDialog
      title={t('ui.journeys.edit.title', { name: journey.name })}
      formId="journey-edit"
      nameLabel={t('ui.journeys.create.name')}
      initialName={journey.name}
      submitLabel={t('ui.journeys.edit.submit')}
      pending={update.isPending}
      onClose={onClose}
      onSubmit={async (name) => {
        await update.mutateAsync({ id: journey.id, patch: { name, ...choice } });
        onClose();
      }}
    >
      <JourneyLensFields catalog={catalog} value={choice} onChange={setChoice} />
    </JourneyNameDialog>
  );
}
