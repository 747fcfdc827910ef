/** Building the path of a new workspace from what the user typed. Pure, so it is unit-tested. */
import { MAX_NAME_LENGTH } from '@shared/domain/types';

export const WORKSPACE_EXTENSION = '.channelwise';
export const MAX_FILE_NAME_LENGTH = MAX_NAME_LENGTH;

/** Characters that are not allowed in file names on at least one of Windows, macOS or Linux. */
const FORBIDDEN_CHARS = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

function isForbidden(char: string): boolean {
  return FORBIDDEN_CHARS.has(char) || (char.codePointAt(0) ?? 0) < 0x20;
}

export type FileNameProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; length: number; max: number }
  | { kind: 'invalid'; chars: string };

/** Why a file name cannot be used, or null when it can. Surrounding spaces do not count. */
export function checkFileName(name: string): FileNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'empty' };
  const length = [...trimmed].length;
  if (length > MAX_FILE_NAME_LENGTH) return { kind: 'tooLong', length, max: MAX_FILE_NAME_LENGTH };
  const bad = [...new Set([...trimmed].filter(isForbidden))];
  if (bad.length > 0) return { kind: 'invalid', chars: bad.map(visible).join(' ') };
  return null;
}

function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : char;
}

export function hasWorkspaceExtension(name: string): boolean {
  return name.toLowerCase().endsWith(WORKSPACE_EXTENSION);
}

export function withWorkspaceExtension(name: string): string {
  return hasWorkspaceExtension(name) ? name : `${name}${WORKSPACE_EXTENSION}`;
}

/** A folder without trailing separators, except a root ("/", "C:\"), which keeps its own. */
function trimFolder(folder: string, separator: '/' | '\\'): string {
  const trimmed = folder.trim();
  const separators = separator === '\\' ? /[\\/]+$/ : /\/+$/;
  const stripped = trimmed.replace(separators, '');
  if (stripped === '' && trimmed !== '') return separator === '\\' ? trimmed.slice(0, 1) : '/';
  if (separator === '\\' && /^[a-zA-Z]:$/.test(stripped)) return `${stripped}\\`;
  return stripped;
}

/** folder + separator + name + ".channelwise" (added only when missing). */
export function buildWorkspacePath(folder: string, name: string, separator: '/' | '\\'): string {
  const file = withWorkspaceExtension(name.trim());
  const dir = trimFolder(folder, separator);
  if (dir === '') return file;
  return dir.endsWith(separator) ? `${dir}${file}` : `${dir}${separator}${file}`;
}
