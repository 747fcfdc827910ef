/**
 * A journey in the report: whose journey it is, the phase columns with the
 * emotion curve right under their names (one point per step, on the x of its
 * column, as on the journey map), then the steps in bands: the first step of
 * every phase side by side, then the second, and so on. A band is a block, so
 * a long journey continues on the next page between bands, never inside a card.
 * With more phases than fit as readable columns, each phase is a row of cards.
 */
import type { KeysUnder } from '@shared/i18n/keys';
import { useTranslation } from 'react-i18next';
import { visiblePhases } from '@shared/analysis/charts/cells';
import { emotionCurve, readingOrder } from '@shared/analysis/journeys';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Catalog, Phase } from '@shared/domain/types';
import { useJourney } from '../journeys';
import { Block, loadState } from './ReportBlock';

/** Up to this many phases the steps stand in phase columns; with more, a column would be too narrow to read, so each phase gets a row of cards. */
const BANDS_UP_TO = 7;
const CARDS_PER_ROW = 4;
const CURVE_H = 90;

const chunks = <T,>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, k) => items.slice(k * size, (k + 1) * size));
const PAD = 10;
const yOf = (emotion: number) => PAD + ((2 - emotion) / 4) * (CURVE_H - 2 * PAD);
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');

function Curve({ steps, phases }: { steps: readonly JourneyStep[]; phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const points = emotionCurve(readingOrder(steps, phases), phases).filter((p) => p.phaseId !== null);
  const width = phases.length * 100;
  if (points.length === 0) return <p className="report__note report__curve-none">{t('ui.deliverables.report.noEmotions')}</p>;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(p.x * 100).toFixed(1)},${yOf(p.emotion).toFixed(1)}`).join(' ');
  const low = Math.min(...points.map((p) => p.emotion));
  const high = Math.max(...points.map((p) => p.emotion));
  return (
    <svg
      className="report__curve"
      viewBox={`0 0 ${width} ${CURVE_H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('ui.present.journeySlide.curve', { low: signed(low), high: signed(high) })}
    >
      <line className="report__curve-zero" x1={0} x2={width} y1={yOf(0)} y2={yOf(0)} vectorEffect="non-scaling-stroke" />
      {phases.slice(1).map((phase, i) => (
        <line key={phase.id} className="report__curve-divider" x1={(i + 1) * 100} x2={(i + 1) * 100} y1={0} y2={CURVE_H} vectorEffect="non-scaling-stroke" />
      ))}
      <path className="report__curve-line" d={path} vectorEffect="non-scaling-stroke" />
      {points.map((p) => (
        <line
          key={p.stepId}
          className={p.emotion < 0 ? 'report__curve-dot report__curve-dot--low' : 'report__curve-dot'}
          x1={p.x * 100}
          x2={p.x * 100}
          y1={yOf(p.emotion)}
          y2={yOf(p.emotion)}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}

function StepCard({ step, channel }: { step: JourneyStep; channel: string }) {
  const { t } = useTranslation();
  const c = (key: KeysUnder<'ui.deliverables.columns'>) => t(`ui.deliverables.columns.${key}`);
  const emotion = step.emotion === null ? null : `${c('emotion')} ${signed(step.emotion)}`;
  return (
    <div className={step.momentOfTruth ? 'report__step report__step--truth' : 'report__step'}>
      <strong>{step.title}</strong>
      {(channel !== '' || emotion !== null) && (
        <div className="report__step-meta">
          {channel}
          {channel !== '' && emotion !== null && ' · '}
          {emotion !== null && <span className="report__nowrap">{emotion}</span>}
        </div>
      )}
      {step.painPoints && (
        <div>
          <em>{c('painPoints')}:</em> {step.painPoints}
        </div>
      )}
      {step.opportunities && (
        <div>
          <em>{c('opportunities')}:</em> {step.opportunities}
        </div>
      )}
    </div>
  );
}

export function JourneySection({ catalog, journeyId }: { catalog: Catalog; journeyId: string }) {
  const { t } = useTranslation();
  const detail = useJourney(journeyId);
  const state = loadState(detail);
  if (state || !detail.data) return state;
  const { journey, steps } = detail.data;
  const phases = visiblePhases(catalog);
  const shown = new Set(phases.map((p) => p.id));
  const inPhase = phases.map((p) => readingOrder(steps, phases).filter((s) => s.phaseId === p.id && !s.phaseMissing));
  const unplaced = steps.filter((s) => s.phaseId === null || s.phaseMissing || !shown.has(s.phaseId));
  const bands = Math.max(0, ...inPhase.map((list) => list.length));
  const channelName = (id: string | null) => catalog.channels.find((c) => c.id === id)?.name ?? '';
  const lens = [
    catalog.customerTypes.find((c) => c.id === journey.customerTypeId)?.name,
    catalog.typologies.find((c) => c.id === journey.typologyId)?.name,
    catalog.productDomains.find((c) => c.id === journey.productDomainId)?.name,
  ].filter((name): name is string => Boolean(name));
  const scenario = catalog.scenarios.find((s) => s.id === journey.scenarioId)?.name ?? '';
  const columns = { gridTemplateColumns: `var(--report-gutter) repeat(${phases.length}, minmax(0, 1fr))` };
  return (
    <>
      <Block keep>
        <p className="report__lead">{[scenario, ...(lens.length > 0 ? lens : [t('ui.matrix.lens.all')])].join(' \u00b7 ')}</p>
        {journey.description && <p>{journey.description}</p>}
      </Block>
      <Block keep={bands > 0}>
        <div className={phases.length <= BANDS_UP_TO ? 'report__journey' : 'report__journey report__journey--narrow'} style={columns}>
          <span />
          {phases.map((p) => (
            <span key={p.id} className="report__journey-phase">
              {p.name}
            </span>
          ))}
          <span className="report__curve-scale" aria-hidden="true">
            <span>+2</span>
            <span>0</span>
            <span>{'\u22122'}</span>
          </span>
          <div className="report__curve-cell" style={{ gridColumn: `2 / span ${phases.length}` }}>
            <Curve steps={steps} phases={phases} />
          </div>
        </div>
      </Block>
      {phases.length <= BANDS_UP_TO
        ? Array.from({ length: bands }, (_, k) => (
            <Block key={k}>
              <div className="report__journey report__journey--band" style={columns}>
                <span />
                {inPhase.map((list, i) => {
                  const step = list[k];
                  return step ? <StepCard key={step.id} step={step} channel={channelName(step.channelId)} /> : <span key={phases[i]!.id} />;
                })}
              </div>
            </Block>
          ))
        : phases.flatMap((phase, i) =>
            chunks(inPhase[i]!, CARDS_PER_ROW * 2).map((cards, k) => (
              <Block key={`${phase.id}:${k}`}>
                <div className="report__journey report__journey--rows">
                  <span className="report__journey-phase">{k === 0 ? phase.name : ''}</span>
                  {cards.map((step) => (
                    <StepCard key={step.id} step={step} channel={channelName(step.channelId)} />
                  ))}
                </div>
              </Block>
            )),
          )}
      {steps.length === 0 && <Block>{t('ui.present.journeySlide.empty')}</Block>}
      {unplaced.length > 0 && (
        <Block>
          <p className="report__note">{t('ui.deliverables.report.unplaced', { steps: unplaced.map((s) => s.title).join(', ') })}</p>
        </Block>
      )}
      {steps.some((s) => s.momentOfTruth) && (
        <Block>
          <p className="report__note">{t('ui.deliverables.deck.momentOfTruth')}</p>
        </Block>
      )}
    </>
  );
}
