/**
 * Channels: one that plays no role anywhere (cost without use) and one that
 * leads every phase (everything rests on it).
 */
import type { FindingRule } from '../types';
import { makeFinding, roleAt } from './shared';

export const channelRules: FindingRule = {
  family: 'channels',
  rules: ['channel.unused', 'channel.leadsEverywhere'],
  scope: 'generic',
  run(ctx, view) {
    if (ctx.phases.length === 0) return [];
    const phases = ctx.phases.map((_, p) => p);
    return ctx.channels.flatMap((channel, c) => {
      const column = phases.map((p) => ({ p, role: roleAt(ctx, view, p, c) }));
      const cellsOf = (ps: readonly number[]) => ps.map((p) => ctx.cell(p, c));
      if (column.every((x) => x.role === 0)) {
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
      if (ctx.phases.length < 2 || ctx.channels.length < 2 || column.some((x) => x.role !== 3)) return [];
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
    });
  },
};
