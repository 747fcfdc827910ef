import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '@shared/domain/types';
import { MAX_DOTS_PER_PARTICIPANT, VOTE_ITEM_KINDS, type VoteItem, type VoteItemKind } from '@shared/domain/workshop';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework';
import { useOpenVote } from './mutations';
import { ScenarioSelect } from './ScenarioSelect';
import { CellTarget, FindingTarget, StepTarget } from './VoteTargets';

/** Open a vote on matrix cells, on the findings of a scenario, or on the steps of one of its journeys. */
export function VoteForm({ catalog, hasPrevious }: { catalog: Catalog; hasPrevious: boolean }) {
  const { t } = useTranslation();
  const targetId = useId();
  const open = useOpenVote();
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const [target, setTarget] = useState<VoteItemKind>('cell');
  const [title, setTitle] = useState(() => t('ui.workshop.vote.defaultNames.cell'));
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [dots, setDots] = useState('3');

  const dotCount = Number(dots);
  const dotsValid = Number.isInteger(dotCount) && dotCount >= 1 && dotCount <= MAX_DOTS_PER_PARTICIPANT;
  const disabled = !dotsValid || open.isPending;
  const submit = (items: VoteItem[]) => {
    if (!disabled && items.length > 0) open.mutate({ title, items, dotsPerParticipant: dotCount });
  };
  const changeTarget = (next: VoteItemKind) => {
    // A question the facilitator has not edited follows the choice of what to vote on.
    if (title === t(`ui.workshop.vote.defaultNames.${target}`)) setTitle(t(`ui.workshop.vote.defaultNames.${next}`));
    setTarget(next);
  };
  const shared = { catalog, scenarioId, disabled, onOpen: submit };

  return (
    <form className="workshop-vote__form" onSubmit={(e) => e.preventDefault()}>
      {hasPrevious && <h3>{t('ui.workshop.vote.newVote')}</h3>}
      {open.error && <Alert tone="error">{describeError(t, open.error)}</Alert>}
      <TextField label={t('ui.workshop.vote.name')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      <div className="workshop-row">
        <div className="toolbar-field">
          <label htmlFor={targetId} className="toolbar-field__label">
            {t('ui.workshop.vote.target')}
          </label>
          <select id={targetId} className="input select" value={target} onChange={(e) => changeTarget(e.target.value as VoteItemKind)}>
            {VOTE_ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ui.workshop.vote.targets.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <ScenarioSelect scenarios={scenarios} value={scenarioId} onChange={setScenarioId} />
        <TextField
          label={t('ui.workshop.vote.dots')}
          type="number"
          min={1}
          max={MAX_DOTS_PER_PARTICIPANT}
          value={dots}
          onChange={(e) => setDots(e.target.value)}
          error={dotsValid ? null : `1–${MAX_DOTS_PER_PARTICIPANT}`}
        />
      </div>
      {target === 'cell' && <CellTarget {...shared} />}
      {target === 'finding' && <FindingTarget key={scenarioId} {...shared} />}
      {target === 'step' && <StepTarget key={scenarioId} {...shared} />}
    </form>
  );
}
