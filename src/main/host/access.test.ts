import { describe, expect, it } from 'vitest';
import { checkAccess, extractToken, isAllowedHost, isAllowedOrigin, isLoopbackAddress, tokenMatches, type AccessPolicy } from './access';

const loopback: AccessPolicy = { loopbackOnly: true, port: 4321, key: 'launch-key-0123456789' };

describe('access checks', () => {
  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', 'localhost', '::1', '127.1.2.3']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) expect(isLoopbackAddress(a)).toBe(false);
  });

  it('accepts only loopback Host names with our port when bound to loopback (DNS rebinding)', () => {
    for (const h of ['127.0.0.1:4321', 'localhost:4321', '[::1]:4321', 'LOCALHOST:4321']) {
      expect(isAllowedHost(h, loopback)).toBe(true);
    }
    for (const h of ['evil.example:4321', '127.0.0.1:80', 'localhost', undefined]) {
      expect(isAllowedHost(h, loopback)).toBe(false);
    }
    expect(isAllowedHost('192.168.1.5:4321', { ...loopback, loopbackOnly: false })).toBe(true);
  });

  it('requires Origin, when sent, to be our own origin', () => {
    expect(isAllowedOrigin(undefined, 'localhost:4321')).toBe(true);
    expect(isAllowedOrigin('http://localhost:4321', 'localhost:4321')).toBe(true);
    expect(isAllowedOrigin('http://evil.example', 'localhost:4321')).toBe(false);
    expect(isAllowedOrigin('null', 'localhost:4321')).toBe(false);
    expect(isAllowedOrigin('http://localhost:4321', undefined)).toBe(false);
  });

  it('reads the token from a Bearer header or the query', () => {
    expect(extractToken({ headers: { authorization: 'Bearer abc123' }, url: '/api/x' })).toBe('abc123');
    expect(extractToken({ headers: {}, url: '/events?token=q%2Fz' })).toBe('q/z');
    expect(extractToken({ headers: { authorization: 'Basic Zm9v' }, url: '/api/x' })).toBeNull();
    expect(tokenMatches('secret-token', 'secret-token')).toBe(true);
    expect(tokenMatches('secret-tokeN', 'secret-token')).toBe(false);
    expect(tokenMatches(null, 'secret-token')).toBe(false);
  });

  it('combines the checks, with 403 for host/origin and 401 for a missing or wrong key', () => {
    const shared: AccessPolicy = { loopbackOnly: false, port: 4321, key: 'secret-token' };
    const req = (headers: Record<string, string>, url = '/api/app.info') => ({ headers, url });
    const withKey = { host: 'localhost:4321', authorization: 'Bearer launch-key-0123456789' };
    expect(checkAccess(req({ ...withKey, host: 'evil:4321' }), loopback, true)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(checkAccess(req({ ...withKey, origin: 'http://evil' }), loopback, true)?.status).toBe(403);
    expect(checkAccess(req(withKey), loopback, true)).toBeNull();
    expect(checkAccess(req({ host: 'localhost:4321' }), loopback, true)).toMatchObject({ status: 401, code: 'HOST_KEY_REQUIRED' });
    expect(checkAccess(req({ host: 'localhost:4321', authorization: 'Bearer launch-key-012345678X' }), loopback, true)?.status).toBe(401);
    expect(checkAccess(req({ host: 'localhost:4321' }), loopback, false)).toBeNull();
    expect(checkAccess(req({ host: '10.0.0.2:4321' }), shared, true)?.status).toBe(401);
    expect(checkAccess(req({ host: '10.0.0.2:4321' }), shared, false)).toBeNull();
    expect(checkAccess(req({ host: '10.0.0.2:4321' }, '/api/x?token=secret-token'), shared, true)).toBeNull();
  });
});
