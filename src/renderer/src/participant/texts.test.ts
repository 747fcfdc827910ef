import { describe, expect, it } from 'vitest';
import { browserLang, errorText, translate } from './texts';

describe('participant texts', () => {
  it('fills in parameters and picks the plural form', () => {
    expect(translate('en', 'hello', { name: 'Ann' })).toBe('You take part as Ann.');
    expect(translate('en', 'dotsLeft_plural', { count: 1 })).toBe('1 dot left');
    expect(translate('nl', 'dotsLeft_plural', { count: 3 })).toBe('nog 3 stippen');
    expect(translate('en', 'dots_plural', { count: 1 })).toBe('1 dot');
    expect(translate('nl', 'dots_plural', { count: 4 })).toBe('4 stippen');
  });

  it('translates error codes, with a general message for anything else', () => {
    expect(errorText('nl', 'VOTE_NOT_OPEN')).toBe('De stemming is gesloten.');
    expect(errorText('en', 'SOMETHING_ELSE')).toBe('Something went wrong. Try again.');
  });

  it('follows the browser language, English otherwise', () => {
    expect(browserLang(['nl-BE', 'en'])).toBe('nl');
    expect(browserLang(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLang(['fr'])).toBe('en');
  });
});
