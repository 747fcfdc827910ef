import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { overlayCurves, readingOrder, type CurvePoint } from '@shared/analysis/journeys';
import type { Journey, JourneyStep } from '@shared/domain/journeys';
import type { Phase } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { curveStyle, markerPath, MAX_OVERLAYS, type CurveStyle } from './curveStyle';
import { formatEmotion } from './EmotionFace';
import { remPx } from '../../components/remPx';
import { useJourneyDetails } from './queries';

interface EmotionCurveProps {
  journey: Journey;
  /** This journey's steps in reading order. */
  steps: readonly JourneyStep[];
  /** The map's phase columns, in order: the chart's bands. */
  phases: readonly Phase[];
  /** Other journeys whose curves can be laid over this one. */
  others: readonly Journey[];
}

const EMOTION_TICKS = [-2, -1, 0, 1, 2];

function Marker({ cx, cy, style }: { cx?: number; cy?: number; style: CurveStyle }) {
  if (cx === undefined || cy === undefined) return null;
  // Inline style, because SVG presentation attributes do not resolve CSS variables.
  return <path d={markerPath(style.marker, cx, cy, 5)} style={{ fill: `var(${style.colorVar})`, stroke: 'var(--color-surface)', strokeWidth: 1.5 }} />;
}

/** The emotion across the steps, phase by phase, with other journeys' curves on the same axes to compare. */
export function EmotionCurve({ journey, steps, phases, others }: EmotionCurveProps) {
  const { t } = useTranslation();
  const [overlayIds, setOverlayIds] = useState<string[]>([]);
  // The table is for reading the values one by one; a long journey's rows are made only when it is opened.
  const [tableOpen, setTableOpen] = useState(false);
  const liveOverlays = overlayIds.filter((id) => others.some((o) => o.id === id));
  const details = useJourneyDetails(liveOverlays);
  const series = useMemo(() => {
    const inputs = [
      { journeyId: journey.id, orderedSteps: steps },
      ...details.flatMap((d) => (d ? [{ journeyId: d.journey.id, orderedSteps: readingOrder(d.steps, phases) }] : [])),
    ];
    return overlayCurves(inputs, phases);
  }, [journey.id, steps, details, phases]);
  const names = new Map([[journey.id, journey.name], ...others.map((o) => [o.id, o.name] as const)]);
  const trailing = series.some((s) => s.points.some((p) => p.phaseId === null));
  const width = phases.length + (trailing ? 1 : 0);
  const hasPoints = series.some((s) => s.points.length > 0);
  const toggle = (id: string, on: boolean) =>
    setOverlayIds((ids) => (on ? [...ids.filter((x) => x !== id), id].slice(-MAX_OVERLAYS) : ids.filter((x) => x !== id)));
  const titles = new Map(
    [...steps, ...details.flatMap((d) => d?.steps ?? [])].map((s) => [s.id, s.title.trim() || t('ui.journeys.map.untitled')]),
  );

  return (
    <section className="journey-curve" aria-labelledby="journey-curve-title">
      <h2 id="journey-curve-title" className="journey-section__title">
        {t('ui.journeys.curve.title')}
      </h2>
      <fieldset className="journey-curve__compare">
        <legend>{t('ui.journeys.curve.compare')}</legend>
        {others.length === 0 && <p className="muted">{t('ui.journeys.curve.compareNone')}</p>}
        {sortByPosition(others).map((other) => (
          <label key={other.id} className="journey-curve__option">
            <input type="checkbox" checked={liveOverlays.includes(other.id)} onChange={(event) => toggle(other.id, event.target.checked)} />
            {other.name}
          </label>
        ))}
      </fieldset>
      <ul className="journey-curve__legend" aria-label={t('ui.journeys.curve.title')}>
        {series.map((s, i) => (
          <li key={s.journeyId} className="journey-curve__key" style={{ color: `var(${curveStyle(i).colorVar})` }}>
            <svg viewBox="0 0 36 12" aria-hidden="true" focusable="false">
              <line x1="0" y1="6" x2="36" y2="6" stroke="currentColor" strokeWidth="2.5" strokeDasharray={curveStyle(i).dash} />
              <path d={markerPath(curveStyle(i).marker, 18, 6, 4)} fill="currentColor" />
            </svg>
            <span>{names.get(s.journeyId)}</span>
          </li>
        ))}
      </ul>
      {!hasPoints && <p className="muted">{t('ui.journeys.curve.empty')}</p>}
      <figure className="journey-curve__chart" aria-label={t('ui.journeys.curve.label', { name: journey.name })}>
        <LineChart
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 28, right: 16, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          {phases.map((phase, i) => (
            <ReferenceArea
              key={phase.id}
              x1={i}
              x2={i + 1}
              y1={-2.4}
              y2={2.4}
              className={i % 2 === 0 ? 'journey-curve__band' : 'journey-curve__band journey-curve__band--alt'}
              label={{ value: phase.name, position: 'insideTop', className: 'journey-curve__band-label' }}
              ifOverflow="visible"
            />
          ))}
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" domain={[0, Math.max(width, 1)]} hide />
          <YAxis type="number" domain={[-2.4, 2.4]} ticks={EMOTION_TICKS} tickFormatter={(v: number) => formatEmotion(v)} width={3 * remPx()} />
          <ReferenceLine y={0} className="journey-curve__zero" />
          {series.map((s, i) => {
            const style = curveStyle(i);
            return (
              <Line
                key={s.journeyId}
                data={s.points}
                dataKey="emotion"
                name={names.get(s.journeyId)}
                type="monotone"
                stroke="currentColor"
                strokeWidth={i === 0 ? 3 : 2.5}
                strokeDasharray={style.dash}
                className={`journey-curve__line journey-curve__line--${i}`}
                style={{ color: `var(${style.colorVar})` }}
                dot={(props: { cx?: number; cy?: number; index?: number }) => (
                  <Marker key={`${s.journeyId}-${props.index ?? 0}`} cx={props.cx} cy={props.cy} style={style} />
                )}
                activeDot={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </figure>
      <details className="journey-curve__data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('ui.journeys.curve.table')}</summary>
        {tableOpen && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ui.journeys.curve.stepAxis')}</th>
                <th scope="col">{t('ui.journeys.curve.axis')}</th>
              </tr>
            </thead>
            <tbody>
              {series.flatMap((s) =>
                s.points.map((p: CurvePoint) => (
                  <tr key={`${s.journeyId}-${p.stepId}`}>
                    <th scope="row">{t('ui.journeys.curve.point', { journey: names.get(s.journeyId), step: titles.get(p.stepId) })}</th>
                    <td>{formatEmotion(p.emotion)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
