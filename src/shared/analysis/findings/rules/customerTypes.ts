/**
 * Contact preferences against the matrix, in each customer type's lens: the
 * channels a type prefers should serve every phase between them, and a
 * channel it refuses should not lead any phase for it.
 */
import type { Finding, FindingRule } from '../types';
import { channelNames, makeFinding, roleAt } from './shared';

export const customerTypeRules: FindingRule = {
  family: 'customerTypes',
  rules: ['customerType.preferredMissing', 'customerType.refusedLeads'],
  scope: 'customerType',
  run(ctx, view) {
    const type = ctx.customerTypes.find((t) => view.lens.kind === 'customerType' && t.id === view.lens.id);
    if (!type) return [];
    const indexOf = new Map(ctx.channels.map((c, i) => [c.id, i]));
    const pick = (ids: readonly string[]) => ids.flatMap((id) => (indexOf.has(id) ? [indexOf.get(id)!] : [])).sort((a, b) => a - b);
    const preferred = pick(type.preferredChannelIds);
    const refused = pick(type.refusedChannelIds);
    const findings: Finding[] = [];

    const missing = ctx.phases.flatMap((_, p) => (preferred.length > 0 && preferred.every((c) => roleAt(ctx, view, p, c) === 0) ? [p] : []));
    if (missing.length > 0) {
      findings.push(
        makeFinding(ctx, view, {
          family: 'customerTypes',
          rule: 'customerType.preferredMissing',
          severity: 'warning',
          subject: type.id,
          cells: missing.flatMap((p) => preferred.map((c) => ctx.cell(p, c))),
          params: {
            customerType: type.name,
            channels: channelNames(ctx, preferred),
            phases: missing.map((p) => ctx.phases[p]!.name),
            count: missing.length,
          },
        }),
      );
    }

    for (const c of refused) {
      const leads = ctx.phases.flatMap((_, p) => (roleAt(ctx, view, p, c) === 3 ? [p] : []));
      if (leads.length === 0) continue;
      const channel = ctx.channels[c]!;
      findings.push(
        makeFinding(ctx, view, {
          family: 'customerTypes',
          rule: 'customerType.refusedLeads',
          severity: 'warning',
          subject: `${type.id}|${channel.id}`,
          cells: leads.map((p) => ctx.cell(p, c)),
          params: { customerType: type.name, channel: channel.name, phases: leads.map((p) => ctx.phases[p]!.name), count: leads.length },
        }),
      );
    }
    return findings;
  },
};
