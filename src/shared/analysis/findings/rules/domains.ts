/**
 * Product domains against the matrix, in each domain's lens: the advise and
 * transact phases must rest on at least one channel that can carry them for
 * that kind of product (DOMAIN_NEEDS in capabilities.ts), e.g. see/feel
 * products need sensory contact. A phase nothing serves is left to the
 * coverage rules.
 *
 * Only the domains that matter to this business are checked: the main domain
 * and the domains in use (see AnalysisContext.isDomainRelevant). A bank whose
 * main domain is services hears nothing about see/feel products it merely
 * lists.
 */
import { DOMAIN_NEEDS, hasCapability } from '../capabilities';
import type { FindingRule } from '../context';
import { carriersOf, cellsInPhase, channelNames, makeFinding } from './shared';

const PHASES = ['advise', 'transact'] as const;

export const domainRules: FindingRule = {
  family: 'domains',
  rules: ['domain.cannotCarry'],
  scope: 'productDomain',
  run(ctx, view) {
    const domain = ctx.productDomains.find((d) => view.lens.kind === 'productDomain' && d.id === view.lens.id);
    if (!domain?.domainType || !ctx.isDomainRelevant(domain)) return [];
    const needs = DOMAIN_NEEDS[domain.domainType];
    return PHASES.flatMap((key) => {
      const p = ctx.phaseIndexByKey(key);
      if (p < 0) return [];
      const carriers = carriersOf(ctx, view, p);
      const need = needs[key];
      if (carriers.length === 0 || carriers.some((c) => hasCapability(ctx.channels[c]!, need))) return [];
      const phase = ctx.phases[p]!;
      return [
        makeFinding(ctx, view, {
          family: 'domains',
          rule: 'domain.cannotCarry',
          severity: 'warning',
          subject: `${domain.id}|${phase.id}`,
          cells: cellsInPhase(ctx, p, carriers),
          params: { domain: domain.name, phase: phase.name, channels: channelNames(ctx, carriers) },
          messageKey: `domain.needs.${need}`,
        }),
      ];
    });
  },
};
