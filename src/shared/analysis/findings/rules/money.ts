/**
 * Money: what the cost-to-serve figures say, from the expected contacts and
 * the user's own costs per contact.
 * - money.supportingCost: a channel that only supports a phase yet makes up a
 *   large share of the phase's cost (while other channels carry the phase);
 * - money.journeyShare: one channel makes up most of the cost of a journey;
 * - money.costChange: compared with the baseline, a journey costs noticeably
 *   more or less, with the channels that drive the change (and, when customer
 *   types have shares, the change weighted over them);
 * - money.missingCost: channels with expected contacts but no cost per contact,
 *   left out of the figures above.
 * Said for all customers, and for a customer type only where its own figures
 * say something the all-customers figures do not. Nothing at all when no
 * channel has a cost per contact.
 */
import type { JourneyCost } from '../../economics/journey-cost';
import type { AnalysisContext } from '../context';
import type { CellRef, Finding, LensView } from '../types';
import type { FindingRule } from '../context';
import { makeFinding, percent, problemOf, roleAt } from './shared';

const FAMILY = 'money';
/** A driver must explain at least this part of a cost change to be named. */
const DRIVER_SHARE = 0.1;
const MAX_DRIVERS = 3;

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Each visible channel's cost over the whole journey, by channel index. */
function costByChannel(ctx: AnalysisContext, cost: JourneyCost): Float64Array {
  const sums = new Float64Array(ctx.channels.length);
  for (const phase of cost.phases)
    for (const cell of phase.cells) {
      const c = ctx.channelIndexOf(cell.channelId);
      if (c >= 0 && cell.cost !== null) sums[c] = sums[c]! + cell.cost;
    }
  return sums;
}

function supportingCost(ctx: AnalysisContext, view: LensView, cost: JourneyCost): Finding[] {
  const limit = ctx.thresholds.supportingCostShare / 100;
  const findings: Finding[] = [];
  cost.phases.forEach((phase, p) => {
    if (phase.cost <= 0) return;
    const carried = ctx.channels.some((_, c) => roleAt(ctx, view, p, c) >= 2);
    // A phase served by supporting channels only has nothing else to spend on.
    if (!carried) return;
    for (const cell of phase.cells) {
      const c = ctx.channelIndexOf(cell.channelId);
      if (c < 0 || cell.cost === null || roleAt(ctx, view, p, c) !== 1 || cell.cost / phase.cost < limit) continue;
      const channel = ctx.channels[c]!;
      findings.push(
        makeFinding(ctx, view, {
          family: FAMILY,
          rule: 'money.supportingCost',
          severity: 'attention',
          subject: `${phase.phaseId}|${channel.id}`,
          cells: [{ phaseId: phase.phaseId, channelId: channel.id }],
          params: {
            phase: ctx.phases[p]!.name,
            channel: channel.name,
            share: percent(cell.cost / phase.cost),
            contacts: round2(cell.contacts),
            costPerContact: { money: channel.costPerContact ?? 0 },
            cost: { money: cell.cost },
            phaseCost: { money: phase.cost },
          },
        }),
      );
    }
  });
  return findings;
}

function journeyShare(ctx: AnalysisContext, view: LensView, cost: JourneyCost): Finding[] {
  if (cost.total <= 0) return [];
  const sums = costByChannel(ctx, cost);
  const paying = sums.filter((s) => s > 0).length;
  // One channel with a cost is trivially all of it.
  if (paying < 2) return [];
  const limit = ctx.thresholds.journeyCostShare / 100;
  const findings: Finding[] = [];
  sums.forEach((sum, c) => {
    if (sum / cost.total < limit) return;
    const channel = ctx.channels[c]!;
    const cells: CellRef[] = cost.phases.flatMap((phase) => phase.cells.filter((cell) => cell.channelId === channel.id).map((cell) => ({ phaseId: cell.phaseId, channelId: cell.channelId })));
    const contacts = cost.phases.reduce((total, phase) => total + phase.cells.filter((cell) => cell.channelId === channel.id).reduce((n, cell) => n + cell.contacts, 0), 0);
    findings.push(
      makeFinding(ctx, view, {
        family: FAMILY,
        rule: 'money.journeyShare',
        severity: 'attention',
        subject: channel.id,
        cells,
        params: {
          channel: channel.name,
          share: percent(sum / cost.total),
          contacts: round2(contacts),
          costPerContact: { money: channel.costPerContact ?? 0 },
          cost: { money: sum },
          total: { money: cost.total },
        },
      }),
    );
  });
  return findings;
}

