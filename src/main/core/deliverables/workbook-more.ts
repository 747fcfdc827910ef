import type { JourneyDetail } from '@shared/domain/journeys';
import type { KeysUnder } from '@shared/i18n/keys';
import type { Catalog, Role } from '@shared/domain/types';
import type { VoteResults, VoteSession } from '@shared/domain/workshop';
import {
  customerValue,
  journeyCost,
  lifetimeValue,
  netPromoterScore,
  type EconomicsData,
  type Outcome,
} from '@shared/analysis/economics';
import type { ExportValue } from '@shared/matrix-io/export-rows';
import type { MatrixCell } from '@shared/domain/types';
import type { XlsxSheetSpec } from '../matrix-io/xlsx-write';
import type { SheetText } from './sheet-text';

export type Sheet = Omit<XlsxSheetSpec, 'name'> & { title: string };

const nameIn = (items: readonly { id: string; name: string }[], id: string | null): string | undefined =>
  id === null ? undefined : items.find((i) => i.id === id)?.name;

/** Journeys (one row each) and their steps (one row per step, in reading order). */
export function journeySheets(catalog: Catalog, details: readonly JourneyDetail[], s: SheetText): Sheet[] {
  const { t } = s;
  const journeys: Sheet = {
    title: t('ui.deliverables.sheets.journeys'),
    grid: false,
    rows: [
      (['name', 'scenario', 'customerType', 'typology', 'productDomain', 'steps', 'description'] as const).map(s.col),
      ...details.map(({ journey: j, steps }) => [
        s.text(j.name),
        s.text(nameIn(catalog.scenarios, j.scenarioId)),
        s.text(nameIn(catalog.customerTypes, j.customerTypeId)),
        s.text(nameIn(catalog.typologies, j.typologyId)),
        s.text(nameIn(catalog.productDomains, j.productDomainId)),
        steps.length,
        s.text(j.description),
      ]),
    ],
  };
  const header = ['journey', 'order', 'phase', 'channel', 'title', 'does', 'thinks', 'feels', 'emotion', 'painPoints', 'opportunities', 'momentOfTruth', 'owner', 'kpi', 'evidence'] as const;
  const steps: Sheet = {
    title: t('ui.deliverables.sheets.steps'),
    grid: false,
    rows: [
      header.map(s.col),
      ...details.flatMap(({ journey, steps: list }) =>
        list.map((step, i): ExportValue[] => [
          s.text(journey.name),
          i + 1,
          s.text(nameIn(catalog.phases, step.phaseId)),
          s.text(nameIn(catalog.channels, step.channelId)),
          s.text(step.title),
          s.text(step.does),
          s.text(step.thinks),
          s.text(step.feels),
          step.emotion,
          s.text(step.painPoints),
          s.text(step.opportunities),
          s.yesNo(step.momentOfTruth),
          s.text(step.owner),
          s.text(step.kpi),
          step.evidence === null ? null : s.text(t(`ui.matrix.evidence.${step.evidence}`, { defaultValue: step.evidence })),
        ]),
      ),
    ],
  };
  return [journeys, steps];
}

/** Every vote with its totals; a vote whose totals were never revealed is listed without them. */
export function voteSheet(votes: readonly { session: VoteSession; results: VoteResults | null }[], s: SheetText): Sheet {
  const { t } = s;
  const rows: ExportValue[][] = [(['vote', 'status', 'dotsPerParticipant', 'item', 'dots', 'voters'] as const).map(s.col)];
  for (const { session, results } of votes) {
    const status = t(`ui.deliverables.voteStatus.${session.status}`);
    if (!results) {
      rows.push([s.text(session.title), status, session.dotsPerParticipant, s.text(t('ui.deliverables.voteStatus.hidden')), null, null]);
      continue;
    }
    for (const total of results.totals) rows.push([s.text(session.title), status, session.dotsPerParticipant, s.text(total.label), total.dots, total.voters]);
  }
  return { title: t('ui.deliverables.sheets.votes'), grid: false, rows };
}

const outcome = (result: Outcome<number>, s: SheetText): ExportValue => (result.ok ? result.value : s.text(s.t('ui.deliverables.economics.notAvailable')));

