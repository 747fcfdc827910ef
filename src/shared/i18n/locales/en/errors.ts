import type { ErrorCode } from '../../../errors';

/** User-facing text for every error code: plain words, no jargon, no stack traces. */
const errors: Record<ErrorCode, string> = {
  VALIDATION: 'That request was not understood: {{details}}',
  UNKNOWN_METHOD: 'This version of Channelwise does not know “{{method}}”.',
  FORBIDDEN: 'You are not allowed to do that.',
  INTERNAL: 'Something went wrong inside Channelwise. Your workspace was not changed.',
  NO_WORKSPACE: 'No workspace is open.',
  READ_ONLY: 'This workspace is open read-only, so it cannot be changed.',
  NOT_FOUND: 'That item no longer exists.',
  NAME_EMPTY: 'A name cannot be empty.',
  NAME_TOO_LONG: 'A name can be at most {{max}} characters long (this one has {{length}}).',
  NAME_DUPLICATE: '“{{name}}” already exists. Choose another name.',
  FILE_NOT_FOUND: 'There is no file at {{path}}.',
  FILE_EXISTS: 'A file already exists at {{path}}.',
  NOT_SQLITE: '{{path}} is not a Channelwise workspace (it is not a database file).',
  NOT_A_WORKSPACE: '{{path}} is a database, but not a Channelwise workspace.',
  WORKSPACE_CORRUPT: '{{path}} is damaged and cannot be opened safely.',
  WORKSPACE_LOCKED: '{{path}} is already open in {{holder}}. Close it there first.',
  IO_ERROR: 'The file could not be read or written: {{reason}}',
  NOTHING_TO_UNDO: 'There is nothing to undo.',
  NOTHING_TO_REDO: 'There is nothing to redo.',
  INVALID_INTERCHANGE: 'That JSON file is not a Channelwise export: {{reason}}',
};
export default errors;
