import type { Lang } from '@shared/domain/types';
import { formatDateTimeIn } from '@shared/i18n/format';

/**
 * The locale to format dates in: the user's own regional variant of the UI
 * language when the browser names one (en-GB writes "23 Nov 2026"), else the
 * language itself.
 */
export function localeFor(lang: string, preferred: readonly string[] = browserLanguages()): string {
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === lang.toLowerCase()) ?? lang;
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/**
 * A date and time as people in the UI language write it (the shared format,
 * so the history, the start screen and the deliverables agree); the raw text
 * when it is not a date.
 */
export function formatDateTime(lang: Lang | string, iso: string, preferred?: readonly string[]): string {
  return formatDateTimeIn(localeFor(lang, preferred), iso);
}
