import { describe, expect, it } from 'vitest';
import { formatJoinCode } from '@shared/domain/workshop';
import { JOIN_CODE_LENGTH, JoinGate, newJoinCode, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('are six characters that cannot be mixed up when read off a screen', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).not.toMatch(/[01258OILZSB]/);
    }
    expect(formatJoinCode('KXP4M7')).toBe('KXP 4M7');
  });

  it('are read whatever the case, spaces or dashes', () => {
    expect(normalizeJoinCode(' kxp-4m7 ')).toBe('KXP4M7');
    expect(normalizeJoinCode('KXP 4M7')).toBe('KXP4M7');
  });
});

describe('JoinGate', () => {
  it('lets the right code in', () => {
    expect(new JoinGate('KXP4M7').check('10.0.0.5', 'kxp 4m7')).toBe('ok');
  });

  it('locks an address out after too many wrong codes, until the window has passed', () => {
    let now = 0;
    const gate = new JoinGate('KXP4M7', 3, 60_000, () => now);
    expect(['AAA', 'BBB', 'CCC'].map((c) => gate.check('10.0.0.9', c))).toEqual(['wrong', 'wrong', 'wrong']);
    expect(gate.check('10.0.0.9', 'KXP4M7')).toBe('locked');
    // Other phones in the room are not affected.
    expect(gate.check('10.0.0.5', 'KXP4M7')).toBe('ok');
    now = 60_000;
    expect(gate.check('10.0.0.9', 'KXP4M7')).toBe('ok');
  });
});
