import { describe, expect, it } from 'vitest';
import { preferenceCounts, preferenceOf, toApiPreference } from './preferences';

const type = { preferredChannelIds: ['web', 'mail'], refusedChannelIds: ['phone'] };

describe('contact preferences', () => {
  it('reads the three-way choice', () => {
    expect(preferenceOf(type, 'web')).toBe('preferred');
    expect(preferenceOf(type, 'phone')).toBe('refused');
    expect(preferenceOf(type, 'store')).toBe('neutral');
  });

  it('sends neutral as no preference', () => {
    expect(toApiPreference('neutral')).toBeNull();
    expect(toApiPreference('preferred')).toBe('preferred');
    expect(toApiPreference('refused')).toBe('refused');
  });

  it('counts only channels that still exist', () => {
    expect(preferenceCounts(type, new Set(['web', 'phone']))).toEqual({ preferred: 1, refused: 1 });
  });
});
