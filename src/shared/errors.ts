/**
 * Stable error codes that cross every boundary (IPC, HTTP, CLI). The user-facing
 * text lives in the i18n catalogs under `errors.<CODE>`; `message` is an English
 * fallback for logs and for clients that cannot translate.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'HOST_KEY_REQUIRED',
  'INTERNAL',
  'NO_WORKSPACE',
  'READ_ONLY',
  'NOT_FOUND',
  'NAME_EMPTY',
  'NAME_TOO_LONG',
  'NAME_DUPLICATE',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'NOT_SQLITE',
  'NOT_A_WORKSPACE',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_LOCKED',
  'IO_ERROR',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'INVALID_INTERCHANGE',
  // Odd files
  'IS_A_FOLDER',
  'WORKSPACE_EMPTY',
  'WORKSPACE_TRUNCATED',
  'SCHEMA_MISMATCH',
  'WAL_MISMATCH',
  'WORKSPACE_NEEDS_RECOVERY',
  'INTERCHANGE_TOO_MANY',
  'INTERCHANGE_TOO_LONG',
  'INTERCHANGE_DUPLICATE',
  'INTERCHANGE_NO_SCENARIO',
  'INTERCHANGE_FILE_TOO_LARGE',
  'INTERCHANGE_NOT_JSON',
  'IMPORT_DAMAGED_WORKBOOK',
  // Matrix import and export
  'IMPORT_TOO_LARGE',
  'IMPORT_UNSUPPORTED_TYPE',
  'IMPORT_UNREADABLE',
  'IMPORT_ZIP_BOMB',
  'IMPORT_NO_SHEET',
  'IMPORT_NO_MATRIX',
  'IMPORT_GRID_TOO_BIG',
  'IMPORT_DUPLICATE_HEADER',
  'IMPORT_DUPLICATE_PHASE',
  'IMPORT_BAD_ROLE',
  'IMPORT_FORMULA',
  'IMPORT_MAPPING_CONFLICT',
  'SCENARIO_NOT_FOUND',
  'LENS_NOT_FOUND',
  // Workshop
  'WORKSHOP_UNAVAILABLE',
  'WORKSHOP_NOT_SHARING',
  'JOIN_CODE_WRONG',
  'JOIN_CODE_LOCKED',
  'WORKSHOP_FULL',
  'DISPLAY_NAME_INVALID',
  'PARTICIPANT_UNKNOWN',
  'VOTE_ALREADY_OPEN',
  'VOTE_NOT_OPEN',
  'VOTE_NOT_REVEALED',
  'VOTE_ITEM_UNKNOWN',
  'VOTE_NO_DOTS_LEFT',
  'VOTE_MIXED_ITEMS',
  'VOTE_DUPLICATE_ITEM',
  // Economics
  'ECONOMICS_NOT_WHOLE',
  'ECONOMICS_PERCENT_SUM',
  // Journeys
  'TEXT_TOO_LONG',
  'EMOTION_OUT_OF_RANGE',
  'STEP_NOT_IN_PHASE',
  // Findings
  'FINDINGS_THRESHOLD_RANGE',
  // Workspace settings
  'CURRENCY_UNKNOWN',
  // Present
  'SLIDE_TITLE_REQUIRED',
  'SLIDE_NOT_TEXT',
  'DECK_FULL',
  'SLIDE_NOT_TARGETED',
  'SLIDE_TARGET_INVALID',
  // Deliverables
  'EXPORT_JOB_UNKNOWN',
  'EXPORT_CANCELLED',
  'CHROMIUM_NOT_FOUND',
  'PDF_FAILED',
  'PDF_NOT_READY',
  // Team sync: shared folder
  'SYNC_FOLDER_NOT_FOUND',
  'SYNC_FOLDER_NOT_A_FOLDER',
  'SYNC_FOLDER_NOT_WRITABLE',
  'SYNC_FOLDER_OTHER_WORKSPACE',
  'SYNC_FOLDER_DAMAGED',
  'SYNC_FOLDER_NEWER_FORMAT',
  'SYNC_FOLDER_NOT_SHARED',
  'SYNC_FOLDER_HOLDS_WORKSPACE',
  'SYNC_NOT_SHARED',
  'UNDO_TEAMMATE_CHANGED',
  // Team sync: CouchDB server
  'SYNC_SERVER_BAD_URL',
  'SYNC_SERVER_UNREACHABLE',
  'SYNC_SERVER_UNAVAILABLE',
  'SYNC_SERVER_AUTH',
  'SYNC_SERVER_FORBIDDEN',
  'SYNC_SERVER_CANNOT_CREATE',
  'SYNC_SERVER_OTHER_WORKSPACE',
  'SYNC_SERVER_NEWER_FORMAT',
  'SYNC_SERVER_NOT_SHARED',
  'SYNC_SERVER_REJECTED',
  'SYNC_SERVER_NOT_COUCHDB',
  'SYNC_SERVER_NO_PASSWORD',
  'SYNC_SERVER_NO_USER',
  'SYNC_TARGET_BOTH',
  'SYNC_TARGET_NONE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | boolean | null | string[] | object[]>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; turned into `{ ok: false, error }` by every adapter. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toApiError(): ApiError {
    return this.params === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, params: this.params };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Anything thrown becomes an ApiError; unknown failures never leak a stack trace. */
export function toApiError(err: unknown): ApiError {
  if (isAppError(err)) return err.toApiError();
  return { code: 'INTERNAL', message: 'Something went wrong inside Channelwise.' };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
