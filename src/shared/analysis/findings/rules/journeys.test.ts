import { describe, expect, it } from 'vitest';
import type { Journey, JourneyDetail, JourneyStep } from '../../../domain/journeys';
import { step } from '../../journeys/testSteps';
import { computeFindings } from '../index';
import { TestWorkspace } from '../testWorkspace';

const ws = () => new TestWorkspace().scenario('To-be').phase('Inform').phase('Advise').phase('Buy').customerType('Saver');

let n = 0;
function journey(name: string, steps: Partial<JourneyStep>[], fields: Partial<Journey> = {}): JourneyDetail {
  const id = `j:${name}`;
  return {
    journey: { id, name, description: '', scenarioId: 's:As-is', customerTypeId: null, typologyId: null, productDomainId: null, position: 'a0', stepCount: steps.length, ...fields },
    steps: steps.map((fieldsOf) => step(`st${n++}`, { journeyId: id, ...fieldsOf })),
  };
}

const journeyFindingsOf = (w: TestWorkspace, journeys: JourneyDetail[], scenario = 'As-is') =>
  computeFindings({ ...w.input({}, scenario), journeys }).filter((f) => f.family === 'journeys');

describe('journey findings in the Findings list', () => {
  it('names the phase where the customer feels worst, linked to its steps in reading order', () => {
    const detail = journey('Purchase', [
      { phaseId: 'p:Buy', emotion: 1, title: 'Pays' },
      { phaseId: 'p:Advise', emotion: -1, title: 'Waits for advice', position: 'a2' },
      { phaseId: 'p:Advise', emotion: -2, title: 'Gets lost', position: 'a1' },
      { phaseId: 'p:Inform', emotion: 0, title: 'Reads' },
    ]);
    const [finding, ...rest] = journeyFindingsOf(ws(), [detail]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: `journey.lowestEmotion|s:As-is|journey:j:Purchase|p:Advise`,
      rule: 'journey.lowestEmotion',
      severity: 'attention',
      scenarioId: 's:As-is',
      lens: { kind: 'all' },
      cells: [],
      message: { key: 'journey.lowestEmotion', params: { journey: 'Purchase', phase: 'Advise', average: -1.5, count: 2 } },
      journey: { id: 'j:Purchase', name: 'Purchase', steps: [{ id: detail.steps[2]!.id, title: 'Gets lost' }, { id: detail.steps[1]!.id, title: 'Waits for advice' }] },
    });
  });

  it('says nothing about emotion when no phase is below zero, or no step has an emotion', () => {
    const content = journey('Content', [
      { phaseId: 'p:Inform', emotion: 0 },
      { phaseId: 'p:Buy', emotion: 2 },
    ]);
    const blank = journey('Blank', [{ phaseId: 'p:Inform' }, { phaseId: null, emotion: -2 }]);
    expect(journeyFindingsOf(ws(), [content, blank])).toEqual([]);
  });

  it('lists the steps that rest only on a hypothesis, and nothing when every step is backed', () => {
    const guessed = journey('Guessed', [
      { phaseId: 'p:Inform', evidence: 'hypothesis', title: ' Searches online ' },
      { phaseId: 'p:Advise', evidence: 'observed' },
      { phaseId: null, evidence: 'hypothesis', title: '' },
    ]);
    const backed = journey('Backed', [
      { phaseId: 'p:Inform', evidence: 'inferred' },
      { phaseId: 'p:Buy', evidence: null },
    ]);
    const found = journeyFindingsOf(ws(), [guessed, backed]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: 'journey.hypotheses|s:As-is|journey:j:Guessed|',
      severity: 'info',
      message: { key: 'journey.hypotheses', params: { journey: 'Guessed', count: 2, total: 3 } },
      journey: { steps: [{ id: guessed.steps[0]!.id, title: 'Searches online' }, { id: guessed.steps[2]!.id, title: '' }] },
    });
  });

  it('reads each journey through its lens, counts hidden phases, and skips other scenarios', () => {
    const w = ws();
    w.catalog.phases[1]!.hidden = true;
    const saver = journey('Saver trip', [{ phaseId: 'p:Advise', emotion: -1, evidence: 'hypothesis' }], { customerTypeId: 't:Saver' });
    const elsewhere = journey('To-be trip', [{ phaseId: 'p:Inform', emotion: -2, evidence: 'hypothesis' }], { scenarioId: 's:To-be' });
    const found = journeyFindingsOf(w, [saver, elsewhere]);
    expect(found.map((f) => [f.rule, f.lens, f.journey?.name])).toEqual([
      ['journey.lowestEmotion', { kind: 'customerType', id: 't:Saver' }, 'Saver trip'],
      ['journey.hypotheses', { kind: 'customerType', id: 't:Saver' }, 'Saver trip'],
    ]);
    // A deleted customer type: the journey reads "all customers", as the map does.
    w.catalog.customerTypes.length = 0;
    expect(journeyFindingsOf(w, [saver]).map((f) => f.lens)).toEqual([{ kind: 'all' }, { kind: 'all' }]);
    expect(journeyFindingsOf(w, [saver, elsewhere], 'To-be').map((f) => f.journey?.name)).toEqual(['To-be trip', 'To-be trip']);
  });

  it('adds nothing without journeys, and sorts journey findings in with the rest by severity', () => {
    const w = ws().channel('Web', { online: true });
    w.row('Inform', [3]).row('Advise', [3]).row('Buy', [2]);
    expect(journeyFindingsOf(w, [])).toEqual([]);
    const all = computeFindings({ ...w.input(), journeys: [journey('Trip', [{ phaseId: 'p:Buy', emotion: -1, evidence: 'hypothesis' }])] });
    const severities = all.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['warning', 'attention', 'info'].indexOf(a) - ['warning', 'attention', 'info'].indexOf(b)));
    expect(all.filter((f) => f.family === 'journeys').map((f) => f.rule)).toEqual(['journey.lowestEmotion', 'journey.hypotheses']);
  });
});
