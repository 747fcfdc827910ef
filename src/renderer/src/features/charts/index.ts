/**
 * The charts as plain components (data in, drawing out), for anything besides
 * the Charts page that shows them: a presentation slide, the printed report.
 * The Charts page itself is not exported: only the lazy loader
 * (features/workspace/navItems.ts) imports it, so it stays in its own chunk.
 * Surfaces that draw charts import the stylesheet `charts.css`, a declared
 * entry of its own (see the feature-entry rule in eslint.config.js).
 */
export { ChartCard, type ChartCardProps } from './ChartCard';
export { ChartLegend } from './ChartLegend';
export { chartCard, chartPrint, printDelta, type ChartPrintContext, type PrintedFigure } from './chartViews';
export { ChartSurfaceContext } from './chartSurface';
export { usePlotWidth } from './plotWidth';
export { useChartEnv } from './useChartEnv';
export { HeatmapChart, type HeatmapTexts } from './HeatmapChart';
export { MixChart, mixSeriesStyles, type MixTexts } from './MixChart';
export { ProfileRadar, profileStyle } from './ProfileRadar';
export { QuadrantChart, type QuadrantTexts } from './QuadrantChart';
export { BalanceChart, BALANCE_STYLES, type BalanceTexts } from './BalanceChart';
export { DeltaChart, DELTA_STYLES, type DeltaTexts } from './DeltaChart';
export { HeatmapCard, MixCard, BalanceCard } from './MatrixCards';
export { ProfileCard, QuadrantCard } from './SegmentCards';
export { DeltaCards } from './DeltaCards';
export { DataTable, type TableData } from './DataTable';
export { exportChart, composeChartSvg, type LegendItem, type ExportTexts } from './exportChart';
export { OKABE_ITO, seriesStyle } from './palette';
