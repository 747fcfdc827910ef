import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { remPx } from '../../../components/remPx';

/** A slide is laid out on a page this many rem wide, then drawn at the size of the screen it is on. */
export const CANVAS_REM = 80;

interface Size {
  width: number;
  height: number;
  rootPx: number;
}

/**
 * The page a slide is drawn on: CANVAS_REM wide and as tall as its frame's
 * shape, zoomed to fill the frame. A slide therefore looks the same on a
 * laptop, a projector and a 4K screen, and at every presentation scale (which
 * sizes rem, and so the page and everything on it, alike); a thumbnail is the
 * same slide drawn small.
 */
export function SlideCanvas({ children, className }: { children: ReactNode; className?: string }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const measure = () => {
      const rootPx = remPx();
      const next = { width: frame.clientWidth, height: frame.clientHeight, rootPx };
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height && prev.rootPx === next.rootPx ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    // The presentation scale changes the root font size, which no observer reports.
    const root = new MutationObserver(measure);
    root.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class', 'data-scale'] });
    return () => {
      observer.disconnect();
      root.disconnect();
    };
  }, []);
  const pageWidth = CANVAS_REM * (size?.rootPx ?? 16);
  const zoom = size && size.width > 0 ? size.width / pageWidth : 1;
  const pageHeight = size ? size.height / zoom : (pageWidth * 9) / 16;
  return (
    <div ref={frameRef} className={className ? `slide-canvas ${className}` : 'slide-canvas'}>
      {size && size.width > 0 && size.height > 0 && (
        <div className="slide-canvas__page" style={{ width: pageWidth, height: pageHeight, zoom }}>
          {children}
        </div>
      )}
    </div>
  );
}
