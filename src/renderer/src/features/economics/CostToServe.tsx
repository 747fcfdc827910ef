import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ScenarioCell, Phase } from '@shared/domain/types';
import { costOutcome, journeyCost, type JourneyCost } from '@shared/analysis/economics/journey-cost';
import type { EconomicsData } from '@shared/analysis/economics/types';
import { Alert } from '../../components/Alert';
import type { Formats } from './format';
import { Result } from './Result';

interface CostToServeProps {
  phases: readonly Phase[];
  channels: readonly Channel[];
  cells: readonly ScenarioCell[];
  data: EconomicsData;
  customerTypeId: string | null;
  scenarioName: string;
  lensName: string;
  formats: Formats;
}

/** The cost of one customer journey, per phase, with the most expensive phase and the formula. */
export function CostToServe({ phases, channels, cells, data, customerTypeId, scenarioName, lensName, formats }: CostToServeProps) {
  const { t } = useTranslation();
  const cost = useMemo(
    () => journeyCost({ phases, channels, cells, customerTypeId, roleContacts: data.roleContacts, overrides: data.overrides }),
    [phases, channels, cells, customerTypeId, data.roleContacts, data.overrides],
  );
  const phaseName = new Map(phases.map((p) => [p.id, p.name]));
  const channelName = new Map(channels.map((c) => [c.id, c.name]));
  const costOf = new Map(channels.map((c) => [c.id, c.costPerContact]));
  const top = new Set(cost.mostExpensive);
  // Nothing to price, or nothing priced: say what is missing rather than a total of 0.00.
  const outcome = costOutcome(cost);
  const priced = outcome.ok;
  const money = (value: number) => (priced ? formats.money(value) : '–');
  const share = (value: number) => (priced ? formats.percent(cost.total > 0 ? (value / cost.total) * 100 : 0) : '–');
  const filled = (value: JourneyCost) => {
    const parts = value.phases.filter((p) => p.cost > 0).map((p) => `${phaseName.get(p.phaseId)} ${formats.money(p.cost)}`);
    return parts.length > 0 ? parts.join(' + ') : null;
  };
  return (
    <section className="econ-section" aria-labelledby="econ-cost">
      <h2 id="econ-cost" className="econ-section__title">
        {t('ui.economics.cost.title')}
      </h2>
      <p className="econ-section__intro muted">{t('ui.economics.cost.intro')}</p>
      <Result
        name={t('ui.economics.cost.formulaName')}
        outcome={outcome}
        formula={t('ui.economics.cost.formulaText')}
        filled={filled}
        show={(value) => formats.money(value.total)}
        percent={formats.percent}
        note={(value) =>
          value.mostExpensive.length > 0 ? (
            <p className="econ-result__note">
              {t('ui.economics.cost.mostExpensive', { count: value.mostExpensive.length, names: value.mostExpensive.map((id) => phaseName.get(id)).join(', ') })}
            </p>
          ) : (
            <p className="econ-result__note muted">{t('ui.economics.cost.nothing')}</p>
          )
        }
      />
      {priced && cost.missingCost.length > 0 && (
        <Alert tone="warning">{t('ui.economics.cost.missing', { names: cost.missingCost.map((id) => channelName.get(id)).join(', ') })}</Alert>
      )}
      <div className="econ-table-wrap">
        <table className="econ-table">
          <caption>{t('ui.economics.cost.caption', { scenario: scenarioName, lens: lensName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.economics.cost.phase')}</th>
              <th scope="col" className="econ-num">{t('ui.economics.cost.contacts')}</th>
              <th scope="col" className="econ-num">{t('ui.economics.cost.cost')}</th>
              <th scope="col" className="econ-num">{t('ui.economics.cost.share')}</th>
              <th scope="col">{t('ui.economics.cost.channels')}</th>
            </tr>
          </thead>
          <tbody>
            {cost.phases.map((phase) => (
              <tr key={phase.phaseId} className={top.has(phase.phaseId) ? 'econ-table__top' : undefined}>
                <th scope="row">
                  {phaseName.get(phase.phaseId)}
                  {top.has(phase.phaseId) && <span className="econ-badge">{t('ui.economics.cost.top')}</span>}
                </th>
                <td className="econ-num">{formats.number(phase.contacts)}</td>
                <td className="econ-num">{money(phase.cost)}</td>
                <td className="econ-num">
                  {share(phase.cost)}
                  <span className="econ-bar" aria-hidden="true">
                    <span style={{ inlineSize: `${cost.total > 0 ? (phase.cost / cost.total) * 100 : 0}%` }} />
                  </span>
                </td>
                <td className="econ-breakdown">
                  {phase.cells
                    .map((c) => {
                      const unit = costOf.get(c.channelId);
                      const each = unit === null || unit === undefined ? '?' : formats.money(unit);
                      return `${channelName.get(c.channelId)} ${formats.number(c.contacts)} × ${each}`;
                    })
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('ui.economics.cost.total')}</th>
              <td className="econ-num">{formats.number(cost.contacts)}</td>
              <td className="econ-num">{money(cost.total)}</td>
              <td className="econ-num">{share(cost.total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
