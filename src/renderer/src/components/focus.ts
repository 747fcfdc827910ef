const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements inside `root` that Tab can reach, in document order. */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[inert]') && el.getClientRects().length > 0,
  );
}

/** Focuses an element that may have been re-rendered; true when it took focus. */
export function focusElement(el: HTMLElement | null | undefined, options?: FocusOptions): boolean {
  if (!el || !el.isConnected) return false;
  el.focus(options);
  return document.activeElement === el;
}
