import { describe, expect, it, vi } from 'vitest';
import { createHttpBridge, eventsUrl } from './httpBridge';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function bridgeWith(fetchImpl: typeof fetch, token?: string) {
  return createHttpBridge({
    baseUrl: 'http://127.0.0.1:5199',
    token: token ?? null,
    fetch: fetchImpl,
    socket: { createSocket: () => ({ onopen: null, onmessage: null, onclose: null, onerror: null, close() {} }) },
  });
}

describe('the HTTP bridge', () => {
  it('POSTs the input as JSON to /api/<method> and returns the value', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => json({ ok: true, value: { canUndo: true } }));
    const result = await bridgeWith(fetchMock).call('history.state', {});
    expect(result).toEqual({ ok: true, value: { canUndo: true } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:5199/api/history.state');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{}');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(new Headers(init?.headers).has('Authorization')).toBe(false);
  });

  it('accepts null as a value', async () => {
    const result = await bridgeWith(async () => json({ ok: true, value: null })).call('workspace.current', {});
    expect(result).toEqual({ ok: true, value: null });
  });

  it('sends the host key as a Bearer header', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => json({ ok: true, value: [] }));
    await bridgeWith(fetchMock, 's3cret-token').call('recent.list', {});
    expect(new Headers(fetchMock.mock.calls[0]![1]?.headers).get('Authorization')).toBe('Bearer s3cret-token');
  });

  it('passes the core error through, also on 4xx and 5xx answers', async () => {
    const error = { code: 'NAME_DUPLICATE', message: 'dup', params: { name: 'Store' } };
    const result = await bridgeWith(async () => json({ ok: false, error }, 400)).call('catalog.update', {
      id: 'x',
      patch: { kind: 'channel', name: 'Store' },
    });
    expect(result).toEqual({ ok: false, error });
    const forbidden = await bridgeWith(async () => json({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } }, 401)).call(
      'app.info',
      {},
    );
    expect(forbidden.ok === false && forbidden.error.code).toBe('FORBIDDEN');
  });

  it('tells its listeners when the host refuses a call for want of its key', async () => {
    const refused = json({ ok: false, error: { code: 'HOST_KEY_REQUIRED', message: 'key' } }, 401);
    const bridge = bridgeWith(async () => refused.clone());
    let told = 0;
    const off = bridge.onKeyRefused(() => (told += 1));
    const result = await bridge.call('app.info', {});
    expect(result.ok === false && result.error.code).toBe('HOST_KEY_REQUIRED');
    expect(told).toBe(1);
    off();
    await bridge.call('app.info', {});
    expect(told).toBe(1);
  });

  it('turns a network failure into an INTERNAL result instead of throwing', async () => {
    const result = await bridgeWith(async () => {
      throw new TypeError('Failed to fetch');
    }).call('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.params).toEqual({ client: 'network' });
      expect(result.error.message).toContain('Failed to fetch');
    }
  });

  it('treats an unreadable error page as unreachable and an unreadable 200 as a bad answer', async () => {
    const gateway = await bridgeWith(async () => new Response('<html>Bad gateway</html>', { status: 502 })).call('app.info', {});
    expect(!gateway.ok && gateway.error.params).toEqual({ client: 'network' });
    const garbled = await bridgeWith(async () => new Response('not json', { status: 200 })).call('app.info', {});
    expect(!garbled.ok && garbled.error.params).toEqual({ client: 'bad-response' });
  });

  it('refuses JSON that is not a Result, including unknown error codes', async () => {
    for (const body of [{ value: 1 }, { ok: true }, { ok: false, error: { code: 'NOPE', message: 'x' } }, [1, 2], 'ok']) {
      const result = await bridgeWith(async () => json(body)).call('app.info', {});
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({ code: 'INTERNAL', params: { client: 'bad-response' } });
    }
  });
});

describe('eventsUrl', () => {
  it('uses ws: or wss: after the page protocol and carries the token', () => {
    expect(eventsUrl('http://127.0.0.1:5199')).toBe('ws://127.0.0.1:5199/events');
    expect(eventsUrl('https://host.example')).toBe('wss://host.example/events');
    expect(eventsUrl('http://10.0.0.2:80', 'a b&c')).toBe('ws://10.0.0.2/events?token=a+b%26c');
  });
});
