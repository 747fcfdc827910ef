import type { TFunction } from 'i18next';
import type { ChartTexts } from '@shared/analysis/charts/registry';
import { useChartEnv } from './useChartEnv';

/**
 * What the registry's legends and tables need, in the UI's language and contrast; a comparison adds its two names.
 * Takes the card's own translator: a useTranslation of its own set up a second subscription per card on every draw.
 */
export function useChartTexts(t: TFunction): ChartTexts {
  const { highContrast } = useChartEnv();
  return { t, highContrast, fromName: '', toName: '' };
}
