import type { TFunction } from 'i18next';
import type { JourneyStep } from '@shared/domain/journeys';
import { cachedText } from './textCache';

export const LANES = ['does', 'thinks', 'feels', 'painPoints', 'opportunities', 'owner', 'kpi'] as const;
export type Lane = (typeof LANES)[number];

/** The filled-in lanes of a step as a labelled list; long texts wrap inside the card. */
export function StepLanes({ step, t }: { step: JourneyStep; t: TFunction }) {
  const filled = LANES.filter((lane) => step[lane].trim() !== '');
  if (filled.length === 0) return null;
  return (
    <dl className="step-lanes">
      {filled.map((lane) => (
        <div key={lane} className={`step-lanes__lane step-lanes__lane--${lane}`}>
          <dt>{cachedText(t, `lane:${lane}`, () => t(`ui.journeys.lanes.${lane}`))}</dt>
          <dd>{step[lane]}</dd>
        </div>
      ))}
    </dl>
  );
}
