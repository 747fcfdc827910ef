import { useTranslation } from 'react-i18next';
import { emotionCurve, readingOrder } from '@shared/analysis/journeys';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Phase } from '@shared/domain/types';

const HEIGHT = 120;
const PAD = 14;
const yOf = (emotion: number) => PAD + ((2 - emotion) / 4) * (HEIGHT - 2 * PAD);

/**
 * The journey's emotion curve under its phase columns, one point per step, on
 * the same x as the columns above (phase index plus the step's place in it).
 * A plain SVG stretched to the slide's width: no measuring, so it fits like text.
 */
export function EmotionStrip({ steps, phases }: { steps: readonly JourneyStep[]; phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const points = emotionCurve(readingOrder(steps, phases), phases).filter((p) => p.phaseId !== null);
  if (points.length === 0) return null;
  const width = phases.length * 100;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(p.x * 100).toFixed(1)},${yOf(p.emotion).toFixed(1)}`).join(' ');
  const low = Math.min(...points.map((p) => p.emotion));
  const high = Math.max(...points.map((p) => p.emotion));
  return (
    <figure className="present-curve">
      <svg
        className="present-curve__svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('ui.present.journeySlide.curve', { low, high })}
      >
        <line className="present-curve__zero" x1={0} x2={width} y1={yOf(0)} y2={yOf(0)} vectorEffect="non-scaling-stroke" />
        {phases.slice(1).map((phase, i) => (
          <line key={phase.id} className="present-curve__divider" x1={(i + 1) * 100} x2={(i + 1) * 100} y1={0} y2={HEIGHT} vectorEffect="non-scaling-stroke" />
        ))}
        <path className="present-curve__line" d={path} vectorEffect="non-scaling-stroke" />
        {points.map((p) => (
          <line
            key={p.stepId}
            className={p.emotion < 0 ? 'present-curve__dot present-curve__dot--low' : 'present-curve__dot'}
            x1={p.x * 100}
            x2={p.x * 100}
            y1={yOf(p.emotion)}
            y2={yOf(p.emotion)}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <figcaption className="present-curve__scale" aria-hidden="true">
        <span>{t('ui.present.journeySlide.high')}</span>
        <span>{t('ui.present.journeySlide.low')}</span>
      </figcaption>
    </figure>
  );
}
