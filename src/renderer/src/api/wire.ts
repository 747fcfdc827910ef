/** Checks on what arrives over the wire: the server is trusted, the network is not. */
import type { ApiEvent } from '@shared/api';
import { ERROR_CODES, type ApiError, type Result } from '@shared/errors';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isApiError(value: unknown): value is ApiError {
  return (
    isObject(value) &&
    typeof value.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(value.code) &&
    typeof value.message === 'string' &&
    (value.params === undefined || isObject(value.params))
  );
}

/** A `Result` as the adapters send it; the value's own shape is the contract's business. */
export function isResult(value: unknown): value is Result<unknown> {
  if (!isObject(value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok === false) return isApiError(value.error);
  return false;
}

export function isApiEvent(value: unknown): value is ApiEvent {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'workspace.changed':
      return Array.isArray(value.tables) && value.tables.every((t) => typeof t === 'string');
    case 'session.changed':
      return value.workspace === null || isObject(value.workspace);
    case 'settings.changed':
      return isObject(value.settings);
    default:
      return false;
  }
}
