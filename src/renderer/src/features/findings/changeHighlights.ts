import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changeHighlights } from '@shared/i18n/finding-text';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import { useCurrency } from '../currency';
import { useFindings } from './queries';

type ChangeParams = Extract<SlideParams, { kind: 'change' }>;

/**
 * What a change slide or report section says beyond the cells: the cost of a
 * journey, leads gained or lost, channels retired (for all customers only, as
 * the Findings page's comparison says them); none while loading.
 */
export function useChangeHighlights(catalog: Catalog, params: ChangeParams): string[] {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const { findings } = useFindings(catalog, params.compareScenarioId, params.scenarioId);
  const all = params.lens.kind === 'all';
  return useMemo(() => (all && findings ? changeHighlights(t, i18n.language, findings, currency) : []), [all, findings, t, i18n.language, currency]);
}
