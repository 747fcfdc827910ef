import type { BackupInfo } from '@shared/domain/types';
import type { ApiError } from '@shared/errors';

function isBackupInfo(value: unknown): value is BackupInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.createdAt === 'string' && typeof v.reason === 'string';
}

/** The good backups a WORKSPACE_CORRUPT error offers, newest first (as the core lists them). */
export function backupsOf(error: ApiError): BackupInfo[] {
  if (error.code !== 'WORKSPACE_CORRUPT') return [];
  const backups = error.params?.backups;
  return Array.isArray(backups) ? backups.filter(isBackupInfo) : [];
}
