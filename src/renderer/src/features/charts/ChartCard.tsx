import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ChartLegend } from './ChartLegend';
import { DataTable, type TableData } from './DataTable';
import { exportChart, type LegendItem } from './exportChart';
import { useChartSurface } from './chartSurface';
import { usePlotWidth } from './plotWidth';
import { useChartEnv } from './useChartEnv';

export interface ChartCardProps {
  title: string;
  /** The one-line reading, already translated. */
  reading: string;
  /** How to read the chart (what role weight is, what a size means). */
  explain: string;
  legend?: readonly LegendItem[];
  /** Built when the table is shown: on the benchmark workspace the tables were hundreds of translated strings per draw, shown or not. */
  table: () => TableData;
  /** File name without extension for the exports. */
  fileName: string;
  /** Controls that belong to this chart only (the radar's customer types). */
  controls?: ReactNode;
  /** Draws the chart at the plot's width in pixels (measured once for the page, see plotWidth.ts). */
  children: (width: number) => ReactNode;
  /** True when the chart drawn at this width is wider than the card: it then scrolls, by pointer and by keyboard. */
  scrolls?: (width: number) => boolean;
}

/**
 * One chart as a card: title, reading, the chart (an image to assistive
 * technology, named by title and reading), its legend and explanation, the data
 * table behind "Show data", and the picture exports.
 */
export function ChartCard({ title, reading, explain, legend = [], table, fileName, controls, children, scrolls: scrollsAt }: ChartCardProps) {
  const { t } = useTranslation();
  const { scale } = useChartEnv();
  const titleId = useId();
  const tableId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const onSlide = useChartSurface() === 'slide';
  // On the Charts page a card starts at its last width, so a return visit draws at once (see usePlotWidth).
  const width = usePlotWidth(plotRef, onSlide ? undefined : title);
  const scrolls = width > 0 && scrollsAt?.(width) === true;
  const [showData, setShowData] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = (format: 'svg' | 'png') => {
    if (!plotRef.current) return;
    setError(null);
    exportChart(plotRef.current, { title, reading, legend }, fileName, format, scale).catch((e: unknown) =>
      setError(t('ui.charts.card.exportFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <figure className={onSlide ? 'chart-card chart-card--slide' : 'card chart-card'} aria-labelledby={titleId}>
      <div className="chart-card__head">
        <h2 id={titleId} className="chart-card__title">
          {title}
        </h2>
        {!onSlide && <div className="chart-card__actions">
          <Button size="small" aria-expanded={showData} aria-controls={tableId} onClick={() => setShowData(!showData)}>
            {showData ? t('ui.charts.card.hideData') : t('ui.charts.card.showData')}
          </Button>
          <Button size="small" onClick={() => save('png')}>
            {t('ui.charts.card.exportPng')}
          </Button>
          <Button size="small" onClick={() => save('svg')}>
            {t('ui.charts.card.exportSvg')}
          </Button>
        </div>}
      </div>
      <p className="chart-card__reading">{reading}</p>
      {controls}
      {scrolls && <p className="chart-card__hint">{t('ui.charts.card.scrollHint')}</p>}
      {/* Always rendered, so the measured plot inside stays the same element when scrolling starts or stops. */}
      <div
        className={scrolls ? 'chart-card__frame chart-card__scroll' : 'chart-card__frame'}
        role={scrolls ? 'region' : undefined}
        tabIndex={scrolls ? 0 : undefined}
        aria-label={scrolls ? t('ui.charts.card.scrollRegion', { title }) : undefined}
      >
        <div ref={plotRef} className="chart-card__plot" role="img" aria-label={t('ui.charts.card.image', { title, reading })}>
          {width > 0 && children(width)}
        </div>
      </div>
      <ChartLegend items={legend} label={t('ui.charts.card.legend')} />
      {!onSlide && <figcaption className="chart-card__explain">{explain}</figcaption>}
      {error && (
        <Alert tone="error" onDismiss={() => setError(null)}>
          {error}
        </Alert>
      )}
      {onSlide ? null : showData ? <DataTable id={tableId} caption={t('ui.charts.card.dataCaption', { title })} table={table()} /> : <div id={tableId} hidden />}
    </figure>
  );
}
