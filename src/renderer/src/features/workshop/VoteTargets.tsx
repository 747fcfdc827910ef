import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { findingItems, stepItems } from '@shared/domain/vote-items';
import { MAX_VOTE_ITEMS, type VoteItem } from '@shared/domain/workshop';
import { Button } from '../../components/Button';
import { sortByPosition } from '../framework';
import { findingMessage } from '@shared/i18n/finding-text';
import { useFindings, useScenarioJourneys } from '../findings';
import { LensSelect } from '../matrix';
import { cellItems, tooManyItems } from './slides';
import { useCurrency } from '../currency';

interface TargetProps {
  catalog: Catalog;
  scenarioId: string;
  disabled: boolean;
  onOpen: (items: VoteItem[]) => void;
}

/** Matrix cells picked by phase and channel, in one lens of the scenario. */
export function CellTarget({ catalog, scenarioId, disabled, onOpen }: TargetProps) {
  const { t } = useTranslation();
  const phases = useMemo(() => sortByPosition(catalog.phases).filter((p) => !p.hidden), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels).filter((c) => !c.hidden), [catalog.channels]);
  const [lens, setLens] = useState<Lens>({ kind: 'all' });
  const [pickedPhases, setPickedPhases] = useState<Set<string>>(() => new Set());
  const [pickedChannels, setPickedChannels] = useState<Set<string>>(() => new Set());
  const items = cellItems(scenarioId, lens, phases, channels, pickedPhases, pickedChannels);
  const problem =
    items.length === 0
      ? t('ui.workshop.vote.noneSelected')
      : tooManyItems(items.length)
        ? t('ui.workshop.vote.tooMany', { count: items.length, max: MAX_VOTE_ITEMS })
        : null;
  return (
    <>
      <div className="workshop-row">
        <LensSelect catalog={catalog} value={lens} onChange={setLens} />
      </div>
      <div className="workshop-pick">
        <Picker legend={t('ui.workshop.vote.phases')} items={phases} picked={pickedPhases} onChange={setPickedPhases} />
        <Picker legend={t('ui.workshop.vote.channels')} items={channels} picked={pickedChannels} onChange={setPickedChannels} />
      </div>
      <OpenFooter status={problem ?? t('ui.workshop.vote.itemCount', { count: items.length })} ok={problem === null} disabled={disabled} onOpen={() => onOpen(items)} />
    </>
  );
}

/** Every current finding of the scenario, as the Findings page lists them. */
export function FindingTarget({ catalog, scenarioId, disabled, onOpen }: TargetProps) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const { findings } = useFindings(catalog, scenarioId, 'default');
  const items = useMemo(
    () => (findings ? findingItems(findings, (i) => findingMessage(t, i18n.language, findings[i]!, currency)) : null),
    [findings, t, i18n.language, currency],
  );
  return <ListFooter items={items} empty={t('ui.workshop.vote.noFindings')} countKey="findingCount" disabled={disabled} onOpen={onOpen} />;
}

/** The steps of one journey of the scenario, labelled "phase · step". */
export function StepTarget({ catalog, scenarioId, disabled, onOpen }: TargetProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const journeys = useScenarioJourneys(scenarioId);
  const details = journeys.data ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const detail = details?.find((d) => d.journey.id === picked) ?? details?.[0] ?? null;
  const items = useMemo(() => {
    if (!details) return null;
    if (!detail) return [];
    const phaseName = (id: string) => catalog.phases.find((p) => p.id === id)?.name;
    return stepItems(detail.steps, phaseName, { noPhase: t('ui.workshop.vote.noPhase'), untitled: t('ui.workshop.vote.untitled') });
  }, [details, detail, catalog.phases, t]);
  return (
    <>
      {details && details.length > 0 && (
        <div className="workshop-row">
          <div className="toolbar-field">
            <label htmlFor={selectId} className="toolbar-field__label">
              {t('ui.workshop.vote.journey')}
            </label>
            <select id={selectId} className="input select" value={detail?.journey.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
              {details.map((d) => (
                <option key={d.journey.id} value={d.journey.id}>
                  {d.journey.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <ListFooter
        items={items}
        empty={details && details.length === 0 ? t('ui.workshop.vote.noJourneys') : t('ui.workshop.vote.noSteps')}
        countKey="stepCount"
        disabled={disabled}
        onOpen={onOpen}
      />
    </>
  );
}

interface ListFooterProps {
  items: VoteItem[] | null;
  empty: string;
  countKey: 'findingCount' | 'stepCount';
  disabled: boolean;
  onOpen: (items: VoteItem[]) => void;
}

/** The items that will be voted on, listed so the facilitator sees what the room gets. */
function ListFooter({ items, empty, countKey, disabled, onOpen }: ListFooterProps) {
  const { t } = useTranslation();
  if (items === null) return <OpenFooter status={t('ui.workshop.vote.loadingItems')} ok={false} disabled onOpen={() => undefined} />;
  const problem =
    items.length === 0 ? empty : tooManyItems(items.length) ? t('ui.workshop.vote.tooManyItems', { count: items.length, max: MAX_VOTE_ITEMS }) : null;
  return (
    <>
      {items.length > 0 && (
        <ol className="workshop-vote__items">
          {items.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ol>
      )}
      <OpenFooter
        status={problem ?? t(`ui.workshop.vote.${countKey}`, { count: items.length })}
        ok={problem === null}
        disabled={disabled}
        onOpen={() => onOpen(items)}
      />
    </>
  );
}

function OpenFooter({ status, ok, disabled, onOpen }: { status: string; ok: boolean; disabled: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" className={ok ? 'muted' : 'workshop-vote__problem'}>
        {status}
      </p>
      <div>
        <Button type="button" variant="primary" disabled={!ok || disabled} onClick={onOpen}>
          {t('ui.workshop.vote.open')}
        </Button>
      </div>
    </>
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
