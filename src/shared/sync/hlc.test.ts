import { describe, expect, it } from 'vitest';
import { formatHlc, MAX_CLOCK_LEAD_MS, nextHlc, parseHlc, receiveBounded, receiveHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('moves with the wall clock and resets the counter', () => {
    expect(nextHlc({ millis: 1000, counter: 7 }, 2000)).toEqual({ millis: 2000, counter: 0 });
  });

  it('never goes backwards when the wall clock does', () => {
    const a = nextHlc({ millis: 5000, counter: 0 }, 1000);
    expect(a).toEqual({ millis: 5000, counter: 1 });
    const b = nextHlc(a, 1000);
    expect(formatHlc(b, 'dev') > formatHlc(a, 'dev')).toBe(true);
  });

  it('rolls the counter over into the next millisecond', () => {
    expect(nextHlc({ millis: 5000, counter: 0xffff }, 10)).toEqual({ millis: 5001, counter: 0 });
  });

  it('sorts as text in time order and round-trips through parse', () => {
    const s = formatHlc({ millis: Date.UTC(2026, 10, 23), counter: 42 }, 'abcd1234');
    expect(s).toBe('2026-11-23T00:00:00.000Z-002a-abcd1234');
    expect(parseHlc(s)).toEqual({ millis: Date.UTC(2026, 10, 23), counter: 42, deviceId: 'abcd1234' });
    expect(() => parseHlc('nonsense')).toThrow();
  });

  it('orders local timestamps after a received remote one', () => {
    const merged = receiveHlc({ millis: 1000, counter: 3 }, { millis: 9000, counter: 5 }, 2000);
    expect(merged).toEqual({ millis: 9000, counter: 6 });
    expect(receiveHlc({ millis: 1000, counter: 0 }, { millis: 500, counter: 0 }, 3000)).toEqual({ millis: 3000, counter: 0 });
  });
});

describe('receiveBounded', () => {
  const now = Date.parse('2026-11-23T09:00:00.000Z');
  it('takes in a clock within the bound like receiveHlc', () => {
    const remote = { millis: now + 5000, counter: 3 };
    expect(receiveBounded({ millis: now, counter: 0 }, remote, now)).toEqual({ state: { millis: now + 5000, counter: 4 }, aheadMs: 0 });
  });
  it('moves the clock no further than an hour ahead of the wall clock and says how far the remote one was', () => {
    const remote = { millis: now + 5 * MAX_CLOCK_LEAD_MS, counter: 0 };
    const { state, aheadMs } = receiveBounded({ millis: now, counter: 0 }, remote, now);
    expect(state.millis).toBe(now + MAX_CLOCK_LEAD_MS);
    expect(aheadMs).toBe(5 * MAX_CLOCK_LEAD_MS);
  });
});
