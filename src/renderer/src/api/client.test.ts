import { describe, expect, it } from 'vitest';
import type { ApiEvent, MethodName, MethodResult } from '@shared/api';
import type { Result } from '@shared/errors';
import { createApiClient } from './client';
import { ApiCallError, asApiError, clientFailureOf, unwrap } from './errors';
import type { PreloadApi } from './window';

describe('unwrap', () => {
  it('returns the value of a success', async () => {
    await expect(unwrap(Promise.resolve({ ok: true, value: 42 }))).resolves.toBe(42);
  });

  it('throws an ApiCallError carrying code, params and message', async () => {
    const failed: Result<number> = { ok: false, error: { code: 'NAME_TOO_LONG', message: 'too long', params: { max: 200, length: 201 } } };
    const err = await unwrap(Promise.resolve(failed)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect(err).toMatchObject({ code: 'NAME_TOO_LONG', params: { max: 200, length: 201 }, message: 'too long' });
    expect(asApiError(err)).toEqual(failed.ok ? null : failed.error);
  });

  it('turns anything else thrown into INTERNAL for display', () => {
    expect(asApiError(new Error('boom'))).toEqual({ code: 'INTERNAL', message: 'boom' });
    expect(clientFailureOf({ code: 'INTERNAL', params: { client: 'network' } })).toBe('network');
    expect(clientFailureOf({ code: 'INTERNAL' })).toBeNull();
  });
});

describe('createApiClient', () => {
  const location = { origin: 'http://127.0.0.1:5199' };

  it('uses the preload bridge when Electron exposes window.api', async () => {
    const listeners: ((event: ApiEvent) => void)[] = [];
    const preload: PreloadApi = {
      call: async <M extends MethodName>() => ({ ok: true, value: null }) as Result<MethodResult<M>>,
      onEvent: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
      onCommand: () => () => undefined,
      printToPdf: async () => ({ ok: true, value: null }),
    };
    const client = createApiClient({ api: preload, location });
    expect(client.transport).toBe('ipc');
    await expect(client.call('workspace.current', {})).resolves.toEqual({ ok: true, value: null });
    const seen: ApiEvent[] = [];
    client.onEvent((e) => seen.push(e));
    listeners[0]!({ type: 'workspace.changed', tables: ['phases'] });
    expect(seen).toHaveLength(1);
  });

  it('keeps the contract when the IPC bridge itself fails', async () => {
    const preload: PreloadApi = {
      call: async () => {
        throw new Error('channel closed');
      },
      onEvent: () => () => undefined,
      onCommand: () => () => undefined,
      printToPdf: async () => ({ ok: true, value: null }),
    };
    const result = await createApiClient({ api: preload, location }).call('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', params: { client: 'bridge' } } });
  });

  it('talks HTTP to the page origin in a browser', () => {
    expect(createApiClient({ location }).transport).toBe('http');
  });
});
