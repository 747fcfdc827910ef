import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { cellName, cellTexts, diffCellName, fill } from './names';

const en = cellTexts(createI18n('en').t);
const nl = cellTexts(createI18n('nl').t);
const base = { phase: 'Attract', channel: 'Store', evidence: null, hasNote: false, lens: 'All customers', allLens: 'All customers' };

describe('cell names', () => {
  it('say phase, channel, role and lens', () => {
    expect(cellName(en, { ...base, role: 3, inherited: false, overridden: false })).toBe('Attract, Store: lead (All customers)');
    expect(cellName(en, { ...base, role: null, inherited: false, overridden: false })).toBe('Attract, Store: not set (All customers)');
  });

  it('say where a lens value comes from', () => {
    const inLens = { ...base, lens: 'Impulsive decision maker' };
    expect(cellName(en, { ...inLens, role: null, inherited: true, overridden: false })).toBe(
      'Attract, Store: not set, inherited from All customers (Impulsive decision maker)',
    );
    expect(cellName(en, { ...inLens, role: 2, inherited: false, overridden: true })).toBe(
      'Attract, Store: important, set in this lens (Impulsive decision maker)',
    );
  });

  it('add evidence and a note at the end', () => {
    expect(cellName(en, { ...base, role: 1, evidence: 'hypothesis', hasNote: true, inherited: false, overridden: false })).toBe(
      'Attract, Store: supporting (All customers), hypothesis, with a note',
    );
  });

  it('speak Dutch', () => {
    expect(cellName(nl, { ...base, phase: 'Aantrekken', channel: 'Winkel', lens: 'Alle klanten', allLens: 'Alle klanten', role: 3, evidence: 'observed', inherited: false, overridden: false })).toBe(
      'Aantrekken, Winkel: leidend (Alle klanten), waargenomen',
    );
    expect(nl.roles).toEqual({ 0: 'geen', 1: 'ondersteunend', 2: 'belangrijk', 3: 'leidend' });
  });

  it('name changes in the difference grid', () => {
    const cell = { phase: 'Attract', channel: 'Radio/TV' };
    expect(diffCellName(en, { ...cell, from: 1, to: 2, change: 'rose' })).toBe('Attract, Radio/TV: rose from supporting to important');
    expect(diffCellName(en, { ...cell, from: 3, to: 0, change: 'vanished' })).toBe('Attract, Radio/TV: vanished, was lead');
    expect(diffCellName(en, { ...cell, from: null, to: 1, change: 'appeared' })).toBe('Attract, Radio/TV: appeared, supporting');
    expect(diffCellName(nl, { ...cell, from: 2, to: 1, change: 'fell' })).toBe('Attract, Radio/TV: gedaald van belangrijk naar ondersteunend');
  });

  it('fill leaves unknown placeholders as they are', () => {
    expect(fill('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
  });
});
