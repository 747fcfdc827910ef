import { describe, expect, it } from 'vitest';
import { readinessOf, WAIT_FOR_REPORT } from './ready';

/** Just enough of a page for the script: one element with attributes, and observers fired by hand. */
function fakePage(initial: Record<string, string> | null) {
  let attributes = initial;
  const observers: (() => void)[] = [];
  let disconnected = 0;
  const element = { getAttribute: (name: string) => attributes?.[name] ?? null };
  const document = { documentElement: {}, querySelector: () => (attributes ? element : null) };
  class FakeObserver {
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(() => this.callback());
    }
    disconnect() {
      disconnected++;
    }
  }
  const run = new Function('document', 'MutationObserver', `return ${WAIT_FOR_REPORT};`) as (d: unknown, m: unknown) => Promise<unknown>;
  return {
    promise: run(document, FakeObserver),
    change(next: Record<string, string>) {
      attributes = next;
      for (const fire of observers) fire();
    },
    observers: () => observers.length,
    disconnected: () => disconnected,
  };
}

describe('WAIT_FOR_REPORT: the script a printer runs in the report page', () => {
  it('resolves at once when the report is already ready', async () => {
    const page = fakePage({ 'data-report-state': 'ready', 'data-report-pages': '14' });
    expect(await page.promise).toEqual({ state: 'ready', pages: 14, reason: '' });
    expect(page.observers()).toBe(0);
  });

  it('waits while the report is busy, and resolves on the change that makes it ready', async () => {
    const page = fakePage(null);
    let settled: unknown = 'pending';
    void page.promise.then((value) => (settled = value));
    page.change({ 'data-report-state': 'busy' });
    await Promise.resolve();
    expect(settled).toBe('pending');
    page.change({ 'data-report-state': 'ready', 'data-report-pages': '9' });
    expect(await page.promise).toEqual({ state: 'ready', pages: 9, reason: '' });
    expect(page.disconnected()).toBe(1);
  });

  it('resolves with the reason when the report failed', async () => {
    const page = fakePage({ 'data-report-state': 'busy' });
    page.change({ 'data-report-state': 'failed', 'data-report-error': 'The workspace is gone.' });
    expect(await page.promise).toEqual({ state: 'failed', pages: 0, reason: 'The workspace is gone.' });
  });
});

describe('readinessOf', () => {
  it('accepts what the script resolves with, and nothing else', () => {
    expect(readinessOf({ state: 'ready', pages: 3, reason: '' })).toEqual({ state: 'ready', pages: 3, reason: '' });
    expect(readinessOf({ state: 'busy', pages: 3, reason: '' })).toBeNull();
    expect(readinessOf({ state: 'ready', pages: Number.NaN, reason: '' })).toBeNull();
    expect(readinessOf('ready')).toBeNull();
    expect(readinessOf(null)).toBeNull();
  });
});
