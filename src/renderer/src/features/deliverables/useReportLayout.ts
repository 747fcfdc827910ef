/**
 * Measures the report, plans its pages and says when it is ready to print.
 * Every change inside the report (data arriving, a chart drawing, the page
 * numbers being written) schedules a measurement in the next frame; a plan is
 * only trusted once a measurement after it was drawn finds the same layout.
 * Ready: no section waiting for data, nothing loading, fonts loaded, and the
 * plan confirmed. Printers wait for that (src/shared/report/ready.ts).
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BlockBreak } from '@shared/report/paginate';
import type { ReportState } from '@shared/report/ready';
import { planPages, type MeasuredBlock, type PagePlan } from './pages';

type Measure = { phase: 'waiting' } | { phase: 'failed'; reason: string } | { phase: 'planned' | 'confirmed'; plan: PagePlan };

export interface ReportLayout {
  state: ReportState;
  /** Why the report failed ('' otherwise). */
  reason: string;
  sectionPages: Readonly<Record<string, number>>;
  /** The blocks that begin a page, with the page's number. */
  starts: ReadonlyMap<string, number>;
  total: number;
  /** Identifies the current plan ('' while there is none). */
  signature: string;
}

const NO_STARTS: ReadonlyMap<string, number> = new Map();
const BREAKS: readonly BlockBreak[] = ['auto', 'chapter', 'page'];

function read(root: HTMLElement): { pending: boolean; failed: string | null; blocks: MeasuredBlock[]; bottom: number } {
  const failed = root.querySelector('[data-report-failed]');
  const pending = root.querySelector('[data-report-pending]') !== null;
  const elements = [...root.querySelectorAll<HTMLElement>('[data-report-block]')];
  const blocks = elements.map((el) => {
    const breakBefore = BREAKS.find((b) => b === el.dataset.break) ?? 'auto';
    return { id: el.dataset.reportBlock ?? '', top: el.getBoundingClientRect().top, breakBefore, keepWithNext: el.dataset.keep !== undefined, section: el.dataset.reportSection ?? null };
  });
  const last = elements.at(-1);
  return { pending, failed: failed ? (failed.textContent ?? '') : null, blocks, bottom: last ? last.getBoundingClientRect().bottom : 0 };
}

function next(prev: Measure, root: HTMLElement): Measure {
  const found = read(root);
  if (found.failed !== null) return prev.phase === 'failed' && prev.reason === found.failed ? prev : { phase: 'failed', reason: found.failed };
  if (found.pending || found.blocks.length === 0) return prev.phase === 'waiting' ? prev : { phase: 'waiting' };
  const plan = planPages(found.blocks, found.bottom);
  if ((prev.phase === 'planned' || prev.phase === 'confirmed') && prev.plan.signature === plan.signature) {
    return prev.phase === 'confirmed' ? prev : { phase: 'confirmed', plan: prev.plan };
  }
  return { phase: 'planned', plan };
}

/** `busy`: something outside the blocks is still loading (the section list, a background refetch). */
export function useReportLayout(root: RefObject<HTMLElement | null>, busy: boolean): ReportLayout {
  const [measure, setMeasure] = useState<Measure>({ phase: 'waiting' });
  const [fontsReady, setFontsReady] = useState(false);
  /** Measure in the next frame (once, however often it is asked). */
  const schedule = useRef<() => void>(() => undefined);

  useEffect(() => {
    let alive = true;
    void document.fonts.ready.then(() => {
      if (alive) setFontsReady(true);
    });
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    const el = root.current;
    if (!el || !fontsReady) return;
    let frame = 0;
    schedule.current = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setMeasure((prev) => next(prev, el));
      });
    };
    const resized = new ResizeObserver(() => schedule.current());
    resized.observe(el);
    const changed = new MutationObserver(() => schedule.current());
    changed.observe(el, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-report-pending', 'data-report-failed', 'data-report-block'] });
    schedule.current();
    return () => {
      resized.disconnect();
      changed.disconnect();
      cancelAnimationFrame(frame);
      schedule.current = () => undefined;
    };
  }, [root, fontsReady]);

  // A new plan is drawn (breaks, page numbers); measure once more to confirm it holds.
  useEffect(() => {
    if (measure.phase === 'planned') schedule.current();
  }, [measure]);

  const plan = measure.phase === 'planned' || measure.phase === 'confirmed' ? measure.plan : null;
  // The same map while the plan is the same (a confirmed plan keeps its object): the blocks read it from context.
  const starts = useMemo(() => (plan ? new Map(plan.pagination.starts.map((id) => [id, plan.pagination.pageOf[id]!] as const)) : NO_STARTS), [plan]);
  const state: ReportState = measure.phase === 'failed' ? 'failed' : measure.phase === 'confirmed' && !busy && fontsReady ? 'ready' : 'busy';
  return {
    state,
    reason: measure.phase === 'failed' ? measure.reason : '',
    sectionPages: plan?.sectionPages ?? {},
    starts,
    total: plan?.pagination.total ?? 0,
    signature: plan?.signature ?? '',
  };
}
