import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { deleteBody, impactSentence } from './deleteImpact';

const en = createTranslator('en');
const nl = createTranslator('nl');
const none = { cells: 0, notes: 0, journeys: 0, journeySteps: 0 };

describe('delete impact', () => {
  it('says nothing extra when nothing uses the item', () => {
    expect(impactSentence(en, none, 'en')).toBeNull();
    expect(deleteBody(en, none, 'en')).toBe(en('ui.framework.deleteDialog.body'));
    expect(deleteBody(en, null, 'en')).toBe(en('ui.framework.deleteDialog.body'));
  });

  it('lists what goes with it, with plurals', () => {
    expect(deleteBody(en, { cells: 14, notes: 3, journeys: 0, journeySteps: 2 }, 'en')).toBe(
      '14 matrix cells (3 with notes) and 2 journey steps use it. You can undo this.',
    );
    expect(impactSentence(en, { ...none, cells: 1 }, 'en')).toBe('1 matrix cell uses it.');
    expect(impactSentence(en, { ...none, cells: 1, notes: 1 }, 'en')).toBe('1 matrix cell (1 with a note) uses it.');
    expect(impactSentence(en, { ...none, journeys: 2 }, 'en')).toBe('2 journeys use it.');
    // Lists follow the regional habit: no serial comma in British English, one in American.
    const three = { cells: 3, notes: 0, journeys: 1, journeySteps: 1 };
    expect(impactSentence(en, three, 'en-GB')).toBe('3 matrix cells, 1 journey and 1 journey step use it.');
    expect(impactSentence(en, three, 'en-US')).toBe('3 matrix cells, 1 journey, and 1 journey step use it.');
  });

  it('speaks Dutch', () => {
    expect(deleteBody(nl, { cells: 14, notes: 3, journeys: 0, journeySteps: 2 }, 'nl')).toBe(
      '14 matrixcellen (3 met notities) en 2 stappen in klantreizen gebruiken het. U kunt dit ongedaan maken.',
    );
    expect(impactSentence(nl, { ...none, cells: 1, notes: 1 }, 'nl')).toBe('1 matrixcel (1 met een notitie) gebruikt het.');
  });
});
