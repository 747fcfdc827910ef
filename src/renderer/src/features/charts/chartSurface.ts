import { createContext, useContext } from 'react';

/**
 * Where a chart card is drawn. On the Charts page it is a card with its
 * controls (show data, export); on a slide it is only the chart, its reading
 * and its legend: a room has no use for buttons it cannot press.
 */
export type ChartSurface = 'page' | 'slide';

export const ChartSurfaceContext = createContext<ChartSurface>('page');

export const useChartSurface = (): ChartSurface => useContext(ChartSurfaceContext);
