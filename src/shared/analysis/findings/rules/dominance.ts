/**
 * Too much attention on one medium: one channel carries more than a set share
 * of the role weight (the sum of roles: supporting 1, important 2, lead 3),
 * over the whole matrix or within one phase. A channel must also carry more
 * than an equal share of the channels in play: two channels at 50% each are
 * balanced, not dominated, and a phase only one channel serves is thin (the
 * coverage rules speak of it), not dominated.
 */
import type { FindingRule } from '../types';
import { activeInPhase, makeFinding, percent, roleAt } from './shared';

export const dominanceRules: FindingRule = {
  family: 'dominance',
  rules: ['dominance.overall', 'dominance.phase'],
  scope: 'generic',
  run(ctx, view) {
    // One channel always has all the weight: that is the set-up, not a finding.
    if (ctx.channels.length < 2) return [];
    const { dominantShareOverall, dominantSharePhase } = ctx.thresholds;
    const findings = [];
    const perChannel = new Float64Array(ctx.channels.length);
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
        const phase = ctx.phases[p]!;
        const channel = ctx.channels[c]!;
        findings.push(
          makeFinding(ctx, view, {
            family: 'dominance',
            rule: 'dominance.phase',
            severity: 'attention',
            subject: `${phase.id}|${channel.id}`,
            cells: [ctx.cell(p, c)],
            params: { channel: channel.name, phase: phase.name, share: percent(share), threshold: dominantSharePhase },
          }),
        );
      }
    }
    if (total === 0) return findings;
    const inPlay = perChannel.filter((w) => w > 0).length;
    const overall = ctx.channels.flatMap((channel, c) => {
      const share = perChannel[c]! / total;
      if (share * 100 <= dominantShareOverall || share <= 1 / inPlay) return [];
      const cells = ctx.phases.flatMap((_, p) => (roleAt(ctx, view, p, c) > 0 ? [ctx.cell(p, c)] : []));
      return [
        makeFinding(ctx, view, {
          family: 'dominance',
          rule: 'dominance.overall',
          severity: 'attention',
          subject: channel.id,
          cells,
          params: { channel: channel.name, share: percent(share), threshold: dominantShareOverall },
        }),
      ];
    });
    return [...overall, ...findings];
  },
};
