import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionCurve, readingOrder } from '@shared/analysis/journeys';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Phase } from '@shared/domain/types';
import { remPx } from '../../../components/remPx';
import { usePlotWidth } from '../../charts';

/** In rem, as the rest of the slide, so the curve keeps its share of the slide at every presentation scale. */
const HEIGHT_REM = 7;
const PAD_REM = 0.75;
const DOT_REM = 0.4;


/**
 * The journey's emotion curve under its phase columns, one point per step, on
 * the same x as the columns above (phase index plus the step's place in it),
 * drawn at the measured width so nothing is stretched.
 */
export function EmotionStrip({ steps, phases }: { steps: readonly JourneyStep[]; phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const width = usePlotWidth(ref);
  const points = emotionCurve(readingOrder(steps, phases), phases).filter((p) => p.phaseId !== null);
  if (points.length === 0) return null;
  const rem = remPx();
  const height = HEIGHT_REM * rem;
  const pad = PAD_REM * rem;
  const yOf = (emotion: number) => pad + ((2 - emotion) / 4) * (height - 2 * pad);
  const column = phases.length > 0 ? width / phases.length : 0;
  const xOf = (x: number) => x * column;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(p.x).toFixed(1)},${yOf(p.emotion).toFixed(1)}`).join(' ');
  const low = Math.min(...points.map((p) => p.emotion));
  const high = Math.max(...points.map((p) => p.emotion));
  return (
    <figure className="present-curve">
      <div ref={ref} className="present-curve__plot">
        {width > 0 && (
          <svg className="present-curve__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('ui.present.journeySlide.curve', { low, high })}>
            <line className="present-curve__zero" x1={0} x2={width} y1={yOf(0)} y2={yOf(0)} />
            {phases.slice(1).map((phase, i) => (
              <line key={phase.id} className="present-curve__divider" x1={(i + 1) * column} x2={(i + 1) * column} y1={0} y2={height} />
            ))}
            <path className="present-curve__line" d={path} />
            {points.map((p) => (
              <circle key={p.stepId} className={p.emotion < 0 ? 'present-curve__dot present-curve__dot--low' : 'present-curve__dot'} cx={xOf(p.x)} cy={yOf(p.emotion)} r={DOT_REM * rem} />
            ))}
          </svg>
        )}
      </div>
      <figcaption className="present-curve__scale" aria-hidden="true">
        <span>{t('ui.present.journeySlide.high')}</span>
        <span>{t('ui.present.journeySlide.low')}</span>
      </figcaption>
    </figure>
  );
}
