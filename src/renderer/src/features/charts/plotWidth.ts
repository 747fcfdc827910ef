import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * One ResizeObserver for every chart on the page: each responsive chart of its
 * own would add an observer, a measuring pass and a second render per chart.
 */
const listeners = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;

function watch(element: Element, onWidth: (width: number) => void): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) listeners.get(entry.target)?.(Math.floor(entry.contentRect.width));
  });
  listeners.set(element, onWidth);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}

/** The last width measured per plot (see usePlotWidth's `remember`). */
const lastWidths = new Map<string, number>();

/**
 * The width of the element in whole pixels, 0 until measured. It is read in a
 * layout effect, so the charts draw at their real width before the first paint;
 * the page's cards all read in the same commit and so share one layout.
 *
 * With `remember` (a name for the plot, such as its card's title) it starts at
 * the width that plot had when last shown: coming back to the Charts page then
 * draws every chart in its first render, instead of rendering every card once
 * empty and again after measuring. It is then not read in the layout effect:
 * reading it there made the browser lay out every card at once, the ones below
 * the screen included, which the page's cards otherwise skip until they come
 * near (content-visibility in charts.css); on the benchmark workspace that was
 * the largest part of a return visit. If the width has changed since (a
 * resized window), the observer's first report corrects it.
 */
export function usePlotWidth(ref: RefObject<HTMLElement | null>, remember?: string): number {
  const [width, setWidth] = useState(() => (remember === undefined ? 0 : (lastWidths.get(remember) ?? 0)));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (next: number) => {
      if (remember !== undefined) lastWidths.set(remember, next);
      setWidth(next);
    };
    if (remember === undefined || !lastWidths.has(remember)) update(Math.floor(element.clientWidth));
    return watch(element, update);
  }, [ref, remember]);
  return width;
}
