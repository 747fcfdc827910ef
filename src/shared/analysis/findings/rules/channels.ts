/**
 * Channels: one that plays no role anywhere (cost without use), one that
 * leads every phase (everything rests on it) and one that leads all phases
 * but a few (the leadsAllButPhases threshold, one by default; it must still
 * lead more than half of them).
 *
 * Compared with a baseline, a channel that had a role there (in the same lens)
 * and has none now is retired by the change: the scenario comparison says so,
 * and it is no "cost without use" warning.
 */
import type { FindingRule } from '../context';
import { makeFinding, playsARole, roleAt } from './shared';

export const channelRules: FindingRule = {
  family: 'channels',
  rules: ['channel.unused', 'channel.leadsEverywhere', 'channel.leadsNearlyEverywhere'],
  scope: 'generic',
  run(ctx, view) {
    if (ctx.phases.length === 0) return [];
    const phases = ctx.phases.map((_, p) => p);
    /** Whether channel c had a role in the baseline, in this lens (the baseline is looked at only when needed). */
    const hadRole = (c: number): boolean => {
      const before = ctx.baselineContext();
      return before !== null && playsARole(before, before.view(view.lens), c);
    };
    return ctx.channels.flatMap((channel, c) => {
      const column = phases.map((p) => ({ p, role: roleAt(ctx, view, p, c) }));
      const cellsOf = (ps: readonly number[]) => ps.map((p) => ctx.cell(p, c));
      if (column.every((x) => x.role === 0)) {
        if (hadRole(c)) return [];
        return [
          makeFinding(ctx, view, {
            family: 'channels',
            rule: 'channel.unused',
            severity: 'warning',
            subject: channel.id,
            cells: cellsOf(phases),
            params: { channel: channel.name },
          }),
        ];
      }
      // Leading the only phase, or being the only channel, is not a pattern worth flagging.
      if (ctx.phases.length < 2 || ctx.channels.length < 2) return [];
      const notLed = column.filter((x) => x.role !== 3).map((x) => x.p);
      if (notLed.length === 0) {
        return [
          makeFinding(ctx, view, {
            family: 'channels',
            rule: 'channel.leadsEverywhere',
            severity: 'attention',
            subject: channel.id,
            cells: cellsOf(phases),
            params: { channel: channel.name, count: phases.length },
          }),
        ];
      }
      const led = phases.length - notLed.length;
      if (notLed.length > ctx.thresholds.leadsAllButPhases || led * 2 <= phases.length) return [];
      return [
        makeFinding(ctx, view, {
          family: 'channels',
          rule: 'channel.leadsNearlyEverywhere',
          severity: 'attention',
          subject: channel.id,
          cells: cellsOf(column.filter((x) => x.role === 3).map((x) => x.p)),
          params: { channel: channel.name, count: led, total: phases.length, phases: notLed.map((p) => ctx.phases[p]!.name) },
        }),
      ];
    });
  },
};
