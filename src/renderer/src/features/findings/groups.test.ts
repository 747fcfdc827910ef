import { describe, expect, it } from 'vitest';
import { computeFindings } from '@shared/analysis/findings';
import { TestWorkspace } from '@shared/analysis/findings/testWorkspace';
import { countBySeverity, groupFindings } from './groups';

// A: nothing serves it (warning); B: no lead (attention); Z unused (warning).
const findings = computeFindings(
  new TestWorkspace().phase('A').phase('B').channel('X').channel('Y').channel('Z').row('A', [0, 0, 0]).row('B', [2, 2, 0]).input(),
);

describe('grouping findings', () => {
  it('groups by topic in the registry’s order, leaving empty topics out', () => {
    const groups = groupFindings(findings, 'rule');
    expect(groups.map((g) => [g.key, g.findings.map((f) => f.rule)])).toEqual([
      ['coverage', ['phase.unserved', 'phase.noLead']],
      ['channels', ['channel.unused']],
    ]);
    expect(groups[0]!.titleKey).toBe('ui.findings.families.coverage');
  });

  it('groups by severity, warnings first', () => {
    const groups = groupFindings(findings, 'severity');
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ['warning', 2],
      ['attention', 1],
    ]);
    expect(countBySeverity(findings)).toEqual({ warning: 2, attention: 1, info: 0 });
    expect(groupFindings([], 'severity')).toEqual([]);
  });
});
