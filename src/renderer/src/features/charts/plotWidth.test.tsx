// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlotWidth } from './plotWidth';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** Reports to the test what the resize observer is given, so the test can play the browser's reports. */
let report: ((width: number) => void) | null = null;
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    report = (width) => this.callback([{ target, contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

const widths: number[] = [];
function Plot({ name }: { name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = usePlotWidth(ref, name);
  widths.push(width);
  return <div ref={ref}>{width}</div>;
}

const host = document.createElement('div');
const root = createRoot(host);
let measured = 0;
beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  widths.length = 0;
  measured = 0;
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => {
    measured++;
    return 500;
  });
});
afterEach(() => {
  act(() => root.render(null));
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('usePlotWidth', () => {
  it('measures a plot it has not seen; a plot it remembers draws at once at its last width, without measuring, and follows the observer', () => {
    act(() => root.render(<Plot name="first" />));
    expect(measured).toBe(1);
    expect(widths.at(-1)).toBe(500);

    act(() => root.render(null));
    widths.length = 0;
    measured = 0;
    act(() => root.render(<Plot name="first" />));
    // Reading the width while committing made the browser lay out every card, those below the screen too.
    expect(measured).toBe(0);
    expect(widths).toEqual([500]);

    // A window resized meanwhile: the observer's report redraws it.
    act(() => report!(420));
    expect(widths.at(-1)).toBe(420);
  });
});
