import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors';
import { createTranslator, errorMessage } from './translate';
import { languageFromLocale, resources } from './resources';

describe('translations', () => {
  it('have an English and a Dutch text for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(resources.en.translation.errors[code]).toBeTruthy();
      expect(resources.nl.translation.errors[code]).toBeTruthy();
    }
  });

  it('turn an error into a sentence with its parameters, in either language', () => {
    const error = { code: 'NAME_DUPLICATE' as const, message: 'dup', params: { name: 'Store' } };
    expect(errorMessage(createTranslator('en'), error)).toBe('“Store” already exists. Choose another name.');
    expect(errorMessage(createTranslator('nl'), error)).toBe('“Store” bestaat al. Kies een andere naam.');
    const validation = { code: 'VALIDATION' as const, message: 'x', params: { issues: ['role: too big', 'id: required'] } };
    expect(errorMessage(createTranslator('en'), validation)).toContain('role: too big; id: required');
  });

  it('pick Dutch for any Dutch locale and English otherwise', () => {
    expect(languageFromLocale('nl_NL.UTF-8')).toBe('nl');
    expect(languageFromLocale('nl-BE')).toBe('nl');
    expect(languageFromLocale('en_GB.UTF-8')).toBe('en');
    expect(languageFromLocale('C.UTF-8')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
