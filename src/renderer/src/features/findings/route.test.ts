import { describe, expect, it } from 'vitest';
import type { Finding } from '@shared/analysis/findings';
import { parseMatrixHash } from '../matrix/route';
import { journeyIdFromHash, journeyStepFromHash } from '../journeys/route';
import { baselineFor, cellHref, compareHref, formatFindingsHash, journeyHref, parseFindingsHash, type FindingsRoute } from './route';

const finding: Finding = {
  id: 'phase.noLead|s2|typology:t1|p1',
  rule: 'phase.noLead',
  family: 'coverage',
  severity: 'attention',
  scenarioId: 's2',
  lens: { kind: 'typology', id: 't1' },
  cells: [{ phaseId: 'p1', channelId: 'c1' }],
  message: { key: 'phase.noLead', params: {} },
};

describe('findings hash', () => {
  it('round-trips the view and leaves defaults out', () => {
    const route: FindingsRoute = { scenario: 's1', compare: 'none', group: 'severity', show: 'warning' };
    expect(parseFindingsHash(formatFindingsHash(route))).toEqual(route);
    expect(formatFindingsHash({ scenario: null, compare: null, group: 'rule', show: 'all' })).toBe('#/findings');
    expect(parseFindingsHash('#/findings?group=other').group).toBe('rule');
    expect(parseFindingsHash('#/findings?show=loud').show).toBe('all');
  });

  it('compares with the first scenario by default, unless it is the one shown', () => {
    const ids = ['asis', 'tobe', 'stretch'];
    const route = parseFindingsHash('#/findings');
    expect(baselineFor(route, ids, 'tobe', 'asis')).toBe('asis');
    expect(baselineFor(route, ids, 'asis', null)).toBeNull();
    expect(baselineFor({ ...route, compare: 'stretch' }, ids, 'tobe', 'asis')).toBe('stretch');
    expect(baselineFor({ ...route, compare: 'none' }, ids, 'tobe', 'asis')).toBeNull();
    expect(baselineFor({ ...route, compare: 'gone' }, ids, 'tobe', 'asis')).toBe('asis');
    expect(baselineFor({ ...route, compare: 'tobe' }, ids, 'tobe', 'asis')).toBe('asis');
  });
});

describe('links into the matrix', () => {
  it('opens the finding’s scenario and lens with the cell selected', () => {
    const route = parseMatrixHash(cellHref(finding, finding.cells[0]!));
    expect(route).toMatchObject({ scenario: 's2', lens: { kind: 'typology', id: 't1' }, compare: null, cell: { phaseId: 'p1', channelId: 'c1' } });
  });

  it('opens the comparison for the change finding only', () => {
    expect(compareHref(finding)).toBeNull();
    const route = parseMatrixHash(compareHref({ ...finding, baselineId: 's1' })!);
    expect(route).toMatchObject({ scenario: 's1', compare: 's2', mode: 'diff', lens: { kind: 'all' } });
  });
});

describe('links into a journey', () => {
  it('opens the journey of a journey finding, on its first step or the one asked for', () => {
    expect(journeyHref(finding)).toBeNull();
    const journey = { ...finding, cells: [], journey: { id: 'j1', name: 'Trip', steps: [{ id: 'st1', title: 'Look' }, { id: 'st2', title: '' }] } };
    const first = journeyHref(journey)!;
    expect([journeyIdFromHash(first), journeyStepFromHash(first)]).toEqual(['j1', 'st1']);
    expect(journeyStepFromHash(journeyHref(journey, 'st2')!)).toBe('st2');
    expect(journeyStepFromHash(journeyHref({ ...journey, journey: { ...journey.journey, steps: [] } })!)).toBeNull();
  });
});