/** The economics inputs per customer type and what they give, with the formulas spelled out as text. */
export function economicsSheet(catalog: Catalog, data: EconomicsData, s: SheetText): Sheet {
  const { t } = s;
  const e = (key: KeysUnder<'ui.deliverables.economics'>) => s.text(t(`ui.deliverables.economics.${key}`));
  const rows: ExportValue[][] = [[e('roleContacts'), s.col('contacts')]];
  for (const role of [0, 1, 2, 3] as Role[]) rows.push([s.text(t(`ui.deliverables.roles.${role}`)), data.roleContacts[role]]);
  rows.push([], [e('inputs')]);
  // Each table of this sheet starts with a header row; the printout sets them bold and short.
  const headerRows = [rows.length];
  const fields = ['transactions', 'purchasesPerTransaction', 'price', 'acquisitionCost', 'yearlyMargin', 'retention', 'discountRate', 'horizonYears', 'promoters', 'passives', 'detractors'] as const;
  const money: ReadonlySet<string> = new Set(['price', 'acquisitionCost', 'yearlyMargin']);
  rows.push([s.col('customerType'), ...fields.map(e), e('npsMode'), e('customerValue'), e('lifetimeValue'), e('nps')]);
  for (const inputs of data.customerTypes) {
    const kw = customerValue(inputs);
    const nps = netPromoterScore(inputs);
    rows.push([
      s.text(nameIn(catalog.customerTypes, inputs.customerTypeId)),
      ...fields.map((f) => s.num(inputs[f])),
      inputs.npsMode,
      outcome(kw.ok ? { ok: true, value: kw.value.value } : kw, s),
      outcome(lifetimeValue(inputs), s),
      outcome(nps.ok ? { ok: true, value: nps.value.score } : nps, s),
    ]);
  }
  rows.push([]);
  headerRows.push(rows.length);
  rows.push([s.col('measure'), s.col('formula')]);
  const formulas: [string, KeysUnder<'ui.deliverables.economics'>][] = [
    [t('ui.deliverables.economics.customerValue'), 'kwFormula'],
    [t('ui.deliverables.economics.lifetimeValue'), 'clvFormula'],
    [t('ui.deliverables.economics.nps'), 'npsFormula'],
    [t('ui.deliverables.sheets.costToServe'), 'costFormula'],
  ];
  for (const [measure, formula] of formulas) rows.push([s.text(measure), e(formula)]);
  // Inputs in money, then customer value and lifetime value (after the type, the fields and the NPS mode); the tables above
  // and below use only the first two columns.
  const moneyColumns = [...fields.flatMap((f, i) => (money.has(f) ? [i + 1] : [])), fields.length + 2, fields.length + 3];
  return { title: t('ui.deliverables.sheets.economics'), grid: false, rows, headerRows, moneyColumns };
}

/** Cost to serve per scenario and customer type (all customers first), with contacts and cost per phase. */
export function costSheet(
  catalog: Catalog,
  perScenario: readonly { scenarioId: string; data: EconomicsData; cells: readonly MatrixCell[] }[],
  s: SheetText,
): Sheet {
  const { t } = s;
  const phases = catalog.phases.filter((p) => !p.hidden);
  const channels = catalog.channels.filter((c) => !c.hidden);
  const rows: ExportValue[][] = [
    [s.col('scenario'), s.col('customerType'), ...phases.map((p) => s.text(p.name)), s.col('contacts'), s.col('cost')],
  ];
  const lenses: { id: string | null; name: string }[] = [
    { id: null, name: t('ui.deliverables.economics.allCustomers') },
    ...catalog.customerTypes.filter((c) => !c.hidden).map((c) => ({ id: c.id, name: c.name })),
  ];
  for (const { scenarioId, data, cells } of perScenario) {
    for (const lens of lenses) {
      const cost = journeyCost({ phases, channels, cells, customerTypeId: lens.id, roleContacts: data.roleContacts, overrides: data.overrides });
      rows.push([s.text(nameIn(catalog.scenarios, scenarioId)), s.text(lens.name), ...cost.phases.map((p) => p.cost), cost.contacts, cost.total]);
    }
  }
  // The cost per phase and the total are money; the contacts column between them is not.
  const moneyColumns = [...phases.map((_, i) => i + 2), phases.length + 3];
  return { title: t('ui.deliverables.sheets.costToServe'), grid: false, rows, moneyColumns };
}
