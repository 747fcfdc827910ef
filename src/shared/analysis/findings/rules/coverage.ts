/**
 * Phases: one that nothing serves at all (a gap in the customer's path) and
 * one where channels help but none leads (nobody owns the phase).
 */
import type { FindingRule } from '../context';
import { activeInPhase, cellsInPhase, channelNames, makeFinding, roleAt } from './shared';

export const coverageRules: FindingRule = {
  family: 'coverage',
  rules: ['phase.unserved', 'phase.noLead'],
  scope: 'generic',
  run(ctx, view) {
    // Without channels there is no matrix yet, so nothing to say about its phases.
    if (ctx.channels.length === 0) return [];
    const all = ctx.channels.map((_, c) => c);
    return ctx.phases.flatMap((phase, p) => {
      const active = activeInPhase(ctx, view, p);
      if (active.length === 0) {
        return [
          makeFinding(ctx, view, {
            family: 'coverage',
            rule: 'phase.unserved',
            severity: 'warning',
            subject: phase.id,
            cells: cellsInPhase(ctx, p, all),
            params: { phase: phase.name },
          }),
        ];
      }
      if (active.some((c) => roleAt(ctx, view, p, c) === 3)) return [];
      return [
        makeFinding(ctx, view, {
          family: 'coverage',
          rule: 'phase.noLead',
          severity: 'attention',
          subject: phase.id,
          cells: cellsInPhase(ctx, p, active),
          params: { phase: phase.name, channels: channelNames(ctx, active) },
        }),
      ];
    });
  },
};