function missingCost(ctx: AnalysisContext, view: LensView, cost: JourneyCost): Finding[] {
  if (cost.missingCost.length === 0) return [];
  const names = cost.missingCost.map((id) => ctx.channels.find((c) => c.id === id)!.name);
  return [
    makeFinding(ctx, view, {
      family: FAMILY,
      rule: 'money.missingCost',
      severity: 'info',
      subject: cost.missingCost.join(','),
      cells: [],
      params: { channels: names, count: names.length },
    }),
  ];
}

/** The cost of a journey averaged over the customer types by their share; null when no type has a share. */
function weightedCost(ctx: AnalysisContext): number | null {
  let weight = 0;
  let sum = 0;
  for (const type of ctx.customerTypes) {
    const share = type.share ?? 0;
    const cost = share > 0 ? ctx.journeyCost(type.id) : null;
    if (!cost) continue;
    weight += share;
    sum += share * cost.total;
  }
  return weight > 0 ? sum / weight : null;
}

function costChange(ctx: AnalysisContext, view: LensView): Finding[] {
  const before = ctx.baselineContext();
  const from = before?.journeyCost(null);
  const to = ctx.journeyCost(null);
  if (!before || !from || !to || (from.total <= 0 && to.total <= 0)) return [];
  const delta = to.total - from.total;
  const relative = from.total > 0 ? delta / from.total : Infinity;
  if (Math.abs(relative) * 100 < ctx.thresholds.costChangeShare) return [];
  const was = costByChannel(before, from);
  const now = costByChannel(ctx, to);
  const drivers = ctx.channels
    .map((channel, c) => ({ name: channel.name, money: round2(now[c]! - was[c]!) }))
    .filter((d) => Math.abs(d.money) >= Math.abs(delta) * DRIVER_SHARE && Math.sign(d.money) === Math.sign(delta))
    .sort((a, b) => Math.abs(b.money) - Math.abs(a.money))
    .slice(0, MAX_DRIVERS);
  const weightedFrom = weightedCost(before);
  const weightedTo = weightedCost(ctx);
  const weighted = weightedFrom !== null && weightedTo !== null && (round2(weightedFrom) !== round2(from.total) || round2(weightedTo) !== round2(to.total));
  const fromName = ctx.catalog.scenarios.find((s) => s.id === before.scenarioId)?.name ?? '';
  const toName = ctx.catalog.scenarios.find((s) => s.id === ctx.scenarioId)?.name ?? '';
  const finding = makeFinding(ctx, view, {
    family: FAMILY,
    rule: 'money.costChange',
    severity: delta > 0 ? 'attention' : 'info',
    subject: before.scenarioId,
    cells: [],
    messageKey: `money.${delta > 0 ? 'costRises' : 'costFalls'}${weighted ? 'Weighted' : ''}${drivers.length > 0 ? '' : 'NoDrivers'}`,
    params: {
      from: fromName,
      to: toName,
      fromCost: { money: from.total },
      toCost: { money: to.total },
      change: Number.isFinite(relative) ? Math.round(Math.abs(relative) * 1000) / 10 : 100,
      difference: { money: delta, signed: true },
      drivers: { moneyList: drivers },
      ...(weighted ? { weightedFrom: { money: weightedFrom }, weightedTo: { money: weightedTo } } : {}),
    },
  });
  return [{ ...finding, baselineId: before.scenarioId }];
}

export const moneyRules: FindingRule = {
  family: FAMILY,
  rules: ['money.costChange', 'money.supportingCost', 'money.journeyShare', 'money.missingCost'],
  scope: 'scenario',
  run(ctx, all) {
    const overall = ctx.journeyCost(null);
    if (!overall) return [];
    const findings = [...costChange(ctx, all), ...supportingCost(ctx, all, overall), ...journeyShare(ctx, all, overall)];
    const said = new Set(findings.map(problemOf));
    for (const type of ctx.customerTypes) {
      if (!ctx.hasOwnCosts(type.id)) continue;
      const view = ctx.view({ kind: 'customerType', id: type.id });
      const cost = ctx.journeyCost(type.id)!;
      for (const f of [...supportingCost(ctx, view, cost), ...journeyShare(ctx, view, cost)]) {
        if (!said.has(problemOf(f))) findings.push(f);
      }
    }
    return [...findings, ...missingCost(ctx, all, overall)];
  },
};
