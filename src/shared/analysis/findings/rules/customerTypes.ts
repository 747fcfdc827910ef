/**
 * Contact preferences against the matrix, in each customer type's lens: the
 * channels a type prefers should serve every phase between them, and a
 * channel it refuses should not carry any phase for it (a role at or above the
 * carrying role, 2 "important" by default; in the type's lens, where cells the
 * type does not set are inherited from all customers). A refused channel that
 * leads is a warning (customerType.refusedLeads, naming also the phases where
 * it is important); one that is only important is worth a look
 * (customerType.refusedImportant).
 */
import type { Finding } from '../types';
import type { FindingRule } from '../context';
import { channelNames, makeFinding, roleAt } from './shared';

export const customerTypeRules: FindingRule = {
  family: 'customerTypes',
  rules: ['customerType.preferredMissing', 'customerType.refusedLeads', 'customerType.refusedImportant'],
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

    const { carryingRole } = ctx.thresholds;
    for (const c of refused) {
      const leads: number[] = [];
      const important: number[] = [];
      ctx.phases.forEach((_, p) => {
        const role = roleAt(ctx, view, p, c);
        if (role === 3) leads.push(p);
        else if (role >= carryingRole) important.push(p);
      });
      if (leads.length + important.length === 0) continue;
      const channel = ctx.channels[c]!;
      const names = (ps: readonly number[]) => ps.map((p) => ctx.phases[p]!.name);
      const rule = leads.length > 0 ? 'customerType.refusedLeads' : 'customerType.refusedImportant';
      findings.push(
        makeFinding(ctx, view, {
          family: 'customerTypes',
          rule,
          severity: leads.length > 0 ? 'warning' : 'attention',
          subject: `${type.id}|${channel.id}`,
          cells: [...leads, ...important].sort((a, b) => a - b).map((p) => ctx.cell(p, c)),
          params:
            leads.length > 0
              ? { customerType: type.name, channel: channel.name, phases: names(leads), count: leads.length, alsoImportant: names(important) }
              : { customerType: type.name, channel: channel.name, phases: names(important), count: important.length },
          messageKey: leads.length > 0 && important.length > 0 ? 'customerType.refusedLeadsAndImportant' : rule,
        }),
      );
    }
    return findings;
  },
};
