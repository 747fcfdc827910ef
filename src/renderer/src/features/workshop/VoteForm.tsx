import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { MAX_DOTS_PER_PARTICIPANT, MAX_VOTE_ITEMS } from '@shared/domain/workshop';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework/catalog';
import { LensSelect } from '../matrix/LensSelect';
import { useOpenVote } from './mutations';
import { ScenarioSelect } from './ScenarioSelect';
import { cellItems, tooManyItems } from './slides';

/** Open a vote on matrix cells, picked by phase and channel in one scenario and lens. */
export function VoteForm({ catalog, hasPrevious }: { catalog: Catalog; hasPrevious: boolean }) {
  const { t } = useTranslation();
  const open = useOpenVote();
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const phases = useMemo(() => sortByPosition(catalog.phases).filter((p) => !p.hidden), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels).filter((c) => !c.hidden), [catalog.channels]);
  const [title, setTitle] = useState(() => t('ui.workshop.vote.defaultName'));
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [lens, setLens] = useState<Lens>({ kind: 'all' });
  const [dots, setDots] = useState('3');
  const [pickedPhases, setPickedPhases] = useState<Set<string>>(() => new Set());
  const [pickedChannels, setPickedChannels] = useState<Set<string>>(() => new Set());

  const items = cellItems(scenarioId, lens, phases, channels, pickedPhases, pickedChannels);
  const dotCount = Number(dots);
  const dotsValid = Number.isInteger(dotCount) && dotCount >= 1 && dotCount <= MAX_DOTS_PER_PARTICIPANT;
  const problem =
    items.length === 0
      ? t('ui.workshop.vote.noneSelected')
      : tooManyItems(items.length)
        ? t('ui.workshop.vote.tooMany', { count: items.length, max: MAX_VOTE_ITEMS })
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem || !dotsValid) return;
    open.mutate({ title, items, dotsPerParticipant: dotCount });
  };

  return (
    <form className="workshop-vote__form" onSubmit={submit}>
      {hasPrevious && <h3>{t('ui.workshop.vote.newVote')}</h3>}
      {open.error && <Alert tone="error">{describeError(t, open.error)}</Alert>}
      <TextField label={t('ui.workshop.vote.name')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      <div className="workshop-row">
        <ScenarioSelect scenarios={scenarios} value={scenarioId} onChange={setScenarioId} />
        <LensSelect catalog={catalog} value={lens} onChange={setLens} />
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
      <div className="workshop-pick">
        <Picker legend={t('ui.workshop.vote.phases')} items={phases} picked={pickedPhases} onChange={setPickedPhases} />
        <Picker legend={t('ui.workshop.vote.channels')} items={channels} picked={pickedChannels} onChange={setPickedChannels} />
      </div>
      <p role="status" className={problem ? 'workshop-vote__problem' : 'muted'}>
        {problem ?? t('ui.workshop.vote.itemCount', { count: items.length })}
      </p>
      <div>
        <Button type="submit" variant="primary" disabled={problem !== null || !dotsValid || open.isPending}>
          {t('ui.workshop.vote.open')}
        </Button>
      </div>
    </form>
  );
}

interface PickerProps {
  legend: string;
  items: readonly { id: string; name: string }[];
  picked: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

function Picker({ legend, items, picked, onChange }: PickerProps) {
  const { t } = useTranslation();
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const allPicked = items.length > 0 && items.every((i) => picked.has(i.id));
  return (
    <fieldset className="workshop-pick__set">
      <legend>{legend}</legend>
      <label className="workshop-pick__all">
        <input type="checkbox" checked={allPicked} onChange={() => onChange(allPicked ? new Set() : new Set(items.map((i) => i.id)))} />{' '}
        {t('ui.workshop.vote.all')}
      </label>
      {items.map((item) => (
        <label key={item.id}>
          <input type="checkbox" checked={picked.has(item.id)} onChange={() => toggle(item.id)} /> {item.name}
        </label>
      ))}
    </fieldset>
  );
}
