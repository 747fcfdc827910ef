import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { dimensionValue, hasDimensionValue, sliderBand, sliderName, sliderValueText } from './dimensions';

const openness = { name: 'Openness', poleA: 'Conservative', poleB: 'Open' };
const en = createTranslator('en');
const nl = createTranslator('nl');

describe('slider value text', () => {
  it('says the number and the pole it leans to', () => {
    expect(sliderValueText(en, 70, openness)).toBe('70: leaning Open');
    expect(sliderValueText(en, 30, openness)).toBe('30: leaning Conservative');
    expect(sliderValueText(en, 50, openness)).toBe('50: in the middle');
    expect(sliderValueText(en, 55, openness)).toBe('55: slightly Open');
    expect(sliderValueText(en, 100, openness)).toBe('100: strongly Open');
    expect(sliderValueText(en, 0, openness)).toBe('0: strongly Conservative');
  });

  it('is symmetric around the middle', () => {
    for (let offset = 1; offset <= 50; offset++) {
      const below = sliderBand(50 - offset);
      const above = sliderBand(50 + offset);
      expect(below.band).toBe(above.band);
      expect([below.pole, above.pole]).toEqual(['a', 'b']);
    }
  });

  it('rounds what it says', () => {
    expect(sliderValueText(en, 69.6, openness)).toBe('70: leaning Open');
  });

  it('speaks Dutch', () => {
    const dim = { name: 'Openheid', poleA: 'Conservatief', poleB: 'Open' };
    expect(sliderValueText(nl, 70, dim)).toBe('70: neigt naar Open');
    expect(sliderName(nl, dim)).toBe('Openheid: Conservatief tot Open');
  });
});

describe('slider name and value', () => {
  it('names the dimension and its poles', () => {
    expect(sliderName(en, openness)).toBe('Openness: Conservative to Open');
  });

  it('puts a type that was never placed in the middle, and clamps stray values', () => {
    const type = { dimensions: { a: 20, b: 140 } };
    expect(dimensionValue(type, 'a')).toBe(20);
    expect(dimensionValue(type, 'b')).toBe(100);
    expect(dimensionValue(type, 'c')).toBe(50);
    expect(hasDimensionValue(type, 'a')).toBe(true);
    expect(hasDimensionValue(type, 'c')).toBe(false);
  });
});
