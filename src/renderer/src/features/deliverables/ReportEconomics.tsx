/**
 * The economics in the report: per customer type the cost to serve of one
 * journey in the main scenario, the customer value (KW), the lifetime value
 * (CLV) and the Net Promoter Score, with the formulas they come from. A value
 * that cannot be computed says what is missing, as on the Economics page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleSorted } from '@shared/analysis/charts/cells';
import {
  available,
  blankEconomics,
  customerValue,
  journeyCost,
  lifetimeValue,
  netPromoterScore,
  type EconomicsData,
  type Outcome,
} from '@shared/analysis/economics';
import type { Catalog, MatrixCell, Role, Scenario } from '@shared/domain/types';
import { localeFor } from '../../i18n/format';
import { makeFormats, type Formats } from '../economics/format';
import { useEconomics } from '../economics/queries';
import { useScenarioCells } from '../matrix/scenarioCells';
import { whyText } from '../economics/Result';

const ROLES: readonly Role[] = [0, 1, 2, 3];

interface Row {
  id: string;
  name: string;
  cost: Outcome<number>;
  kw: Outcome<number> | null;
  clv: Outcome<number> | null;
  nps: Outcome<number> | null;
}

function rowsFor(catalog: Catalog, data: EconomicsData, cells: readonly MatrixCell[], allName: string): Row[] {
  const phases = visibleSorted(catalog.phases);
  const channels = visibleSorted(catalog.channels);
  const cost = (customerTypeId: string | null): Outcome<number> =>
    available(journeyCost({ phases, channels, cells, customerTypeId, roleContacts: data.roleContacts, overrides: data.overrides }).total);
  const inputsOf = new Map(data.customerTypes.map((c) => [c.customerTypeId, c]));
  const rows: Row[] = [{ id: 'all', name: allName, cost: cost(null), kw: null, clv: null, nps: null }];
  for (const type of visibleSorted(catalog.customerTypes)) {
    const inputs = inputsOf.get(type.id) ?? blankEconomics(type.id);
    const kw = customerValue(inputs);
    const nps = netPromoterScore(inputs);
    rows.push({
      id: type.id,
      name: type.name,
      cost: cost(type.id),
      kw: kw.ok ? available(kw.value.value) : kw,
      clv: lifetimeValue(inputs),
      nps: nps.ok ? available(nps.value.score) : nps,
    });
  }
  return rows;
}

function Value({ outcome, show, formats }: { outcome: Outcome<number> | null; show: (value: number) => string; formats: Formats }) {
  const { t } = useTranslation();
  if (outcome === null) return <td className="report__num">–</td>;
  if (outcome.ok) return <td className="report__num">{show(outcome.value)}</td>;
  return (
    <td className="report__num">
      {t('ui.deliverables.economics.notAvailable')}
      <span className="report__why">{whyText(t, outcome.why, formats.percent)}</span>
    </td>
  );
}

export function EconomicsSection({ catalog, scenario, contentLanguage }: { catalog: Catalog; scenario: Scenario; contentLanguage: string }) {
  const { t } = useTranslation();
  const data = useEconomics(scenario.id);
  const cells = useScenarioCells(scenario.id);
  const formats = useMemo(() => makeFormats(localeFor(contentLanguage)), [contentLanguage]);
  const allName = t('ui.deliverables.economics.allCustomers');
  const rows = useMemo(() => (data.data && cells.data ? rowsFor(catalog, data.data, cells.data, allName) : null), [catalog, data.data, cells.data, allName]);
  if (!rows || !data.data) return <p>{t('ui.deliverables.report.loading')}</p>;
  const roleContacts = data.data.roleContacts;
  const e = (key: string) => t(`ui.deliverables.economics.${key}`);
  const npsText = (value: number) => formats.number(value);
  return (
    <>
      <p>{t('ui.deliverables.report.economicsIntro', { scenario: scenario.name })}</p>
      <table className="report__economics">
        <thead>
          <tr>
            <th scope="col">{t('ui.deliverables.columns.customerType')}</th>
            <th scope="col">{t('ui.deliverables.sheets.costToServe')}</th>
            <th scope="col">{e('customerValue')}</th>
            <th scope="col">{e('lifetimeValue')}</th>
            <th scope="col">{e('nps')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <Value outcome={row.cost} show={formats.money} formats={formats} />
              <Value outcome={row.kw} show={formats.money} formats={formats} />
              <Value outcome={row.clv} show={formats.money} formats={formats} />
              <Value outcome={row.nps} show={npsText} formats={formats} />
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('ui.deliverables.report.formulas')}</h3>
      <dl className="report__formulas">
        <dt>{t('ui.deliverables.sheets.costToServe')}</dt>
        <dd>
          <code>{e('costFormula')}</code>
          <div>{t('ui.deliverables.report.roleContacts', { contacts: ROLES.map((r) => `${t(`ui.deliverables.roles.${r}`)} ${formats.number(roleContacts[r])}`).join(', ') })}</div>
        </dd>
        <dt>{e('customerValue')}</dt>
        <dd>
          <code>{e('kwFormula')}</code>
        </dd>
        <dt>{e('lifetimeValue')}</dt>
        <dd>
          <code>{e('clvFormula')}</code>
        </dd>
        <dt>{e('nps')}</dt>
        <dd>
          <code>{e('npsFormula')}</code>
        </dd>
      </dl>
    </>
  );
}
