/**
 * The charts as plain components (data in, drawing out), for the Charts page
 * and for anything else that shows them, such as a presentation slide.
 */
export { ChartsPage } from './ChartsPage';
export { ChartCard, type ChartCardProps } from './ChartCard';
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
