/**
 * The economics in the report, for the scenario and lens of its deck slide:
 * what serving one customer journey costs per phase, and per customer type in
 * the lens its cost to serve, customer value (KW), lifetime value (CLV) and
 * Net Promoter Score. A value that cannot be computed says what is missing,
 * as on the Economics page. The first economics section says how the values are computed.
 */
import type { KeysUnder } from '@shared/i18n/keys';
import { useTranslation } from 'react-i18next';
import { visibleChannels, visiblePhases, visibleSorted } from '@shared/analysis/charts/cells';
import { available, blankEconomics, costOutcome, customerValue, journeyCost, lifetimeValue, netPromoterScore, type EconomicsData, type Outcome } from '@shared/analysis/economics';
import type { Catalog, Lens, ScenarioCell, Role } from '@shared/domain/types';
import { useEconomics } from '../economics';
import { whyText } from '../economics/result';
import { useScenarioCells } from '../matrix';
import { Block, loadState } from './ReportBlock';
import { useReportLocale } from './useReportLocale';

const ROLES: readonly Role[] = [0, 1, 2, 3];

interface Row {
  id: string;
  name: string;
  cost: Outcome<number>;
  kw: Outcome<number>;
  clv: Outcome<number>;
  nps: Outcome<number>;
}

/** The customer types a lens is about: one type, the types of a typology, or all. */
function typesIn(catalog: Catalog, lens: Lens) {
  const types = visibleSorted(catalog.customerTypes);
  if (lens.kind === 'customerType') return types.filter((c) => c.id === lens.id);
  if (lens.kind === 'typology') return types.filter((c) => c.typologyId === lens.id);
  return types;
}

function valueRows(catalog: Catalog, data: EconomicsData, cells: readonly ScenarioCell[], lens: Lens): Row[] {
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  const inputsOf = new Map(data.customerTypes.map((c) => [c.customerTypeId, c]));
  return typesIn(catalog, lens).map((type) => {
    const inputs = inputsOf.get(type.id) ?? blankEconomics(type.id);
    const kw = customerValue(inputs);
    const nps = netPromoterScore(inputs);
    const cost = journeyCost({ phases, channels, cells, customerTypeId: type.id, roleContacts: data.roleContacts, overrides: data.overrides });
    return {
      id: type.id,
      name: type.name,
      cost: ((outcome) => (outcome.ok ? available(outcome.value.total) : outcome))(costOutcome(cost)),
      kw: kw.ok ? available(kw.value.value) : kw,
      clv: lifetimeValue(inputs),
      nps: nps.ok ? available(nps.value.score) : nps,
    };
  });
}

/** What a table cell shows: a value, or "not available" with the number of the note that says what it still needs. */
interface Cell {
  text: string;
  mark: number | null;
}

/** Turns outcomes into cells, numbering the notes: the same text gets the same number. */
function noteTaker(notAvailable: string, why: (outcome: Extract<Outcome<number>, { ok: false }>) => string) {
  const notes: string[] = [];
  const cell = (outcome: Outcome<number>, show: (value: number) => string): Cell => {
    if (outcome.ok) return { text: show(outcome.value), mark: null };
    const text = why(outcome);
    const at = notes.indexOf(text);
    return { text: notAvailable, mark: at >= 0 ? at + 1 : notes.push(text) };
  };
  return { notes, cell };
}

function ValueCell({ cell }: { cell: Cell }) {
  return (
    <td className="report__num">
      {cell.text}
      {cell.mark !== null && <sup className="report__mark">{cell.mark}</sup>}
    </td>
  );
}

