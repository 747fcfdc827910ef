import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { THRESHOLD_KEYS, allRuleIds, computeFindings, type Finding } from '@shared/analysis/findings';
import { TestWorkspace, lensOf } from '@shared/analysis/findings/testWorkspace';
import { resources } from '@shared/i18n/resources';
import { step } from '@shared/analysis/journeys/testSteps';
import { changeSentences, findingMessage, findingParagraph, findingScope, formatList, scopeText } from './finding-text';

const en = createTranslator('en');
const nl = createTranslator('nl');

/** Every message key a rule can produce (variants included). */
const MESSAGE_KEYS = [
  ...allRuleIds().filter((id) => !['domain.cannotCarry', 'dominance.phase', 'scenario.change', 'journey.lowestEmotion', 'journey.hypotheses', 'money.costChange', 'money.missingCost'].includes(id)),
  'dominance.overallAndPhases',
  'customerType.refusedLeadsAndImportant',
  'dominance.phase_one',
  'dominance.phase_other',
  'typology.noFastPathEmpty',
  'domain.needs.sensory',
  'domain.needs.advice',
  'domain.needs.order',
  'scenario.change_one',
  'scenario.change_other',
  'scenario.noChange',
  'journey.lowestEmotion_one',
  'journey.lowestEmotion_other',
  'journey.hypotheses_one',
  'journey.hypotheses_other',
  ...['costRises', 'costFalls'].flatMap((k) => ['', 'NoDrivers', 'Weighted', 'WeightedNoDrivers'].map((v) => `money.${k}${v}`)),
  'money.missingCost_one',
  'money.missingCost_other',
];

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe('finding texts', () => {
  it('has a message for every rule in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const key of MESSAGE_KEYS) expect(typeof lookup(resources[lang].translation.ui.findings.messages, key), `${lang} ${key}`).toBe('string');
    }
  });

  it('has a label and a hint for every threshold in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const key of THRESHOLD_KEYS) {
        for (const part of ['label', 'hint']) expect(typeof lookup(resources[lang].translation.ui.findings.thresholds.fields, `${key}.${part}`), `${lang} ${key}.${part}`).toBe('string');
      }
    }
  });

  it('labels the severities as how much a finding asks of the reader, in both languages', () => {
    expect((['warning', 'attention', 'info'] as const).map((s) => en(`ui.findings.severity.${s}`))).toEqual(['Needs attention', 'Worth a look', 'For information']);
    expect((['warning', 'attention', 'info'] as const).map((s) => nl(`ui.findings.severity.${s}`))).toEqual(['Vraagt aandacht', 'Het bekijken waard', 'Ter informatie']);
  });

  it('joins lists the way each language does, and cuts long ones short', () => {
    expect(formatList(en, 'en', ['Web', 'Store', 'Print'])).toBe('Web, Store, and Print');
    expect(formatList(nl, 'nl', ['Web', 'Winkel', 'Print'])).toBe('Web, Winkel en Print');
    expect(formatList(en, 'en', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBe('a, b, c, d, e, and 3 more');
    // One over the limit is shown rather than "1 more".
    expect(formatList(en, 'en', ['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d, e, and f');
  });

  it('words real findings with their names filled in', () => {
    const ws = new TestWorkspace().phase('Inform', 'inform').phase('Advise', 'advise').channel('Web', { online: true }).channel('Store', { personal: true, dialogue: true });
    ws.row('Inform', [3, 1]).row('Advise', [1, 2]);
    const [finding] = computeFindings(ws.input()).filter((f) => f.rule === 'phase.noLead');
    expect(findingMessage(en, 'en', finding!)).toBe('No channel leads Advise. It is served by Store and Web, but none of them in the lead role, so nobody owns this phase.');
    expect(findingMessage(nl, 'nl', finding!)).toContain('Geen kanaal is leidend in Advise. De fase wordt bediend door Store en Web');
  });

  it('words one over-concentrated channel as one sentence, with the phases it dominates', () => {
    const ws = new TestWorkspace().phase('A').phase('B').phase('C').phase('D').channel('Web').channel('Store').channel('Mail');
    ws.row('A', [3, 1, 0]).row('B', [3, 0, 1]).row('C', [3, 1, 0]).row('D', [2, 2, 2]);
    const [finding] = computeFindings(ws.input()).filter((f) => f.family === 'dominance');
    expect(findingMessage(en, 'en', finding!)).toBe(
      'Web carries 61% of all role weight, more than the 40% set as the limit, and more than 60% of the weight in A, B, and C: too much attention on one medium.',
    );
    expect(findingMessage(nl, 'nl', finding!)).toContain('meer dan 60% van het gewicht in A, B en C');
    const [inPhases] = computeFindings(ws.input({ dominantShareOverall: 90 })).filter((f) => f.family === 'dominance');
    expect(findingMessage(en, 'en', inPhases!)).toBe('Web carries more than the 60% set as the limit of the role weight in 3 phases (A, B, and C), up to 75%.');
  });

  it('writes the as-is vs to-be paragraph in plain sentences', () => {
    const ws = new TestWorkspace().scenario('To-be').phase('Inform').channel('Web', { online: true }).channel('Print');
    ws.row('Inform', [1, 3]).row('Inform', [3, 0], { scenario: 'To-be' });
    const finding = computeFindings(ws.input({}, 'To-be', 'As-is')).find((f) => f.rule === 'scenario.change') as Finding;
    expect(changeSentences(en, 'en', finding.changes!)).toEqual(['In Inform, Print drops out; Web gets a bigger role.']);
    expect(findingParagraph(en, 'en', finding)).toBe(
      // Print has no role left in To-be, so the change retires it (issue 13: said as a change, not as "cost without use").
      'Compared with As-is, To-be changes 2 roles for all customers, in 1 phase(s): 0 new, 1 dropped, 1 stronger, 0 weaker. In Inform, Print drops out; Web gets a bigger role. To-be retires Print: it played a role in As-is and plays none now.',
    );
    expect(changeSentences(nl, 'nl', finding.changes!)).toEqual(['In Inform: Print valt weg; Web krijgt een grotere rol.']);
    const many = [{ phaseId: 'p', phase: 'Attract', appeared: ['Web', 'App'], vanished: [], rose: [], fell: [] }];
    expect(changeSentences(en, 'en', many)).toEqual(['In Attract, Web and App come in.']);
  });

  it('says a phase gains or loses its lead, and names the channels the change retires', () => {
    const ws = new TestWorkspace().scenario('To-be').phase('Transact').phase('Support').channel('Store').channel('Mobile app', { online: true }).channel('Direct mail');
    ws.row('Transact', [3, 1, 1]).row('Support', [2, 0, 0]);
    ws.row('Transact', [2, 2, 0], { scenario: 'To-be' }).row('Support', [1, 3, 0], { scenario: 'To-be' });
    const finding = computeFindings(ws.input({}, 'To-be', 'As-is')).find((f) => f.rule === 'scenario.change') as Finding;
    expect(findingParagraph(en, 'en', finding)).toBe(
      'Compared with As-is, To-be changes 5 roles for all customers, in 2 phase(s): 1 new, 1 dropped, 1 stronger, 2 weaker. ' +
        'Transact loses its lead in To-be: Store no longer leads it, and no other channel does. In Transact, Direct mail drops out; Mobile app gets a bigger role; Store gets a smaller role. ' +
        'Support gains a lead channel in To-be: Mobile app. In Support, Store gets a smaller role. ' +
        'To-be retires Direct mail: it played a role in As-is and plays none now.',
    );
    const dutch = findingParagraph(nl, 'nl', finding);
    expect(dutch).toContain('Support krijgt in To-be een leidend kanaal: Mobile app.');
    expect(dutch).toContain('To-be schrapt Direct mail');
  });

  it('names the scope of a finding', () => {
    const ws = new TestWorkspace().customerType('Young');
    expect(scopeText(en, ws.catalog, { kind: 'all' })).toBe('All customers');
    expect(scopeText(nl, ws.catalog, lensOf('customerType', 'Young'))).toBe('Klanttype Young');
  });

  it('words journey findings, with the average as each language writes it, and names the journey as scope', () => {
    const ws = new TestWorkspace().phase('Inform').phase('Advise').customerType('Young');
    const journey = { id: 'j', name: 'Purchase', description: '', scenarioId: 's:As-is', customerTypeId: 't:Young', typologyId: null, productDomainId: null, position: 'a0', stepCount: 3 };
    const steps = [
      step('a', { phaseId: 'p:Advise', emotion: -2, evidence: 'hypothesis' }),
      step('b', { phaseId: 'p:Advise', emotion: -1 }),
      step('c', { phaseId: 'p:Inform', emotion: 1 }),
    ];
    const found = computeFindings({ ...ws.input(), journeys: [{ journey, steps }] });
    const low = found.find((f) => f.rule === 'journey.lowestEmotion')!;
    const guessed = found.find((f) => f.rule === 'journey.hypotheses')!;
    expect(findingMessage(en, 'en', low)).toBe('In “Purchase”, the customer feels worst in Advise: its 2 steps there average −1.5 on the scale from −2 to +2.');
    expect(findingMessage(nl, 'nl', low)).toBe('In “Purchase” voelt de klant zich het slechtst in Advise: de 2 stappen daar scoren gemiddeld −1,5 op de schaal van −2 tot +2.');
    expect(findingMessage(en, 'en', guessed)).toBe('In “Purchase”, 1 of 3 steps rests only on a hypothesis: check it with customers before building on it.');
    expect(findingMessage(nl, 'nl', guessed)).toBe('In “Purchase” rust 1 van de 3 stappen alleen op een hypothese: toets die bij klanten voordat je erop bouwt.');
    expect(findingScope(en, ws.catalog, low)).toBe('Journey “Purchase” · Customer type Young');
    expect(findingScope(nl, ws.catalog, guessed)).toBe('Klantreis “Purchase” · Klanttype Young');
  });

  it('writes money in the workspace currency with the formula, in each language', () => {
    const ws = new TestWorkspace().scenario('To-be').phase('Attract', 'attract').phase('Advise', 'advise');
    ws.channel('Branch', { personal: true, costPerContact: 18 }).channel('Web', { online: true, costPerContact: 0.3 }).channel('Adviser', { personal: true, costPerContact: 40 });
    for (const scenario of ['As-is', 'To-be']) ws.row('Attract', [1, 3, 0], { scenario }).row('Advise', [0, 1, 3], { scenario });
    ws.set('Attract', 'Adviser', 2, { scenario: 'To-be' }).costs();
    const found = computeFindings(ws.input({}, 'To-be', 'As-is'));
    const supporting = computeFindings(ws.input()).find((f) => f.rule === 'money.supportingCost')!;
    expect(findingMessage(en, 'en', supporting)).toBe('In Attract, Branch only supports, yet it makes up 94% of what the phase costs per journey: 0.5 contacts × €18.00 = €9.00 of €9.60.');
    expect(findingMessage(nl, 'nl', supporting, 'USD')).toBe(
      'In Attract ondersteunt Branch alleen, maar het neemt 94% van de kosten van die fase per klantreis voor zijn rekening: 0,5 contacten × US$\u00a018,00 = US$\u00a09,00 van US$\u00a09,60.',
    );
    const change = found.find((f) => f.rule === 'money.costChange')!;
    expect(findingMessage(en, 'en', change)).toBe('A journey costs €129.75 in To-be against €89.75 in As-is: +€40.00 (+44.6%), mostly through Adviser (+€40.00).');
  });
});
