/**
 * Findings in words: the shared analysis gives message keys and names, this
 * turns them into sentences in the user's language (lists joined the way the
 * language joins them, long lists cut short).
 */
import { runtimeKey } from './keys';
import type { TFunction } from 'i18next';
import type { Catalog, Lens } from '../domain/types';
import type { Finding, FindingParam, FindingParams, PhaseChange } from '../analysis/findings';
import { DEFAULT_CURRENCY, numberFormats, type NumberFormats } from './format';

/** Names shown before "and N more" in a sentence. */
export const LIST_MAX = 5;

export function formatList(t: TFunction, lang: string, items: readonly string[], max = LIST_MAX): string {
  const shown = items.length > max + 1 ? [...items.slice(0, max), t('ui.findings.more', { count: items.length - max })] : [...items];
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(shown);
}

/**
 * A number as the language writes it. Counts stay numbers (they pick the
 * plural form); a fraction or a negative number (an average emotion, a tuned
 * threshold) gets the language's decimal mark and a real minus sign.
 */
function formatValue(t: TFunction, formats: NumberFormats, value: FindingParam): string | number {
  if (Array.isArray(value)) return formatList(t, formats.lang, value);
  if (typeof value === 'object') {
    if ('moneyList' in value) return formatList(t, formats.lang, value.moneyList.map((item) => `${item.name} (${formats.signedMoney(item.money)})`));
    return value.signed ? formats.signedMoney(value.money) : formats.money(value.money);
  }
  if (typeof value !== 'number' || (Number.isInteger(value) && value >= 0)) return value;
  return formats.number(value);
}

function fill(t: TFunction, formats: NumberFormats, params: FindingParams): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) values[key] = formatValue(t, formats, value);
  return values;
}

/** A finding's sentence; sums of money in the workspace's currency (the euro unless told). */
export function findingMessage(t: TFunction, lang: string, finding: Finding, currency: string = DEFAULT_CURRENCY): string {
  // Message keys are declared by the finding rules as plain strings; the rules' tests check each has its sentence in both languages.
  return t(runtimeKey(`ui.findings.messages.${finding.message.key}`), fill(t, numberFormats(lang, currency), finding.message.params));
}

const CHANGE_KINDS = ['appeared', 'vanished', 'rose', 'fell'] as const;

/**
 * One sentence per phase that changes: "In Inform, Web comes in; Print drops
 * out." A phase that gains or loses its lead says so first ("Support gains a
 * lead channel in To-be: Mobile app."). A new lead is not named again in the
 * sentence about the other changes; a lost one is (whether it dropped out or
 * only got a smaller role is worth saying). `to` names the scenario.
 */
export function changeSentences(t: TFunction, lang: string, changes: readonly PhaseChange[], to = ''): string[] {
  return changes.flatMap((change) => {
    const sentences = leadSentences(t, lang, [change], to);
    const named = new Set(change.leadGained ?? []);
    const parts = CHANGE_KINDS.map((kind) => ({ kind, channels: change[kind].filter((c) => !named.has(c)) }))
      .filter(({ channels }) => channels.length > 0)
      .map(({ kind, channels }) => t(`ui.findings.change.${kind}`, { channels: formatList(t, lang, channels), count: channels.length }));
    if (parts.length > 0) sentences.push(t('ui.findings.change.phase', { phase: change.phase, parts: parts.join('; ') }));
    return sentences;
  });
}

/** "Support gains a lead channel in To-be: Mobile app.": a phase that gains or loses its lead, said as such. */
export function leadSentences(t: TFunction, lang: string, changes: readonly PhaseChange[], to = ''): string[] {
  return changes.flatMap((change) =>
    (['leadGained', 'leadLost'] as const)
      .filter((kind) => (change[kind] ?? []).length > 0)
      .map((kind) => {
        const channels = change[kind] ?? [];
        return t(`ui.findings.change.${kind}`, { phase: change.phase, to, channels: formatList(t, lang, channels), count: channels.length });
      }),
  );
}

function retiredSentence(t: TFunction, lang: string, finding: Finding): string[] {
  const retired = finding.retired ?? [];
  const { from, to } = finding.message.params;
  return retired.length > 0 ? [t('ui.findings.change.retired', { channels: formatList(t, lang, retired), count: retired.length, from, to })] : [];
}

/**
 * What a step between scenarios means beyond the cells that change, for the
 * report's, the slide's and the PPTX's change section (which list the cells
 * per phase themselves): the change in the cost of a journey, the phases that
 * gain or lose their lead, the channels the step retires. From the findings of
 * the later scenario computed against the earlier one.
 */
export function changeHighlights(t: TFunction, lang: string, findings: readonly Finding[], currency: string = DEFAULT_CURRENCY): string[] {
  const change = findings.find((f) => f.rule === 'scenario.change' && f.lens.kind === 'all');
  const money = findings.find((f) => f.rule === 'money.costChange');
  const to = change?.message.params.to;
  return [
    ...(money ? [findingMessage(t, lang, money, currency)] : []),
    ...(change ? [...leadSentences(t, lang, change.changes ?? [], typeof to === 'string' ? to : ''), ...retiredSentence(t, lang, change)] : []),
  ];
}

/** What follows a scenario comparison's summary: its phases, then the channels it retires. */
export function comparisonSentences(t: TFunction, lang: string, finding: Finding): string[] {
  const to = finding.message.params.to;
  return [...changeSentences(t, lang, finding.changes ?? [], typeof to === 'string' ? to : ''), ...retiredSentence(t, lang, finding)];
}

/** The whole text of a finding, for accessible names and copying. */
export function findingParagraph(t: TFunction, lang: string, finding: Finding, currency: string = DEFAULT_CURRENCY): string {
  return [findingMessage(t, lang, finding, currency), ...comparisonSentences(t, lang, finding)].join(' ');
}

const LENS_FIELDS = { customerType: 'customerTypes', typology: 'typologies', productDomain: 'productDomains' } as const;

/** The scope of a finding: its lens, or for a journey finding the journey and its lens. */
export function findingScope(t: TFunction, catalog: Pick<Catalog, 'customerTypes' | 'typologies' | 'productDomains'>, finding: Finding): string {
  const lens = scopeText(t, catalog, finding.lens);
  return finding.journey ? t('ui.findings.scope.journey', { name: finding.journey.name, lens }) : lens;
}

/** "All customers", or "Customer type Young families". */
export function scopeText(t: TFunction, catalog: Pick<Catalog, 'customerTypes' | 'typologies' | 'productDomains'>, lens: Lens): string {
  if (lens.kind === 'all') return t('ui.findings.scope.all');
  const name = catalog[LENS_FIELDS[lens.kind]].find((item) => item.id === lens.id)?.name ?? '';
  return t(`ui.findings.scope.${lens.kind}`, { name });
}
