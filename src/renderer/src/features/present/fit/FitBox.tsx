import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { fitCount, fitZoom, type FitResult } from './fitZoom';

export interface FitOutcome extends FitResult {
  /** How many of the content's `data-fit-item` elements, from the end, were left out so the rest fits. */
  hidden: number;
}

interface FitBoxProps {
  children: ReactNode;
  /** The smallest zoom that is still readable for this content. */
  min?: number;
  /** How far small content may be drawn up. */
  max?: number;
  /** Called after every fit, with what was done (a slide says what it left out). */
  onFit?: (outcome: FitOutcome) => void;
  className?: string;
}

const ITEM = '[data-fit-item]';

/**
 * Draws its content as large as fits its box (CSS zoom, which keeps hit areas
 * and popovers right, between `min` and `max`). When the content does not fit
 * even at `min`, the trailing elements marked `data-fit-item` are left out
 * until the rest does. Nothing inside ever scrolls or is cut.
 */
export function FitBox({ children, min = 0.6, max = 1, onFit, className }: FitBoxProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  const onFitRef = useRef(onFit);
  useLayoutEffect(() => {
    onFitRef.current = onFit;
  });

  useLayoutEffect(() => {
    const box = boxRef.current;
    const inner = innerRef.current;
    if (!box || !inner) return;
    let last = '';
    const fit = () => {
      const width = box.clientWidth;
      const height = box.getBoundingClientRect().height;
      if (width === 0 || height === 0) return;
      const fitsAt = (zoom: number): boolean => {
        inner.style.zoom = String(zoom);
        inner.style.width = `${width / zoom}px`;
        return inner.scrollWidth <= inner.clientWidth + 1 && inner.getBoundingClientRect().height <= height + 0.5;
      };
      const items = Array.from(inner.querySelectorAll<HTMLElement>(ITEM));
      const showFirst = (count: number) => items.forEach((item, i) => (item.style.display = i < count ? '' : 'none'));
      showFirst(items.length);
      let result = fitZoom(fitsAt, min, max);
      let shown = items.length;
      if (!result.fits && items.length > 1) {
        shown = fitCount((count) => {
          showFirst(count);
          return fitsAt(min);
        }, items.length);
        showFirst(shown);
        result = fitZoom(fitsAt, min, max);
      }
      fitsAt(result.zoom);
      const outcome: FitOutcome = { ...result, hidden: items.length - shown };
      inner.dataset.fit = outcome.fits ? 'fits' : 'over';
      const key = JSON.stringify(outcome);
      if (key !== last) {
        last = key;
        onFitRef.current?.(outcome);
      }
    };
    fit();
    // Content arrives later (queries) and boxes change size (window, presentation scale): fit again,
    // in the next frame, so the observer never sees its own change within one delivery.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(box);
    const content = inner.firstElementChild;
    if (content) observer.observe(content);
    const mutations = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    mutations.observe(inner, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      mutations.disconnect();
    };
  }, [min, max]);

  return (
    <div ref={boxRef} className={className ? `fit-box ${className}` : 'fit-box'}>
      <div ref={innerRef} className="fit-box__inner">
        <div className="fit-box__content">{children}</div>
      </div>
    </div>
  );
}
