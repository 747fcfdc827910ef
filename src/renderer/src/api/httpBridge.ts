import type { ApiBridge, ApiEvent, MethodInput, MethodName, MethodResult } from '@shared/api';
import type { Result } from '@shared/errors';
import { clientFailure } from './errors';
import { EventSocket, type EventSocketOptions } from './eventSocket';
import { isResult } from './wire';

export interface HttpBridgeOptions {
  /** Origin (and optional base path) of the browser host, without a trailing slash. */
  baseUrl: string;
  /** The host's key (see hostKey.ts), sent as a Bearer header and on the WebSocket URL. */
  token?: string | null;
  fetch?: typeof fetch;
  socket?: Partial<Omit<EventSocketOptions, 'url'>>;
}

export interface HttpBridge extends ApiBridge {
  /** Called after the event stream reconnects: events may have been missed meanwhile. */
  onReconnect(listener: () => void): () => void;
  /** Called when the host refuses a call for want of its key (HOST_KEY_REQUIRED). */
  onKeyRefused(listener: () => void): () => void;
  dispose(): void;
}

/** `http://host:port` -> `ws://host:port/events?token=...` */
export function eventsUrl(baseUrl: string, token?: string | null): string {
  const url = new URL(`${baseUrl}/events`);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

/**
 * The contract over the browser host: `POST /api/<method>` with the input as
 * JSON, answered with a `Result` (also on 4xx/5xx); events over `/events`.
 * Every failure comes back as a Result: nothing here throws.
 */
export function createHttpBridge(options: HttpBridgeOptions): HttpBridge {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const socket = new EventSocket({ ...options.socket, url: eventsUrl(options.baseUrl, options.token) });
  const keyRefusedListeners = new Set<() => void>();

  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodResult<M>>> {
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } catch (err) {
      return clientFailure('network', `Could not reach Channelwise: ${err instanceof Error ? err.message : String(err)}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch {
      return clientFailure(
        response.ok ? 'bad-response' : 'network',
        `Channelwise answered ${response.status} without a readable result.`,
      );
    }
    if (!isResult(body)) {
      return clientFailure('bad-response', `Channelwise answered ${response.status} with something that is not a result.`);
    }
    if (!body.ok && body.error.code === 'HOST_KEY_REQUIRED') for (const listener of keyRefusedListeners) listener();
    // The shape is checked; the value's type is the contract's promise for this method.
    return body as Result<MethodResult<M>>;
  }

  return {
    call,
    onEvent: (listener: (event: ApiEvent) => void) => socket.subscribe(listener),
    onReconnect: (listener) => socket.onReconnect(listener),
    onKeyRefused: (listener) => {
      keyRefusedListeners.add(listener);
      return () => keyRefusedListeners.delete(listener);
    },
    dispose: () => socket.close(),
  };
}
