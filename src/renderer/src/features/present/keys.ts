/**
 * What a key does during a presentation. Pure, so the mapping is tested
 * without a browser. Presentation clickers send PageUp/PageDown (some also
 * arrow keys or "b"/"." for a black screen, which we do not need).
 */
export type ShowAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Record<string, ShowAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** Keys a control inside the slide (the matrix grid, a button) uses for itself; the clicker's keys always turn the page. */
const CLICKER_KEYS = new Set(['PageUp', 'PageDown']);

export function showAction(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  inControl: boolean,
): ShowAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = ACTIONS[event.key] ?? null;
  if (action === null) return null;
  if (inControl && !CLICKER_KEYS.has(event.key)) return null;
  return action;
}

/**
 * Whether a key belongs to the focused control rather than to the show: a grid
 * or a field keeps the arrow keys, a button keeps Space and Enter (which press it).
 */
export function keyForControl(key: string, target: { closest(selector: string): unknown } | null): boolean {
  if (!target) return false;
  if (target.closest('[role="grid"], input:not([type="checkbox"]), textarea, select, [contenteditable="true"], dialog') !== null) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href], [role="button"], input[type="checkbox"]') !== null;
}

/** The index an action leads to, clamped to the deck; null for leaving. */
export function stepIndex(action: ShowAction, index: number, count: number): number | null {
  if (action === 'exit') return null;
  const last = Math.max(0, count - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** "12:05" or "1:02:05" from milliseconds (negative counts as zero). */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