export function EconomicsSection({ catalog, scenarioId, lens, formulas }: { catalog: Catalog; scenarioId: string; lens: Lens; formulas: boolean }) {
  const { t } = useTranslation();
  const data = useEconomics(scenarioId);
  const cells = useScenarioCells(scenarioId);
  const { formats } = useReportLocale();
  const state = loadState(data, cells);
  if (state || !data.data || !cells.data) return state;
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  const cost = journeyCost({
    phases,
    channels,
    cells: cells.data,
    customerTypeId: lens.kind === 'customerType' ? lens.id : null,
    roleContacts: data.data.roleContacts,
    overrides: data.data.overrides,
  });
  const missing = channels.filter((c) => cost.missingCost.includes(c.id)).map((c) => c.name);
  // Never a total of 0.00 that reads like a free journey: say what is missing.
  const priced = costOutcome(cost);
  const money = (value: number) => (priced.ok ? formats.money(value) : '–');
  const { notes, cell } = noteTaker(t('ui.deliverables.economics.notAvailable'), (o) => whyText(t, o.why, formats.percent));
  const rows = valueRows(catalog, data.data, cells.data, lens).map((row) => ({
    id: row.id,
    name: row.name,
    cells: [cell(row.cost, formats.money), cell(row.kw, formats.money), cell(row.clv, formats.money), cell(row.nps, formats.number)],
  }));
  const e = (key: KeysUnder<'ui.deliverables.economics'>) => t(`ui.deliverables.economics.${key}`);
  const p = (key: KeysUnder<'ui.present.economicsSlide'>) => t(`ui.present.economicsSlide.${key}`);
  return (
    <>
      <Block keep>
        <h3>{t('ui.deliverables.deck.costHeading')}</h3>
      </Block>
      <Block>
        {!priced.ok && priced.why.kind === 'noContacts' ? (
          <p>{p('noContacts')}</p>
        ) : (
          <table className="report__economics">
            <thead>
              <tr>
                <th scope="col">{p('phase')}</th>
                <th scope="col">{p('contacts')}</th>
                <th scope="col">{p('cost')}</th>
              </tr>
            </thead>
            <tbody>
              {cost.phases.map((row, i) => (
                <tr key={row.phaseId} className={cost.mostExpensive.includes(row.phaseId) ? 'report__peak' : undefined}>
                  <th scope="row">{phases[i]?.name}</th>
                  <td className="report__num">{formats.number(row.contacts)}</td>
                  <td className="report__num">{money(row.cost)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{p('total')}</th>
                <td className="report__num">{formats.number(cost.contacts)}</td>
                <td className="report__num">{money(cost.total)}</td>
              </tr>
            </tfoot>
          </table>
        )}
        {!priced.ok && priced.why.kind === 'noCosts' && <p className="report__note">{p('noCosts')}</p>}
        {priced.ok && missing.length > 0 && <p className="report__note">{t('ui.present.economicsSlide.missing', { channels: missing.join(', ') })}</p>}
      </Block>
      <Block keep>
        <h3>{t('ui.deliverables.deck.valueHeading')}</h3>
      </Block>
      <Block>
        {rows.length === 0 ? (
          <p>{t('ui.deliverables.deck.noCustomerTypes')}</p>
        ) : (
          <table className="report__economics report__value">
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
                  {row.cells.map((c, i) => (
                    <ValueCell key={i} cell={c} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {notes.map((text, i) => (
          <p key={i} className="report__note">
            <sup className="report__mark">{i + 1}</sup> {text}
          </p>
        ))}
      </Block>
      {formulas && <Formulas roleContacts={ROLES.map((r) => `${t(`ui.deliverables.roles.${r}`)} ${formats.number(data.data!.roleContacts[r])}`).join(', ')} />}
    </>
  );
}

function Formulas({ roleContacts }: { roleContacts: string }) {
  const { t } = useTranslation();
  const e = (key: KeysUnder<'ui.deliverables.economics'>) => t(`ui.deliverables.economics.${key}`);
  return (
    <>
      <Block keep>
        <h3>{t('ui.deliverables.report.formulas')}</h3>
      </Block>
      <Block>
        <dl className="report__formulas">
          <dt>{t('ui.deliverables.sheets.costToServe')}</dt>
          <dd>
            <code>{e('costFormula')}</code>
            <div>{t('ui.deliverables.report.roleContacts', { contacts: roleContacts })}</div>
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
      </Block>
    </>
  );
}
