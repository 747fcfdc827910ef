import { computeFindings, type Finding } from '@shared/analysis/findings';
import type { Catalog } from '@shared/domain/types';
import type { Workspace } from '../workspace';

/**
 * A scenario's findings as present mode, the report and a vote show them: its
 * matrix in every lens and its journeys, with no baseline scenario.
 */
export function scenarioFindings(ws: Workspace, catalog: Catalog, scenarioId: string): Finding[] {
  return computeFindings({
    catalog,
    scenarioId,
    cells: ws.matrix.scenarioCells(scenarioId),
    thresholds: ws.findings.getThresholds().values,
    journeys: ws.journeys.details(scenarioId),
  });
}
