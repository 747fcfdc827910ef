import type { ApiError, ErrorCode, ErrorParams, Result } from '@shared/errors';

/** Why the client itself (not the core) produced an error. */
export type ClientFailure = 'network' | 'bad-response' | 'bridge';

/** Thrown by `unwrap` so TanStack Query sees a failed call as an error with the core's code. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;

  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
    this.code = apiError.code;
    this.params = apiError.params;
  }
}

export function isApiCallError(value: unknown): value is ApiCallError {
  return value instanceof ApiCallError;
}

/** The value of a successful call; a failed one throws an `ApiCallError`. */
export async function unwrap<T>(result: Promise<Result<T>> | Result<T>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw new ApiCallError(settled.error);
}

/**
 * A failure that happened on this side of the contract (the server could not be
 * reached, or answered something that is not a Result). It uses the INTERNAL
 * code, so every consumer can handle it, and says why in `params.client`.
 */
export function clientFailure(client: ClientFailure, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'INTERNAL', message, params: { client } } };
}

export function clientFailureOf(error: Pick<ApiError, 'code' | 'params'>): ClientFailure | null {
  const client = error.params?.client;
  return error.code === 'INTERNAL' && (client === 'network' || client === 'bad-response' || client === 'bridge')
    ? client
    : null;
}

/** Anything caught in the UI, as an ApiError (unknown throws become INTERNAL). */
export function asApiError(err: unknown): ApiError {
  if (isApiCallError(err)) return err.apiError;
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
