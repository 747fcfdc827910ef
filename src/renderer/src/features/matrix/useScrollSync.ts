import { useEffect, type RefObject } from 'react';

/**
 * Keeps every element matching `selector` inside the container scrolled to
 * the same place, so two grids side by side show the same phases and
 * channels. A scroll we set ourselves is not passed on again: passing it back
 * would pull a pane still moving (a wheel or a fling) back to an older place.
 */
export function useScrollSync(container: RefObject<HTMLElement | null>, selector: string): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const driven = new WeakSet<Element>();
    // Scroll events do not bubble, but they do pass the container in the capture phase.
    const onScroll = (event: Event) => {
      const source = event.target;
      if (!(source instanceof HTMLElement) || !source.matches(selector)) return;
      if (driven.has(source)) {
        driven.delete(source);
        return;
      }
      for (const other of root.querySelectorAll<HTMLElement>(selector)) {
        if (other === source) continue;
        if (other.scrollLeft === source.scrollLeft && other.scrollTop === source.scrollTop) continue;
        driven.add(other);
        other.scrollLeft = source.scrollLeft;
        other.scrollTop = source.scrollTop;
      }
    };
    root.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => root.removeEventListener('scroll', onScroll, { capture: true });
  }, [container, selector]);
}
