/**
 * Waits, for a test, until `done()` holds: what a background task brings about
 * (a runner's debounce, file events, a poll, a longpoll). A bounded poll for a
 * condition, never a sleep-and-assert; fails with `what` after `timeoutMs`.
 */
export async function until(done: () => boolean, { timeoutMs = 15_000, everyMs = 20, what = 'the condition' } = {}): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
