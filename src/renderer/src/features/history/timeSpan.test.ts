import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../i18n/format';
import { formatTimeSpan } from './timeSpan';

describe('the time span of a run of changes', () => {
  const from = '2026-12-02T10:02:00.000Z';
  const to = '2026-12-02T10:14:00.000Z';

  it('says the date once for a span within one day', () => {
    const text = formatTimeSpan('en', from, to, ['en-GB']);
    expect(text.match(/2026/g)).toHaveLength(1);
    expect(text).toContain('–');
  });

  it('reads one moment, or a time that does not parse, as a single date and time', () => {
    expect(formatTimeSpan('nl', to, to, ['nl-NL'])).toBe(formatDateTime('nl', to, ['nl-NL']));
    expect(formatTimeSpan('en', 'later', to, [])).toBe(formatDateTime('en', to, []));
  });
});
