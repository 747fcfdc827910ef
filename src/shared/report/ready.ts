/**
 * The report page's readiness handshake. The report page (renderer) says on
 * its <article> whether it is still busy, ready to print, or failed; a
 * printer (the CLI's headless Chromium over the DevTools protocol, the
 * desktop shell's printToPDF) runs WAIT_FOR_REPORT in the page and prints
 * only once it resolves with 'ready'. Ready means: every section has its
 * data and has rendered, and the page breaks and the contents' page numbers
 * are computed from the laid-out page, and checked once more after they were drawn.
 */

export const REPORT_STATE_ATTRIBUTE = 'data-report-state';
export const REPORT_PAGES_ATTRIBUTE = 'data-report-pages';
export const REPORT_ERROR_ATTRIBUTE = 'data-report-error';

export type ReportState = 'busy' | 'ready' | 'failed';

export interface ReportReadiness {
  state: 'ready' | 'failed';
  /** The pages the report plans to print. */
  pages: number;
  /** Why it failed ('' when ready). */
  reason: string;
}

/**
 * A script that evaluates to a promise: it resolves once the page's report
 * says 'ready' or 'failed' (at once when it already does), and never before.
 * It waits for a change in the page, not for a timer; the caller bounds the
 * wait. Plain ES2020 with no outside names, for Runtime.evaluate and
 * webContents.executeJavaScript alike.
 */
export const WAIT_FOR_REPORT = `new Promise((resolve) => {
  const read = () => {
    const el = document.querySelector('[${REPORT_STATE_ATTRIBUTE}]');
    const state = el ? el.getAttribute('${REPORT_STATE_ATTRIBUTE}') : null;
    if (state !== 'ready' && state !== 'failed') return false;
    resolve({ state, pages: Number(el.getAttribute('${REPORT_PAGES_ATTRIBUTE}') || 0), reason: el.getAttribute('${REPORT_ERROR_ATTRIBUTE}') || '' });
    return true;
  };
  if (read()) return;
  const observer = new MutationObserver(() => {
    if (read()) observer.disconnect();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['${REPORT_STATE_ATTRIBUTE}'] });
})`;

/** What WAIT_FOR_REPORT resolved with, checked; null when it is not a readiness at all. */
export function readinessOf(value: unknown): ReportReadiness | null {
  if (typeof value !== 'object' || value === null) return null;
  const state: unknown = Reflect.get(value, 'state');
  const pages: unknown = Reflect.get(value, 'pages');
  const reason: unknown = Reflect.get(value, 'reason');
  if ((state !== 'ready' && state !== 'failed') || typeof pages !== 'number' || !Number.isFinite(pages) || typeof reason !== 'string') return null;
  return { state, pages, reason };
}
