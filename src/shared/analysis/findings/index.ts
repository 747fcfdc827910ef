/**
 * The Findings list: every rule family run over one scenario. Pure and fast
 * (the 60 x 12 x 40-lens benchmark workspace takes a few milliseconds), so the
 * renderer computes it from data it already has.
 */
import { AnalysisContext, type FindingRule } from './context';
import { findingRules } from './registry';
import { problemOf } from './rules/shared';
import { SEVERITIES, type Finding, type FindingsInput } from './types';

export { AnalysisContext, type FindingRule } from './context';
export { findingRules, registerFindingRule, allRuleIds } from './registry';
export * from './types';
export * from './thresholds';
export * from './capabilities';


export function computeFindings(input: FindingsInput, rules: readonly FindingRule[] = findingRules()): Finding[] {
  const ctx = new AnalysisContext(input);
  const all = ctx.view({ kind: 'all' });
  const findings: Finding[] = [];
  const generic = rules.filter((r) => r.scope === 'generic');
  const inAll = generic.flatMap((r) => r.run(ctx, all));
  findings.push(...inAll);
  const said = new Set(inAll.map(problemOf));
  const lenses = ctx.lenses();
  for (const lens of lenses) {
    // A lens without cells of its own shows "all customers" exactly: nothing new to say.
    if (!ctx.hasOwnCells(lens)) continue;
    const view = ctx.view(lens);
    for (const rule of generic) findings.push(...rule.run(ctx, view).filter((f) => !said.has(problemOf(f))));
  }
  for (const rule of rules) {
    if (rule.scope === 'generic') continue;
    if (rule.scope === 'scenario') {
      findings.push(...rule.run(ctx, all));
      continue;
    }
    for (const lens of lenses) if (lens.kind === rule.scope) findings.push(...rule.run(ctx, ctx.view(lens)));
  }
  return sortFindings(findings, rules);
}

/** Severity first, then the rule's place in the registry; within a rule the order the rule gave. */
export function sortFindings(findings: readonly Finding[], rules: readonly FindingRule[] = findingRules()): Finding[] {
  const ruleOrder = new Map(rules.flatMap((r) => r.rules).map((id, i) => [id, i]));
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity) * 1000 + (ruleOrder.get(f.rule) ?? 999);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
export { defaultBaseline } from './baseline';
