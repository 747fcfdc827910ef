import { computeFindings, defaultBaseline, type Finding } from '@shared/analysis/findings';
import type { Catalog } from '@shared/domain/types';
import type { EconomicsService } from './economics-service';
import type { FindingsService } from './findings-service';
import type { JourneyService } from './journey-service';
import type { MatrixService } from './matrix-service';

/** The services a scenario's findings are read from (a Workspace has them; services never import the composition root). */
export interface FindingsSources {
  matrix: Pick<MatrixService, 'scenarioCells'>;
  findings: Pick<FindingsService, 'getThresholds'>;
  journeys: Pick<JourneyService, 'details'>;
  economics: Pick<EconomicsService, 'get'>;
}

/**
 * A scenario's findings as present mode, the report, the deck and a vote show
 * them: its matrix in every lens, its journeys, its cost to serve, and what it
 * changes from the default baseline (the first scenario), as the Findings page
 * shows them when nobody picked another comparison. `baseline`: compare with
 * that scenario instead (a change slide's).
 */
export function scenarioFindings(ws: FindingsSources, catalog: Catalog, scenarioId: string, baseline?: string): Finding[] {
  const baselineId = baseline ?? defaultBaseline(catalog.scenarios, scenarioId);
  const economics = (id: string) => {
    const data = ws.economics.get(id);
    return { roleContacts: data.roleContacts, overrides: data.overrides };
  };
  return computeFindings({
    catalog,
    scenarioId,
    cells: ws.matrix.scenarioCells(scenarioId),
    thresholds: ws.findings.getThresholds().values,
    journeys: ws.journeys.details(scenarioId),
    baseline: baselineId ? { scenarioId: baselineId, cells: ws.matrix.scenarioCells(baselineId) } : null,
    economics: { scenario: economics(scenarioId), baseline: baselineId ? economics(baselineId) : null },
  });
}
