import { describe, expect, it } from 'vitest';
import { buildWorkspacePath, checkFileName, withWorkspaceExtension } from './paths';

describe('buildWorkspacePath', () => {
  it('joins folder, name and extension with the platform separator', () => {
    expect(buildWorkspacePath('/home/ann/Documents', 'Retail 2026', '/')).toBe('/home/ann/Documents/Retail 2026.channelwise');
    expect(buildWorkspacePath('C:\\Users\\Ann', 'Plan', '\\')).toBe('C:\\Users\\Ann\\Plan.channelwise');
  });

  it('does not add the extension twice, whatever its case', () => {
    expect(buildWorkspacePath('/tmp', 'plan.channelwise', '/')).toBe('/tmp/plan.channelwise');
    expect(buildWorkspacePath('/tmp', 'Plan.CHANNELWISE', '/')).toBe('/tmp/Plan.CHANNELWISE');
  });

  it('trims the name and trailing separators of the folder', () => {
    expect(buildWorkspacePath('/tmp/', '  plan  ', '/')).toBe('/tmp/plan.channelwise');
    expect(buildWorkspacePath('/tmp///', 'plan', '/')).toBe('/tmp/plan.channelwise');
    expect(buildWorkspacePath('D:\\work\\', 'plan', '\\')).toBe('D:\\work\\plan.channelwise');
  });

  it('keeps a root folder intact', () => {
    expect(buildWorkspacePath('/', 'plan', '/')).toBe('/plan.channelwise');
    expect(buildWorkspacePath('C:\\', 'plan', '\\')).toBe('C:\\plan.channelwise');
    expect(buildWorkspacePath('C:', 'plan', '\\')).toBe('C:\\plan.channelwise');
  });

  it('uses the bare file name when no folder is given', () => {
    expect(buildWorkspacePath('  ', 'plan', '/')).toBe('plan.channelwise');
  });
});

describe('withWorkspaceExtension', () => {
  it('appends only when missing', () => {
    expect(withWorkspaceExtension('a')).toBe('a.channelwise');
    expect(withWorkspaceExtension('a.channelwise')).toBe('a.channelwise');
  });
});

describe('checkFileName', () => {
  it('refuses empty names and names of only spaces', () => {
    expect(checkFileName('')).toEqual({ kind: 'empty' });
    expect(checkFileName('   \t ')).toEqual({ kind: 'empty' });
  });

  it('refuses names over 200 characters, counting characters rather than UTF-16 units', () => {
    expect(checkFileName('a'.repeat(200))).toBeNull();
    expect(checkFileName('a'.repeat(201))).toEqual({ kind: 'tooLong', length: 201, max: 200 });
    expect(checkFileName('😀'.repeat(200))).toBeNull();
  });

  it('refuses characters that are not allowed in file names', () => {
    expect(checkFileName('a/b')).toEqual({ kind: 'invalid', chars: '/' });
    expect(checkFileName('a:b?c:')).toEqual({ kind: 'invalid', chars: ': ?' });
    expect(checkFileName('a\u0001')).toEqual({ kind: 'invalid', chars: 'U+0001' });
  });

  it('accepts ordinary names, including accents and spaces inside', () => {
    expect(checkFileName('Strategie café 2026')).toBeNull();
  });
});
