/** How the list is grouped and counted (pure, so it is tested without a DOM). */
import { runtimeKey, type TKey } from '@shared/i18n/keys';
import { findingRules, SEVERITIES, type Finding, type Severity } from '@shared/analysis/findings';
import type { GroupBy } from './route';

export interface FindingGroup {
  /** A rule family or a severity. */
  key: string;
  /** i18n key of the heading. */
  titleKey: TKey;
  findings: Finding[];
}

/** Groups in a fixed order (severity, or the registry's family order); empty groups are left out. */
export function groupFindings(findings: readonly Finding[], by: GroupBy): FindingGroup[] {
  const keys = by === 'severity' ? [...SEVERITIES] : findingRules().map((r) => r.family);
  const groups = new Map<string, Finding[]>(keys.map((k) => [k, []]));
  for (const finding of findings) {
    const key = by === 'severity' ? finding.severity : finding.family;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(finding);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => ({
      key,
      // Families are declared by the rules (plain strings); the findings registry test checks each has its heading.
      titleKey: runtimeKey(by === 'severity' ? `ui.findings.severityPlural.${key}` : `ui.findings.families.${key}`),
      findings: list,
    }));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { warning: 0, attention: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
