import type { TFunction } from 'i18next';
import type { Reading } from '@shared/analysis/charts/reading';

/** A reading from the analysis functions in the UI's language. */
export const readingText = (t: TFunction, reading: Reading): string => t(`ui.charts.readings.${reading.key}`, reading.params);
