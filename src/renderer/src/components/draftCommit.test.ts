import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftCommitCycle, SETTLE_MS } from './draftCommit';

/**
 * A field whose saves answer only when the test says so, like a slow disk. With `lateValue`, the saved value reaches
 * the field only when the test calls `render`, as with the query cache, which tells its readers a task after the save.
 */
function slowField(initial = '', { lateValue = false } = {}) {
  const saved: string[] = [];
  const pending: Array<{ text: string; answer: (ok: boolean) => void }> = [];
  const options = {
    value: initial,
    onCommit: (text: string) =>
      new Promise<void>((resolve, reject) => {
        pending.push({
          text,
          answer: (ok) => {
            if (!ok) return reject(new Error(`refused ${text}`));
            saved.push(text);
            // The field re-renders with the saved value, as React would.
            if (!lateValue) cycle.follow({ ...options, value: text });
            resolve();
          },
        });
      }),
    describe: (err: unknown) => (err instanceof Error ? err.message : 'failed'),
  };
  const cycle = new DraftCommitCycle(options);
  /** Answers the oldest save and lets the cycle run on. */
  async function answer(ok = true) {
    const next = pending.shift();
    if (!next) throw new Error('no save under way');
    next.answer(ok);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  /** The field renders with this saved value. */
  const render = (value: string) => cycle.follow({ ...options, value });
  return { cycle, saved, pending, answer, render };
}

describe('DraftCommitCycle', () => {
  it('saves a commit and shows the saved value again', async () => {
    const { cycle, saved, answer } = slowField('a');
    cycle.type('b');
    expect(cycle.state.draft).toBe('b');
    const done = cycle.commit();
    await answer();
    await done;
    expect(saved).toEqual(['b']);
    expect(cycle.state).toEqual({ draft: null, error: null });
  });

  it('does not save text that did not change', async () => {
    const { cycle, pending } = slowField('same');
    cycle.type('same');
    await cycle.commit();
    expect(pending).toHaveLength(0);
    expect(cycle.state.draft).toBeNull();
  });

  it('runs a commit made during a save once that save is done, with the newest text', async () => {
    const { cycle, saved, pending, answer } = slowField('0');
    cycle.type('25');
    void cycle.commit();
    cycle.type('12');
    void cycle.commit();
    cycle.type('120');
    void cycle.commit();
    expect(pending.map((p) => p.text)).toEqual(['25']);
    await answer();
    expect(pending.map((p) => p.text)).toEqual(['120']);
    await answer(false);
    expect(saved).toEqual(['25']);
    expect(cycle.state).toEqual({ draft: null, error: 'refused 120' });
  });

  it('keeps a queued commit when Esc follows Enter at once, and lets the Esc through', async () => {
    const { cycle, saved, answer } = slowField('0');
    cycle.type('10');
    void cycle.commit();
    cycle.type('30');
    void cycle.commit();
    expect(cycle.cancel()).toBe(false);
    await answer();
    await answer();
    expect(saved).toEqual(['10', '30']);
    expect(cycle.state.draft).toBeNull();
  });

  it('lets Esc drop typing that was never committed', async () => {
    const { cycle, saved, pending, answer } = slowField('0');
    cycle.type('10');
    void cycle.commit();
    cycle.type('99');
    expect(cycle.cancel()).toBe(true);
    expect(cycle.state.draft).toBeNull();
    await answer();
    expect(saved).toEqual(['10']);
    expect(pending).toHaveLength(0);
  });

  it('keeps text typed while a save was under way', async () => {
    const { cycle, answer } = slowField('0');
    cycle.type('10');
    void cycle.commit();
    cycle.type('10 and more');
    await answer();
    expect(cycle.state.draft).toBe('10 and more');
  });

  it('tells its listeners when the draft or error changes, and only then', async () => {
    const { cycle } = slowField('x');
    let calls = 0;
    const stop = cycle.subscribe(() => calls++);
    cycle.type('y');
    cycle.type('y');
    expect(calls).toBe(1);
    stop();
    cycle.type('z');
    expect(calls).toBe(1);
  });

  describe('when the saved value reaches the field after the save', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps showing the saved text until it does, never the old value', async () => {
      const { cycle, answer, render } = slowField('', { lateValue: true });
      const shown: Array<string | null> = [];
      cycle.subscribe(() => shown.push(cycle.state.draft));
      cycle.type('25');
      const done = cycle.commit();
      await answer();
      await done;
      expect(cycle.state.draft).toBe('25');
      render('25');
      expect(cycle.state.draft).toBeNull();
      // The field went from the typing straight to the saved value: no frame showed the old, empty one.
      expect(shown).toEqual(['25', null]);
    });

    it('lets new typing take over at once', async () => {
      const { cycle, answer, render } = slowField('', { lateValue: true });
      cycle.type('25');
      const done = cycle.commit();
      await answer();
      await done;
      cycle.type('120');
      render('25');
      expect(cycle.state.draft).toBe('120');
    });

    it('shows the value the core kept when it never changes, after a while', async () => {
      vi.useFakeTimers();
      const { cycle, pending } = slowField('25', { lateValue: true });
      cycle.type('25.0');
      const done = cycle.commit();
      pending.shift()!.answer(true);
      await done;
      expect(cycle.state.draft).toBe('25.0');
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
      expect(cycle.state.draft).toBeNull();
    });
  });
});
