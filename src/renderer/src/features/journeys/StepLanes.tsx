import { Fragment } from 'react';
import type { TFunction } from 'i18next';
import type { JourneyStep } from '@shared/domain/journeys';
import { cachedText } from './textCache';

export const LANES = ['does', 'thinks', 'feels', 'painPoints', 'opportunities', 'owner', 'kpi'] as const;
export type Lane = (typeof LANES)[number];

/**
 * The filled-in lanes of a step as a labelled list; long texts wrap inside the card. Terms and details sit in the
 * list directly, without a wrapper per lane: a 200-step map has about 1,000 lanes, and the wrappers were a seventh of
 * the page's elements.
 */
export function StepLanes({ step, t }: { step: JourneyStep; t: TFunction }) {
  const filled = LANES.filter((lane) => step[lane].trim() !== '');
  if (filled.length === 0) return null;
  return (
    <dl className="step-lanes">
      {filled.map((lane) => (
        <Fragment key={lane}>
          <dt className={`step-lanes__term step-lanes__term--${lane}`}>{cachedText(t, `lane:${lane}`, () => t(`ui.journeys.lanes.${lane}`))}</dt>
          <dd className="step-lanes__text">{step[lane]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
