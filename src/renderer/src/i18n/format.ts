import type { Lang } from '@shared/domain/types';

const formatters = new Map<string, Intl.DateTimeFormat>();

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

/** A date and time as people in that language write it; the raw text when it is not a date. */
export function formatDateTime(lang: Lang | string, iso: string, preferred?: readonly string[]): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = localeFor(lang, preferred);
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
