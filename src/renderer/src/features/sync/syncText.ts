import type { TFunction } from 'i18next';
import type { SyncConflictView, SyncOverview } from '@shared/sync/overview';
import { formatDateTime, localeFor } from '../../i18n/format';

export type SyncTone = 'neutral' | 'ok' | 'busy' | 'warning' | 'error';

/** A moment in the status: the time alone when it is today, else date and time. */
export function shortMoment(lang: string, iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  if (at.toDateString() !== now.toDateString()) return formatDateTime(lang, iso);
  return new Intl.DateTimeFormat(localeFor(lang), { timeStyle: 'short' }).format(at);
}

/** The top bar's one line, from facts: "Synced 14:02" only after an exchange succeeded and nothing waits. */
export function statusLine(t: TFunction, lang: string, status: SyncOverview, now = new Date()): { label: string; tone: SyncTone } {
  switch (status.phase) {
    case 'notShared':
      return { label: t('ui.sync.status.notShared'), tone: 'neutral' };
    case 'syncing':
      return { label: t('ui.sync.status.syncing'), tone: 'busy' };
    case 'offline':
      return { label: t('ui.sync.status.offline'), tone: 'warning' };
    case 'error':
      return { label: t('ui.sync.status.error'), tone: 'error' };
    case 'idle':
      if (status.pending > 0) return { label: t('ui.sync.status.waiting', { count: status.pending }), tone: 'neutral' };
      if (!status.lastSyncAt) return { label: t('ui.sync.status.synced'), tone: 'ok' };
      return { label: t('ui.sync.status.syncedAt', { time: shortMoment(lang, status.lastSyncAt, now) }), tone: 'ok' };
  }
}

/** A conflicting value as the user knows it: a role by its name, a flag as yes/no, an empty text as "(empty)". */
export function conflictValueText(t: TFunction, kind: SyncConflictView['kind'], value: string | number | null): string {
  switch (kind) {
    case 'role':
      return value === null ? t('ui.matrix.roles.unset') : t(`ui.matrix.roleNames.${String(value)}`, { defaultValue: String(value) });
    case 'deleted':
      return value === 1 ? t('ui.sync.conflicts.deleted') : t('ui.sync.conflicts.present');
    case 'flag':
      return value === 1 ? t('ui.sync.conflicts.yes') : t('ui.sync.conflicts.no');
    default:
      return value === null || value === '' ? t('ui.sync.conflicts.empty') : String(value);
  }
}

/** "Channel “Web shop”: name", with the table and column translated (a column this version has no word for is shown as it is named). */
export function conflictFieldText(t: TFunction, conflict: Pick<SyncConflictView, 'table' | 'subject' | 'column'>): string {
  const table = t(`ui.sync.conflicts.tables.${conflict.table}`, { defaultValue: t('ui.sync.conflicts.tables.other') });
  const column = t(`ui.sync.conflicts.columns.${conflict.column}`, { defaultValue: conflict.column.replace(/_/g, ' ') });
  return conflict.subject
    ? t('ui.sync.conflicts.field', { table, subject: conflict.subject, column })
    : t('ui.sync.conflicts.fieldNoSubject', { table, column });
}
