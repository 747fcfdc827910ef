import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { allRuleIds, computeFindings, type Finding } from '@shared/analysis/findings';
import { TestWorkspace, lensOf } from '@shared/analysis/findings/testWorkspace';
import { resources } from '@shared/i18n/resources';
import { changeSentences, findingMessage, findingParagraph, formatList, scopeText } from './findingText';

const en = createTranslator('en');
const nl = createTranslator('nl');

/** Every message key a rule can produce (variants included). */
const MESSAGE_KEYS = [
  ...allRuleIds().filter((id) => !['domain.cannotCarry', 'scenario.change'].includes(id)),
  'typology.noFastPathEmpty',
  'domain.needs.sensory',
  'domain.needs.advice',
  'domain.needs.order',
  'scenario.change_one',
  'scenario.change_other',
  'scenario.noChange',
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

  it('writes the as-is vs to-be paragraph in plain sentences', () => {
    const ws = new TestWorkspace().scenario('To-be').phase('Inform').channel('Web', { online: true }).channel('Print');
    ws.row('Inform', [1, 3]).row('Inform', [3, 0], { scenario: 'To-be' });
    const finding = computeFindings(ws.input({}, 'To-be', 'As-is')).find((f) => f.rule === 'scenario.change') as Finding;
    expect(changeSentences(en, 'en', finding.changes!)).toEqual(['In Inform, Print drops out; Web gets a bigger role.']);
    expect(findingParagraph(en, 'en', finding)).toBe(
      'Compared with As-is, To-be changes 2 roles for all customers, in 1 phase(s): 0 new, 1 dropped, 1 stronger, 0 weaker. In Inform, Print drops out; Web gets a bigger role.',
    );
    expect(changeSentences(nl, 'nl', finding.changes!)).toEqual(['In Inform: Print valt weg; Web krijgt een grotere rol.']);
    const many = [{ phaseId: 'p', phase: 'Attract', appeared: ['Web', 'App'], vanished: [], rose: [], fell: [] }];
    expect(changeSentences(en, 'en', many)).toEqual(['In Attract, Web and App come in.']);
  });

  it('names the scope of a finding', () => {
    const ws = new TestWorkspace().customerType('Young');
    expect(scopeText(en, ws.catalog, { kind: 'all' })).toBe('All customers');
    expect(scopeText(nl, ws.catalog, lensOf('customerType', 'Young'))).toBe('Klanttype Young');
  });
});
