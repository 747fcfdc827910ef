import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { editButtonLabel, editorTitle, preferenceGroupName } from './labels';

describe('editor labels', () => {
  const en = createTranslator('en');
  const nl = createTranslator('nl');

  it('names the editor by kind and item', () => {
    expect(editorTitle(en, { kind: 'customerType', name: 'Loyal regulars' })).toBe('Customer type: Loyal regulars');
    expect(editorTitle(en, { kind: 'typology', name: 'Impulsive' })).toBe('Search typology: Impulsive');
    expect(editorTitle(nl, { kind: 'productDomain', name: 'Diensten' })).toBe('Productdomein: Diensten');
  });

  it('names the row button and the preference groups', () => {
    expect(editButtonLabel(en, { name: 'Store' })).toBe('Edit details of Store');
    expect(editButtonLabel(nl, { name: 'Winkel' })).toBe('Details van Winkel bewerken');
    expect(preferenceGroupName(en, 'Store')).toBe('Contact preference for Store');
    expect(preferenceGroupName(nl, 'Winkel')).toBe('Contactvoorkeur voor Winkel');
  });
});
