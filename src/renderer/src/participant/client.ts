import type { ParticipantApi, ParticipantInput, ParticipantResult, ParticipantRouteName } from '@shared/contract/participant';

/** A refusal from the share listener, with the core's error code when it sent one. */
export class ShareError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(code ?? `HTTP ${status}`);
  }
}

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code?: string };
}

/**
 * Where each route of the participant contract (shared/contract/participant.ts)
 * is answered. Typed against the contract's own literals, so a route or path
 * that differs from it fails the typecheck; only types are imported, so the
 * phones' page does not carry zod.
 */
const ROUTES: { readonly [N in ParticipantRouteName]: Pick<ParticipantApi[N], 'method' | 'path'> } = {
  code: { method: 'POST', path: '/api/code' },
  join: { method: 'POST', path: 'api/join' },
  state: { method: 'GET', path: 'api/state' },
  dots: { method: 'POST', path: 'api/dots' },
};

/**
 * Calls one participant route. Paths are relative, so they stay under the
 * /w/<token>/ the page was opened at: the token travels with every request.
 */
export async function shareRequest<N extends ParticipantRouteName>(name: N, input: ParticipantInput<N>, secret: string | null = null): Promise<ParticipantResult<N>> {
  const { method, path } = ROUTES[name];
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(secret ? { 'X-Participant': secret } : {}) },
      body: method === 'GET' ? undefined : JSON.stringify(input),
      cache: 'no-store',
    });
  } catch {
    throw new ShareError(0, 'OFFLINE');
  }
  let envelope: Envelope<ParticipantResult<N>> | null = null;
  try {
    envelope = (await response.json()) as Envelope<ParticipantResult<N>>;
  } catch {
    envelope = null;
  }
  if (!response.ok || !envelope?.ok || envelope.value === undefined) {
    throw new ShareError(response.status, envelope?.error?.code);
  }
  return envelope.value;
}

/** At the short address: the workshop code from the screen, answered with the workshop's own path. */
export const enterCode = (code: string) => shareRequest('code', { code });

export const join = (displayName: string) => shareRequest('join', { displayName });
export const fetchState = (secret: string) => shareRequest('state', {}, secret);
export const setDots = (secret: string, item: string, dots: number) => shareRequest('dots', { item, dots }, secret);

/** The participant's secret survives a reload of this tab, and only of this share. */
const storageKey = () => `channelwise-participant:${location.pathname}`;
export function loadSecret(): string | null {
  try {
    return sessionStorage.getItem(storageKey());
  } catch {
    return null;
  }
}
export function saveSecret(secret: string | null): void {
  try {
    if (secret === null) sessionStorage.removeItem(storageKey());
    else sessionStorage.setItem(storageKey(), secret);
  } catch {
    // Private browsing without storage: the participant joins again after a reload.
  }
}
