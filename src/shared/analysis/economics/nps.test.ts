import { describe, expect, it } from 'vitest';
import { netPromoterScore } from './nps';

describe('netPromoterScore', () => {
  it('is % promoters - % detractors, passives in the base only (counts)', () => {
    const nps = netPromoterScore({ npsMode: 'counts', promoters: 50, passives: 30, detractors: 20 });
    expect(nps).toEqual({ ok: true, value: { score: 30, promoters: 50, passives: 30, detractors: 20, base: 100 } });
    const small = netPromoterScore({ npsMode: 'counts', promoters: 3, passives: 0, detractors: 1 });
    expect(small.ok && small.value.score).toBe(50);
  });

  it('ranges from -100 to +100', () => {
    const low = netPromoterScore({ npsMode: 'counts', promoters: 0, passives: 0, detractors: 7 });
    const high = netPromoterScore({ npsMode: 'counts', promoters: 7, passives: null, detractors: null });
    expect(low.ok && low.value.score).toBe(-100);
    expect(high.ok && high.value.score).toBe(100);
  });

  it('takes percentages that add up to 100', () => {
    expect(netPromoterScore({ npsMode: 'percent', promoters: 45, passives: 35, detractors: 20 })).toEqual({
      ok: true,
      value: { score: 25, promoters: 45, passives: 35, detractors: 20, base: 100 },
    });
    expect(netPromoterScore({ npsMode: 'percent', promoters: 45, passives: 30, detractors: 20 })).toEqual({ ok: false, why: { kind: 'percentSum', sum: 95 } });
  });

  it('says when there is nothing to score (empty, all zeros)', () => {
    expect(netPromoterScore({ npsMode: 'counts', promoters: null, passives: null, detractors: null })).toEqual({
      ok: false,
      why: { kind: 'missing', fields: ['promoters', 'passives', 'detractors'] },
    });
    expect(netPromoterScore({ npsMode: 'counts', promoters: 0, passives: 0, detractors: 0 })).toEqual({ ok: false, why: { kind: 'noResponses' } });
  });

  it('stays finite for huge counts', () => {
    const nps = netPromoterScore({ npsMode: 'counts', promoters: 1e9, passives: 1e9, detractors: 0 });
    expect(nps.ok && nps.value.score).toBe(50);
  });
});
