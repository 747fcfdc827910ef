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

/**
 * The width of the element in whole pixels, 0 until measured. It is read in a
 * layout effect, so the charts draw at their real width before the first paint;
 * the page's cards all read in the same commit and so share one layout.
 */
export function usePlotWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.clientWidth));
    return watch(element, setWidth);
  }, [ref]);
  return width;
}
