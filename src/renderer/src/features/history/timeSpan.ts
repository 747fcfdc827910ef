import { formatDateTime, localeFor } from '../../i18n/format';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * When a run of changes happened, from its oldest to its newest entry, as
 * people in that language write a span ("2 Dec 2026, 10:02 – 10:14"): the
 * date is said once when both ends fall on the same day. One moment, or a
 * time that does not parse, reads as a single date and time.
 */
export function formatTimeSpan(lang: string, fromIso: string, toIso: string, preferred?: readonly string[]): string {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from.getTime() >= to.getTime()) {
    return formatDateTime(lang, toIso, preferred);
  }
  const locale = localeFor(lang, preferred);
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  return formatter.formatRange(from, to);
}
