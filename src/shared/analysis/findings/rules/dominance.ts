/**
 * Too much attention on one medium: one channel carries more than a set share
 * of the role weight (the sum of roles: supporting 1, important 2, lead 3),
 * over the whole matrix or within one phase. A channel must also carry more
 * than an equal share of the channels in play: two channels at 50% each are
 * balanced, not dominated, and a phase only one channel serves is thin (the
 * coverage rules speak of it), not dominated.
 *
 * One over-concentrated channel is one finding: when it is over the limit for
 * the whole matrix, the phases where it is also over the phase limit are
 * listed in that finding (dominance.overall); otherwise the phases where it is
 * over the phase limit make one finding for the channel (dominance.phase).
 */
import type { CellRef, Finding } from '../types';
import type { FindingRule } from '../context';
import { activeInPhase, makeFinding, percent, roleAt } from './shared';

export const dominanceRules: FindingRule = {
  family: 'dominance',
  rules: ['dominance.overall', 'dominance.phase'],
  scope: 'generic',
  run(ctx, view) {
    // One channel always has all the weight: that is the set-up, not a finding.
    if (ctx.channels.length < 2) return [];
    const { dominantShareOverall, dominantSharePhase } = ctx.thresholds;
    const perChannel = new Float64Array(ctx.channels.length);
    /** Per channel, the phases it is over the phase limit in, with its highest share there. */
    const phasesOver: { phases: number[]; top: number }[] = ctx.channels.map(() => ({ phases: [], top: 0 }));
    let total = 0;
    for (let p = 0; p < ctx.phases.length; p++) {
      let phaseTotal = 0;
      for (let c = 0; c < ctx.channels.length; c++) {
        const role = roleAt(ctx, view, p, c);
        perChannel[c]! += role;
        phaseTotal += role;
      }
      total += phaseTotal;
      if (phaseTotal === 0) continue;
      const active = activeInPhase(ctx, view, p);
      for (const c of active) {
        const share = roleAt(ctx, view, p, c) / phaseTotal;
        if (share * 100 <= dominantSharePhase || share <= 1 / active.length) continue;
        const over = phasesOver[c]!;
        over.phases.push(p);
        over.top = Math.max(over.top, share);
      }
    }
    if (total === 0) return [];
    const inPlay = perChannel.filter((w) => w > 0).length;
    const overall: Finding[] = [];
    const inPhases: Finding[] = [];
    ctx.channels.forEach((channel, c) => {
      const share = perChannel[c]! / total;
      const over = phasesOver[c]!;
      const phaseNames = over.phases.map((p) => ctx.phases[p]!.name);
      if (share * 100 > dominantShareOverall && share > 1 / inPlay) {
        const cells: CellRef[] = ctx.phases.flatMap((_, p) => (roleAt(ctx, view, p, c) > 0 ? [ctx.cell(p, c)] : []));
        overall.push(
          makeFinding(ctx, view, {
            family: 'dominance',
            rule: 'dominance.overall',
            severity: 'attention',
            subject: channel.id,
            cells,
            params: {
              channel: channel.name,
              share: percent(share),
              threshold: dominantShareOverall,
              phases: phaseNames,
              count: phaseNames.length,
              phaseThreshold: dominantSharePhase,
            },
            messageKey: phaseNames.length > 0 ? 'dominance.overallAndPhases' : 'dominance.overall',
          }),
        );
        return;
      }
      if (over.phases.length === 0) return;
      inPhases.push(
        makeFinding(ctx, view, {
          family: 'dominance',
          rule: 'dominance.phase',
          severity: 'attention',
          subject: channel.id,
          cells: over.phases.map((p) => ctx.cell(p, c)),
          params: { channel: channel.name, phases: phaseNames, count: phaseNames.length, share: percent(over.top), threshold: dominantSharePhase },
        }),
      );
    });
    return [...overall, ...inPhases];
  },
};
