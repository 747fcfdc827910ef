import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFromMatrix, type DraftProposal } from '@shared/analysis/journeys';
import type { EffectiveCell } from '@shared/analysis/matrix';
import type { Journey } from '@shared/domain/journeys';
import type { Channel, Lens, Phase } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { DraftDialog, type DraftStep } from './DraftDialog';
import { useAddSteps } from './mutations';

interface DraftControlProps {
  journey: Journey;
  phases: readonly Phase[];
  phaseMap: ReadonlyMap<string, Phase>;
  channels: readonly Channel[];
  /** The matrix in the journey's lens and scenario; null while it loads. */
  effective: ReadonlyMap<string, EffectiveCell> | null;
  lens: Lens;
  facts: { scenario: string; lens: string };
}

/** "Draft from matrix…": proposals made when the dialog opens, added as one undoable action. */
export function DraftControl({ journey, phases, phaseMap, channels, effective, lens, facts }: DraftControlProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const addSteps = useAddSteps();
  const [proposals, setProposals] = useState<DraftProposal[] | null>(null);

  const submit = async (steps: DraftStep[]) => {
    await addSteps.mutateAsync({ journeyId: journey.id, steps });
    setProposals(null);
    notices.announce(t('ui.journeys.draft.added', { count: steps.length }));
  };

  return (
    <>
      <Button disabled={!effective} onClick={() => effective && setProposals(draftFromMatrix(phases, channels, effective, lens))}>
        {t('ui.journeys.toolbar.draft')}
      </Button>
      {proposals && (
        <DraftDialog
          proposals={proposals}
          phases={phaseMap}
          channels={channels}
          lensName={facts.lens}
          scenarioName={facts.scenario}
          onSubmit={submit}
          onClose={() => setProposals(null)}
        />
      )}
    </>
  );
}
