import { describe, expect, it } from 'vitest';
import {
  cellItemId,
  cleanDisplayName,
  dotsLeft,
  formatCountdown,
  IDLE_TIMER,
  parseCellItemId,
  pauseTimer,
  resultsSlide,
  resumeTimer,
  slideShowsVoteResults,
  startTimer,
  timerView,
  type ParticipantVote,
  type SharedSlide,
} from './workshop';

describe('workshop domain', () => {
  it('cleans display names: trimmed, 1 to 40 characters', () => {
    expect(cleanDisplayName('  Ann   de  Vries ')).toBe('Ann de Vries');
    expect(cleanDisplayName('   ')).toBeNull();
    expect(cleanDisplayName('a\u0007b')).toBe('ab');
    expect(cleanDisplayName('é'.repeat(40))).toHaveLength(40);
    expect(cleanDisplayName('x'.repeat(41))).toBeNull();
  });

  it('counts the timer down, pauses and resumes it', () => {
    const started = startTimer(60_000, 1_000);
    expect(timerView(started, 11_000)).toEqual({ status: 'running', durationMs: 60_000, remainingMs: 50_000 });
    const paused = pauseTimer(started, 21_000);
    expect(timerView(paused, 99_000).remainingMs).toBe(40_000);
    const resumed = resumeTimer(paused, 100_000);
    expect(timerView(resumed, 130_000).remainingMs).toBe(10_000);
    expect(timerView(resumed, 999_000).remainingMs).toBe(0);
    expect(pauseTimer(IDLE_TIMER, 5)).toBe(IDLE_TIMER);
    expect(resumeTimer(started, 5)).toBe(started);
  });

  it('formats a countdown', () => {
    expect(formatCountdown(245_000)).toBe('4:05');
    expect(formatCountdown(8_100)).toBe('0:09');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('0:00');
  });

  it('round-trips cell item ids and refuses anything else', () => {
    const id = cellItemId('s1', { kind: 'typology', id: 't1' }, 'p1', 'c1');
    expect(parseCellItemId(id)).toEqual({ scenarioId: 's1', lensKind: 'typology', lensId: 't1', phaseId: 'p1', channelId: 'c1' });
    expect(parseCellItemId(cellItemId('s1', { kind: 'all' }, 'p1', 'c1'))?.lensId).toBe('');
    expect(parseCellItemId('finding-1')).toBeNull();
    expect(parseCellItemId('~~~~')).toBeNull();
  });

  it('counts dots left and makes a results slide of the voted items only', () => {
    expect(dotsLeft(5, [2, 1])).toBe(2);
    expect(dotsLeft(2, [2, 1])).toBe(0);
    const session = { id: 'v', title: 'Top', targetKind: 'cell' as const, dotsPerParticipant: 3, status: 'revealed' as const, createdAt: '' };
    const slide = resultsSlide({
      session,
      voters: 2,
      dotsCast: 4,
      totals: [
        { kind: 'cell', id: 'a', label: 'A', dots: 4, voters: 2 },
        { kind: 'cell', id: 'b', label: 'B', dots: 0, voters: 0 },
      ],
    });
    expect(slide).toEqual({ kind: 'results', title: 'Top', voteId: 'v', rows: [{ label: 'A', dots: 4 }] });
  });
});

describe('slideShowsVoteResults', () => {
  const vote: ParticipantVote = {
    id: 'v1',
    title: 'Where should we invest?',
    status: 'revealed',
    dotsPerParticipant: 3,
    items: [{ key: '0', label: 'Web in Inform' }],
    myDots: { '0': 2 },
    dotsLeft: 1,
    totals: { '0': 5 },
  };
  const slide: SharedSlide = { kind: 'results', title: 'Vote: Where should we invest?', voteId: 'v1', rows: [{ label: 'Web in Inform', dots: 5 }] };

  it('is true for the revealed results of this vote, whatever the slide is titled', () => {
    expect(slideShowsVoteResults(slide, vote)).toBe(true);
  });

  it('is false before the reveal, for another vote, another kind of slide or nothing', () => {
    expect(slideShowsVoteResults(slide, { ...vote, status: 'closed', totals: null })).toBe(false);
    expect(slideShowsVoteResults({ ...slide, voteId: 'v2' }, vote)).toBe(false);
    expect(slideShowsVoteResults({ kind: 'results', title: vote.title, rows: slide.rows }, vote)).toBe(false);
    expect(slideShowsVoteResults({ kind: 'text', title: vote.title, body: '' }, vote)).toBe(false);
    expect(slideShowsVoteResults(null, vote)).toBe(false);
    expect(slideShowsVoteResults(slide, null)).toBe(false);
  });
});
