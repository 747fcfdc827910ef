import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { computeFindings, defaultBaseline, type Finding } from '@shared/analysis/findings';
import type { Catalog, ScenarioCell } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { useScenarioCells } from '../matrix';
import { useEconomics } from '../economics';
import { thresholdsKey } from './tableKeys';

export { useCatalog } from '../framework';
export { thresholdsKey };

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

/**
 * The findings of one scenario (its matrix, its change from a baseline, its
 * journeys, its cost to serve), recomputed when any input changes. `baselineId`
 * 'default' compares with the first scenario, as every surface does unless the
 * Findings page is told otherwise; so they all count the same list.
 */
export function useFindings(catalog: Catalog, scenarioId: string, baselineId: string | null | 'default'): FindingsState {
  const baseId = baselineId === 'default' ? defaultBaseline(catalog.scenarios, scenarioId) : baselineId;
  const cells = useScenarioCells(scenarioId);
  const baseline = useScenarioCells(baseId);
  const journeys = useScenarioJourneys(scenarioId);
  const economics = useEconomics(scenarioId);
  const baseEconomics = useEconomics(baseId);
  const thresholds = useThresholds();
  const values = thresholds.data?.values;
  const findings = useMemo(() => {
    if (!cells.data || (baseId && (!baseline.data || !baseEconomics.data)) || !values || !journeys.data || !economics.data) return null;
    const base: { scenarioId: string; cells: ScenarioCell[] } | null = baseId && baseline.data ? { scenarioId: baseId, cells: baseline.data } : null;
    const money = { scenario: economics.data, baseline: baseId ? (baseEconomics.data ?? null) : null };
    return computeFindings({ catalog, scenarioId, cells: cells.data, thresholds: values, baseline: base, journeys: journeys.data, economics: money });
  }, [catalog, scenarioId, cells.data, baseId, baseline.data, values, journeys.data, economics.data, baseEconomics.data]);
  return { findings, error: cells.error ?? baseline.error ?? thresholds.error ?? journeys.error ?? economics.error ?? baseEconomics.error };
}
