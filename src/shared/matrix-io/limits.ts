import { MAX_IMPORT_BYTES } from './types';

const MB = 1024 * 1024;

/**
 * Params of IMPORT_TOO_LARGE, in MB with one decimal. The size is rounded up,
 * so a file just over the limit never reads "3 MB; files up to 3 MB".
 */
export function tooLargeParams(name: string, bytes: number): { name: string; size: number; max: number } {
  return { name, size: Math.ceil((bytes / MB) * 10) / 10, max: MAX_IMPORT_BYTES / MB };
}
