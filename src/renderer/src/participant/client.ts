import type { ParticipantState } from '@shared/domain/workshop';

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
 * Calls one participant endpoint. Paths are relative, so they stay under the
 * /w/<token>/ the page was opened at: the token travels with every request.
 */
export async function shareRequest<T>(path: string, options: { body?: unknown; secret?: string | null } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', ...(options.secret ? { 'X-Participant': options.secret } : {}) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
    });
  } catch {
    throw new ShareError(0, 'OFFLINE');
  }
  let envelope: Envelope<T> | null = null;
  try {
    envelope = (await response.json()) as Envelope<T>;
  } catch {
    envelope = null;
  }
  if (!response.ok || !envelope?.ok || envelope.value === undefined) {
    throw new ShareError(response.status, envelope?.error?.code);
  }
  return envelope.value;
}

/** At the short address: the workshop code from the screen, answered with the workshop's own path. */
export const enterCode = (code: string) => shareRequest<{ path: string }>('/api/code', { body: { code } });

export const join = (displayName: string) =>
  shareRequest<{ secret: string; state: ParticipantState }>('api/join', { body: { displayName } });
export const fetchState = (secret: string) => shareRequest<ParticipantState>('api/state', { secret });
export const setDots = (secret: string, item: string, dots: number) =>
  shareRequest<ParticipantState>('api/dots', { secret, body: { item, dots } });

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
