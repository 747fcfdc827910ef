import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '@shared/domain/types';
import { CHARTS, CHART_IDS, type ChartId } from '@shared/analysis/charts/registry';
import type { AddableParams } from '@shared/present/slide-keys';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework';
import { SubjectFields, type Subject } from './SubjectFields';

/** What the dialog offers: a chart is chosen by its id, so each chart is its own choice. */
type Choice = 'matrix' | `chart:${ChartId}` | 'findings' | 'change' | 'economics' | 'join';
const CHOICES: readonly Choice[] = ['matrix', ...CHART_IDS.map((id) => `chart:${id}` as const), 'findings', 'change', 'economics', 'join'];

const chartOf = (choice: Choice): ChartId | null => CHART_IDS.find((id) => choice === `chart:${id}`) ?? null;
const isChartChoice = (choice: Choice): choice is `chart:${ChartId}` => chartOf(choice) !== null;

function compares(choice: Choice): boolean {
  const chart = chartOf(choice);
  return choice === 'change' || (chart !== null && CHARTS[chart].compares);
}

function lensed(choice: Choice): boolean {
  const chart = chartOf(choice);
  return choice !== 'join' && (chart === null || CHARTS[chart].lensed);
}

function paramsOf(choice: Choice, subject: Subject): AddableParams | null {
  const { scenarioId, compareScenarioId, lens } = subject;
  if (choice === 'join') return { kind: 'join' };
  if (!scenarioId) return null;
  if (choice === 'change') return compareScenarioId && compareScenarioId !== scenarioId ? { kind: 'change', scenarioId, compareScenarioId, lens } : null;
  const chartId = chartOf(choice);
  if (chartId) {
    const pair = CHARTS[chartId].compares;
    if (pair && (!compareScenarioId || compareScenarioId === scenarioId)) return null;
    return { kind: 'chart', chartId, scenarioId, lens, compareScenarioId: pair ? compareScenarioId : null };
  }
  return { kind: choice as 'matrix' | 'findings' | 'economics', scenarioId, lens };
}

interface AddSlideDialogProps {
  catalog: Catalog;
  onSave: (params: AddableParams) => Promise<unknown>;
  onClose: () => void;
}

/** Add a slide of any scenario through any lens (a matrix, a chart, findings, a change, economics) or the join slide. */
export function AddSlideDialog({ catalog, onSave, onClose }: AddSlideDialogProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const scenarios = sortByPosition(catalog.scenarios).filter((s) => !s.hidden);
  const [choice, setChoice] = useState<Choice>('matrix');
  const [subject, setSubject] = useState<Subject>({
    scenarioId: scenarios[0]?.id ?? '',
    compareScenarioId: scenarios[scenarios.length - 1]?.id ?? null,
    lens: { kind: 'all' },
  });
  const [error, setError] = useState<string | null>(null);
  const params = paramsOf(choice, subject);
  const submit = async () => {
    if (!params) return;
    try {
      await onSave(params);
      onClose();
    } catch (err) {
      setError(describeError(t, err));
    }
  };
  const label = (c: Choice) => {
    if (!isChartChoice(c)) return t(`ui.present.kinds.${c}`);
    return t('ui.present.addDialog.chart', { chart: t(CHARTS[chartOf(c)!].titleKey) });
  };
  return (
    <Dialog
      title={t('ui.present.addDialog.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.present.textDialog.cancel')}</Button>
          <Button variant="primary" type="submit" form="present-add-slide" disabled={!params}>
            {t('ui.present.addDialog.add')}
          </Button>
        </>
      }
    >
      <form
        id="present-add-slide"
        className="present-text-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="muted">{t('ui.present.addDialog.hint')}</p>
        <div className="toolbar-field">
          <label htmlFor={kindId} className="toolbar-field__label">
            {t('ui.present.addDialog.kind')}
          </label>
          <select id={kindId} className="input select" value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </div>
        {choice !== 'join' && (
          <SubjectFields catalog={catalog} value={subject} onChange={(patch) => setSubject((s) => ({ ...s, ...patch }))} compares={compares(choice)} lensed={lensed(choice)} />
        )}
        {!params && choice !== 'join' && <p className="field__error">{t('ui.present.addDialog.twoScenarios')}</p>}
        {error && <p className="field__error">{error}</p>}
      </form>
    </Dialog>
  );
}
