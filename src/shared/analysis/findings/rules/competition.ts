/**
 * Channels that compete: two or more lead the same phase (in the same lens)
 * and none of their cells says how they divide it. A note on a lead cell
 * counts as saying so; the threshold sets how many silent leads it takes.
 */
import type { FindingRule } from '../context';
import { cellsInPhase, channelNames, makeFinding, roleAt } from './shared';

export const competitionRules: FindingRule = {
  family: 'competition',
  rules: ['competition.leads'],
  scope: 'generic',
  run(ctx, view) {
    const width = ctx.channels.length;
    return ctx.phases.flatMap((phase, p) => {
      const silent: number[] = [];
      for (let c = 0; c < width; c++) if (roleAt(ctx, view, p, c) === 3 && view.notes[p * width + c] === 0) silent.push(c);
      if (silent.length < ctx.thresholds.competingLeads) return [];
      return [
        makeFinding(ctx, view, {
          family: 'competition',
          rule: 'competition.leads',
          severity: 'attention',
          subject: phase.id,
          cells: cellsInPhase(ctx, p, silent),
          params: { phase: phase.name, channels: channelNames(ctx, silent), count: silent.length },
        }),
      ];
    });
  },
};
