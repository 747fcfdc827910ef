import { describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/errors';
import { translateError } from './errorText';
import { formatDateTime, localeFor } from './format';
import { createI18n, initialLanguage, uiLanguage } from './i18n';
import { entryText, isHistoryKey, labelText } from './labels';

const en = createI18n('en').t;
const nl = createI18n('nl').t;

describe('translateError', () => {
  it('uses errors.<CODE> with the error params, in the UI language', () => {
    const error: ApiError = { code: 'NAME_DUPLICATE', message: 'dup', params: { name: 'Store' } };
    expect(translateError(en, error)).toBe('“Store” already exists. Choose another name.');
    expect(translateError(nl, error)).toBe('“Store” bestaat al. Kies een andere naam.');
    expect(translateError(en, { code: 'NAME_TOO_LONG', message: '', params: { max: 200, length: 250 } })).toBe(
      'A name can be at most 200 characters long (this one has 250).',
    );
  });

  it('joins the issues of a VALIDATION error as its details', () => {
    const error: ApiError = { code: 'VALIDATION', message: 'bad', params: { issues: ['name: too long', 'kind: invalid'] } };
    expect(translateError(en, error)).toBe('That request was not understood: name: too long; kind: invalid');
  });

  it('names the WORKSPACE_LOCKED holder', () => {
    const error: ApiError = { code: 'WORKSPACE_LOCKED', message: '', params: { path: '/a.channelwise', holder: 'laptop-7 (pid 42)' } };
    expect(translateError(en, error)).toBe('/a.channelwise is already open in laptop-7 (pid 42). Close it there first.');
  });

  it('explains failures of the connection in its own words', () => {
    const network: ApiError = { code: 'INTERNAL', message: 'fetch failed', params: { client: 'network' } };
    expect(translateError(en, network)).toMatch(/cannot be reached/);
    expect(translateError(nl, network)).toMatch(/niet bereikbaar/);
    expect(translateError(en, { code: 'INTERNAL', message: 'x' })).toMatch(/Something went wrong inside Channelwise/);
  });
});

describe('history labels', () => {
  it('translates journal labels with their params and plurals', () => {
    expect(labelText(en, { key: 'history.rename', params: { from: 'Store', name: 'Shop' } })).toBe('Rename “Store” to “Shop”');
    expect(labelText(nl, { key: 'history.hide', params: { name: 'Print' } })).toBe('“Print” verbergen');
    expect(labelText(en, { key: 'history.setCells', params: { count: 1 } })).toBe('Set 1 matrix cell');
    expect(labelText(en, { key: 'history.setCells', params: { count: 3 } })).toBe('Set 3 matrix cells');
  });

  it('names a changed profile field by the editor\'s own label, or as sent when it is unknown', () => {
    expect(labelText(en, { key: 'history.updateField', params: { name: 'Store', field: 'costPerContact' } })).toBe('Change “Cost per contact” of “Store”');
    expect(labelText(nl, { key: 'history.updateField', params: { name: 'Winkel', field: 'isMain' } })).toBe(
      `“${nl('ui.profiles.productDomain.isMain')}” van “Winkel” wijzigen`,
    );
    expect(labelText(en, { key: 'history.updateField', params: { name: 'Store', field: 'newerField' } })).toBe('Change “newerField” of “Store”');
  });

  it('says what a run of edits did as a whole, in both languages', () => {
    const run = { key: 'history.cellRunAll', params: { count: 40, scenario: 'As-is', lens: '' } };
    expect(labelText(en, run)).toBe('Set 40 matrix cells in As-is, all customers');
    expect(labelText(nl, run)).toBe('40 matrixcellen ingesteld in As-is, alle klanten');
    expect(entryText(en, { kind: 'undo', label: { key: 'history.cellRun', params: { count: 1, scenario: 'To-be', lens: 'Saver' } } })).toBe(
      'Undo: Set 1 matrix cell in To-be, Saver',
    );
  });

  it('says what an undo or redo step undid or redid', () => {
    expect(entryText(en, { kind: 'undo', label: { key: 'history.delete', params: { name: 'Kiosk' } } })).toBe('Undo: Delete “Kiosk”');
    expect(entryText(nl, { kind: 'redo', label: { key: 'history.create', params: { name: 'Kiosk' } } })).toBe(
      'Opnieuw: “Kiosk” toevoegen',
    );
  });

  it('falls back to the name for a label this version does not know', () => {
    expect(isHistoryKey('history.create')).toBe(true);
    expect(isHistoryKey('history.setCells')).toBe(true);
    expect(isHistoryKey('ui.app.title')).toBe(false);
    expect(labelText(en, { key: 'history.somethingNew', params: { name: 'X' } })).toBe('X');
    expect(labelText(en, { key: 'history.somethingNew' })).toBe('history.somethingNew');
  });
});

describe('language choice', () => {
  it('prefers the user setting, then the operating system', () => {
    expect(uiLanguage({ uiLanguage: 'nl' }, { osLanguage: 'en' })).toBe('nl');
    expect(uiLanguage({ uiLanguage: null }, { osLanguage: 'nl' })).toBe('nl');
    expect(uiLanguage(undefined, undefined)).toBeNull();
    expect(initialLanguage('nl-BE')).toBe('nl');
    expect(initialLanguage('de-DE')).toBe('en');
  });

  it('switches live', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('ui.commands.undo')).toBe('Undo');
    await i18n.changeLanguage('nl');
    expect(i18n.t('ui.commands.undo')).toBe('Ongedaan maken');
  });
});

describe('dates', () => {
  it('uses the regional variant of the UI language the browser prefers', () => {
    expect(localeFor('en', ['en-GB', 'nl-NL'])).toBe('en-GB');
    expect(localeFor('nl', ['en-GB', 'nl-BE'])).toBe('nl-BE');
    expect(localeFor('nl', ['en-US'])).toBe('nl');
    expect(formatDateTime('en', '2026-11-23T09:05:00.000Z', ['en-GB'])).toMatch(/^23 Nov 2026/);
    expect(formatDateTime('en', 'not a date', [])).toBe('not a date');
  });
});
