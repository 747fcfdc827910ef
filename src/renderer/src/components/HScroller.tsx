/**
 * A strip that scrolls sideways and says so: a named region that takes
 * keyboard focus (arrow keys scroll it) when it is wider than its view, a
 * fade on each edge where something is cut off, and above it a bar with
 * "earlier" and "more" buttons that bring the next cut-off item into view,
 * each counting what is out of view. Nothing is silently cut.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';
import { cx } from './classNames';
import { scrollEdges, scrollTarget, type Edges, type Span } from './scrollEdges';
import './HScroller.css';

export interface HScrollerTexts {
  /** The region's accessible name. */
  label: string;
  /** How to scroll, shown while the strip scrolls. */
  hint: string;
  before: (count: number) => string;
  after: (count: number) => string;
}

interface HScrollerProps {
  texts: HScrollerTexts;
  /** The items counted (the strip's columns or cards), as a selector inside the strip. */
  items: string;
  className?: string;
  children: ReactNode;
}

const NONE: Edges = { before: 0, after: 0, scrolls: false };

function measure(viewport: HTMLElement, items: string): { edges: Edges; spans: Span[]; view: Span } {
  const box = viewport.getBoundingClientRect();
  const view = { left: box.left, right: box.left + viewport.clientWidth };
  const spans = [...viewport.querySelectorAll<HTMLElement>(items)].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  return { edges: scrollEdges(spans, view, viewport.scrollWidth), spans, view };
}

export function HScroller({ texts, items, className, children }: HScrollerProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [edges, setEdges] = useState<Edges>(NONE);

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const next = measure(el, items).edges;
        setEdges((prev) => (prev.before === next.before && prev.after === next.after && prev.scrolls === next.scrolls ? prev : next));
      });
    };
    const resized = new ResizeObserver(update);
    resized.observe(el);
    for (const child of el.children) resized.observe(child);
    const changed = new MutationObserver(update);
    changed.observe(el, { childList: true, subtree: true });
    el.addEventListener('scroll', update, { passive: true });
    update();
    return () => {
      resized.disconnect();
      changed.disconnect();
      el.removeEventListener('scroll', update);
      cancelAnimationFrame(frame);
    };
  }, [items]);

  const go = (direction: 1 | -1) => {
    const el = viewport.current;
    if (!el) return;
    const { spans, view } = measure(el, items);
    const left = scrollTarget(spans, view, el.scrollLeft, direction);
    if (left !== null) el.scrollTo({ left });
  };

  return (
    <div className={cx('hscroller', className)} data-more-before={edges.before > 0 ? '' : undefined} data-more-after={edges.after > 0 ? '' : undefined}>
      {edges.scrolls && (
        <div className="hscroller__bar">
          <Button size="small" variant="ghost" disabled={edges.before === 0} onClick={() => go(-1)}>
            {`← ${texts.before(edges.before)}`}
          </Button>
          <span id={hintId} className="hscroller__hint muted">
            {texts.hint}
          </span>
          <Button size="small" variant={edges.after > 0 ? 'secondary' : 'ghost'} disabled={edges.after === 0} onClick={() => go(1)}>
            {`${texts.after(edges.after)} →`}
          </Button>
        </div>
      )}
      <div className="hscroller__frame">
        <div
          ref={viewport}
          className="hscroller__viewport"
          role="region"
          aria-label={texts.label}
          aria-describedby={edges.scrolls ? hintId : undefined}
          tabIndex={edges.scrolls ? 0 : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  );
}

