/**
 * The rule families, in the order the list shows them. A new family (journey
 * rules, say) is one module exporting a FindingRule and one line here, or a
 * call to registerFindingRule from the module that owns it.
 */
import { changeRules } from './rules/change';
import { channelRules } from './rules/channels';
import { competitionRules } from './rules/competition';
import { coverageRules } from './rules/coverage';
import { customerTypeRules } from './rules/customerTypes';
import { domainRules } from './rules/domains';
import { dominanceRules } from './rules/dominance';
import { journeyRules } from './rules/journeys';
import { moneyRules } from './rules/money';
import { typologyRules } from './rules/typologies';
import type { FindingRule } from './context';

const registry: FindingRule[] = [
  coverageRules,
  channelRules,
  dominanceRules,
  competitionRules,
  customerTypeRules,
  typologyRules,
  domainRules,
  changeRules,
  moneyRules,
  journeyRules,
];

export function findingRules(): readonly FindingRule[] {
  return registry;
}

/**
 * Add a family (after the built-in ones, or before the family named in
 * `before`); returns a function that takes it out again.
 */
export function registerFindingRule(rule: FindingRule, before?: string): () => void {
  if (registry.some((r) => r.family === rule.family)) throw new Error(`Finding rule family "${rule.family}" is already registered`);
  const at = before ? registry.findIndex((r) => r.family === before) : -1;
  if (at >= 0) registry.splice(at, 0, rule);
  else registry.push(rule);
  return () => {
    const index = registry.indexOf(rule);
    if (index >= 0) registry.splice(index, 1);
  };
}

/** Every rule id, in list order (the renderer checks each has a message in both languages). */
export function allRuleIds(rules: readonly FindingRule[] = registry): string[] {
  return rules.flatMap((r) => r.rules);
}
