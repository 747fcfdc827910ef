import { describe, expect, it } from 'vitest';
import { appearanceOf } from './appearance';

describe('appearanceOf', () => {
  it('turns the presentation scale into the root font size', () => {
    expect(appearanceOf({ theme: 'light', scale: 1 })).toEqual({ theme: 'light', scale: 1, fontSize: '100%' });
    expect(appearanceOf({ theme: 'high-contrast', scale: 1.25 }).fontSize).toBe('125%');
    expect(appearanceOf({ theme: 'dark', scale: 2 }).fontSize).toBe('200%');
  });
});
