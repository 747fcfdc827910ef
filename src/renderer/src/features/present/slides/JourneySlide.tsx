import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { Button } from '../../../components/Button';
import { useNotices } from '../../../components/Notices';
import { describeError } from '../../../i18n/errorText';
import { sortByPosition } from '../../framework';
import { useMoveStep, useJourney } from '../../journeys';
import { SlideBody } from '../fit/SlideBody';
import { EmotionStrip } from './EmotionStrip';

const EMOTION_GLYPHS: Record<string, string> = { '-2': '☹☹', '-1': '☹', '0': '😐', '1': '☺', '2': '☺☺' };

/**
 * The journey as phase columns of step cards. The facilitator moves a step to
 * the phase before or after with its arrow buttons; everyone sees it move.
 */
export function JourneySlide({ catalog, journeyId, readOnly }: { catalog: Catalog; journeyId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const journey = useJourney(journeyId);
  const move = useMoveStep(journeyId);
  const phases = useMemo(() => sortByPosition(catalog.phases).filter((p) => !p.hidden), [catalog.phases]);
  const channelName = (id: string | null) => catalog.channels.find((c) => c.id === id)?.name ?? '';
  if (!journey.data) return null;
  const steps = journey.data.steps;
  if (steps.length === 0) return <SlideBody><p className="present-slide__lead">{t('ui.present.journeySlide.empty')}</p></SlideBody>;
  const inPhase = (phaseId: string) => steps.filter((s) => s.phaseId === phaseId && !s.phaseMissing);
  const moveTo = (step: JourneyStep, phaseIndex: number) => {
    const target = phases[phaseIndex];
    if (!target) return;
    const last = inPhase(target.id).at(-1) ?? null;
    move.mutate({ id: step.id, phaseId: target.id, afterId: last?.id ?? null }, { onError: (err) => notices.showError(describeError(t, err)) });
  };
  return (
    <SlideBody min={0.5}>
    <div className="present-journey">
      <div className="present-journey__phases" role="list" style={{ gridTemplateColumns: `repeat(${phases.length}, minmax(0, 1fr))` }}>
      {phases.map((phase, p) => (
        <section key={phase.id} className="present-journey__phase" role="listitem" aria-label={phase.name}>
          <h3 className="present-journey__phase-name">{phase.name}</h3>
          <ol className="present-journey__steps">
            {inPhase(phase.id).map((step) => (
              <li key={step.id} className="present-journey__step">
                <span className="present-journey__step-title">{step.title}</span>
                <span className="present-journey__step-meta">
                  {channelName(step.channelId)}
                  {step.emotion !== null && <span aria-hidden="true"> {EMOTION_GLYPHS[String(step.emotion)]}</span>}
                </span>
                {!readOnly && (
                  <span className="present-journey__moves">
                    {p > 0 && (
                      <Button size="small" variant="ghost" icon="up" iconOnly className="present-journey__left"
                        label={t('ui.present.journeySlide.moveLeft', { step: step.title })} onClick={() => moveTo(step, p - 1)} />
                    )}
                    {p < phases.length - 1 && (
                      <Button size="small" variant="ghost" icon="down" iconOnly className="present-journey__right"
                        label={t('ui.present.journeySlide.moveRight', { step: step.title })} onClick={() => moveTo(step, p + 1)} />
                    )}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      </div>
      <EmotionStrip steps={steps} phases={phases} />
    </div>
    </SlideBody>
  );
}
