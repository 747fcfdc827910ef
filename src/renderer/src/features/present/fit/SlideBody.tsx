import { useState, type ReactNode } from 'react';
import { FitBox, type FitOutcome } from './FitBox';

interface SlideBodyProps {
  children: ReactNode;
  /** Smallest readable zoom for this kind of content (a grid is denser than sentences). */
  min?: number;
  max?: number;
  /** What to say when trailing `data-fit-item`s had to be left out, given how many. */
  leftOut?: (hidden: number) => string;
  /** Something was left out before fitting (the caller knew it would not fit): say so even when the fit hides nothing more. */
  leftOutBefore?: boolean;
}

/** The part of a slide under its title: drawn to fit, and saying what did not. */
export function SlideBody({ children, min, max, leftOut, leftOutBefore = false }: SlideBodyProps) {
  const [outcome, setOutcome] = useState<FitOutcome | null>(null);
  const hidden = outcome?.hidden ?? 0;
  return (
    <>
      <FitBox min={min} max={max} onFit={setOutcome} className="present-slide__body">
        {children}
      </FitBox>
      {(hidden > 0 || leftOutBefore) && leftOut && <p className="present-slide__left-out">{leftOut(hidden)}</p>}
    </>
  );
}
