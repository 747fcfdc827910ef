import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { computeFindings, type Finding } from '@shared/analysis/findings';
import type { Catalog, MatrixCell } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { useScenarioCells } from '../matrix/scenarioCells';

export { useCatalog } from '../framework/queries';

export const thresholdsKey = () => [...queryKeys.ws.all, 'findings', 'thresholds'] as const;
/** Under the journeys prefix, so any change to a journey or step refreshes it. */
export const scenarioJourneysKey = (scenarioId: string) => [...queryKeys.ws.journeys(), 'details', scenarioId] as const;

/** Every journey of the scenario with its steps, in one call. */
export function useScenarioJourneys(scenarioId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: scenarioJourneysKey(scenarioId),
    queryFn: () => unwrap(client.call('journeys.details', { scenarioId })),
  });
}

export function useThresholds() {
  const client = useApiClient();
  return useQuery({
    queryKey: thresholdsKey(),
    queryFn: () => unwrap(client.call('findings.getThresholds', {})),
  });
}

interface FindingsState {
  findings: Finding[] | null;
  error: unknown;
}

/** The findings of one scenario (its matrix, its change from a baseline, its journeys), recomputed when any input changes. */
export function useFindings(catalog: Catalog, scenarioId: string, baselineId: string | null): FindingsState {
  const cells = useScenarioCells(scenarioId);
  const baseline = useScenarioCells(baselineId);
  const journeys = useScenarioJourneys(scenarioId);
  const thresholds = useThresholds();
  const values = thresholds.data?.values;
  const findings = useMemo(() => {
    if (!cells.data || (baselineId && !baseline.data) || !values || !journeys.data) return null;
    const base: { scenarioId: string; cells: MatrixCell[] } | null = baselineId && baseline.data ? { scenarioId: baselineId, cells: baseline.data } : null;
    return computeFindings({ catalog, scenarioId, cells: cells.data, thresholds: values, baseline: base, journeys: journeys.data });
  }, [catalog, scenarioId, cells.data, baselineId, baseline.data, values, journeys.data]);
  return { findings, error: cells.error ?? baseline.error ?? thresholds.error ?? journeys.error };
}
