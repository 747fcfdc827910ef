import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, targetKey } from './target';

describe('server URLs', () => {
  it('keeps a database URL without user info, query or trailing slash', () => {
    expect(normalizeServerUrl(' https://ann:secret@couch.example.com:6984/retail-plan/?x=1#y ')).toEqual({
      ok: true,
      url: 'https://couch.example.com:6984/retail-plan',
      database: 'retail-plan',
    });
    expect(normalizeServerUrl('http://127.0.0.1:5984/teams%2Fplan')).toMatchObject({ ok: true, database: 'teams/plan' });
  });

  it('says why an address is not a database', () => {
    expect(normalizeServerUrl('couch.example.com/plan')).toEqual({ ok: false, reason: 'not a URL' });
    expect(normalizeServerUrl('ftp://couch.example.com/plan')).toEqual({ ok: false, reason: 'not http or https' });
    expect(normalizeServerUrl('https://couch.example.com/')).toEqual({ ok: false, reason: 'no database name' });
    expect(normalizeServerUrl('https://couch.example.com/Plan')).toEqual({ ok: false, reason: 'not a database name' });
  });

  it('keys a push cursor by mode and place', () => {
    expect(targetKey({ mode: 'folder', folder: '/share' })).toBe('folder:/share');
    expect(targetKey({ mode: 'server', url: 'https://c/plan', user: 'ann' })).toBe('server:https://c/plan');
  });
});
