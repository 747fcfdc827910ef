import { useTranslation } from 'react-i18next';
import type { ChartTexts } from '@shared/analysis/charts/registry';
import { useChartEnv } from './useChartEnv';

/** What the registry's legends and tables need, in the UI's language and contrast; a comparison adds its two names. */
export function useChartTexts(): ChartTexts {
  const { t } = useTranslation();
  const { highContrast } = useChartEnv();
  return { t, highContrast, fromName: '', toName: '' };
}
