import { summarizeJourney } from '@shared/analysis/journeys';
import type { Catalog, Lens, MatrixCell } from '@shared/domain/types';
import { withWorkspaceAsync } from './commands';
import type { CliContext } from './context';

/** One journey as `channelwise journeys --json` prints it. */
export interface JourneyReport {
  id: string;
  name: string;
  scenario: string;
  /** The lens the journey reads the matrix through (a name, or null for all customers). */
  lens: string | null;
  steps: number;
  switches: number;
  onlineToOffline: number;
  offlineToOnline: number;
  /** Steps on a channel the matrix gives no role in their phase. */
  offMatrix: number;
  /** Steps whose phase or channel was deleted. */
  missing: number;
  hypotheses: number;
  /** The phases with the lowest average emotion (below 0). */
  lowestPhases: string[];
}

/** `channelwise journeys FILE`: each journey with its channel switches and its fit with the matrix. */
export async function journeysCommand(ctx: CliContext, file: string, opts: { json?: boolean }): Promise<number> {
  const reports = await withWorkspaceAsync(ctx, file, async (ws) => {
    const catalog = ws.catalogRepo.catalog();
    const cells = new Map<string, MatrixCell[]>();
    return ws.journeys.list().map((journey): JourneyReport => {
      const detail = ws.journeys.get(journey.id);
      let scenarioCells = cells.get(journey.scenarioId);
      if (!scenarioCells) cells.set(journey.scenarioId, (scenarioCells = ws.matrix.scenarioCells(journey.scenarioId)));
      const summary = summarizeJourney(detail, catalog, scenarioCells);
      const hypotheses = summary.findings.find((f) => f.rule === 'journeyHypotheses');
      return {
        id: journey.id,
        name: journey.name,
        scenario: catalog.scenarios.find((s) => s.id === journey.scenarioId)?.name ?? '',
        lens: lensName(catalog, summary.lens),
        steps: detail.steps.length,
        switches: summary.switches.count,
        onlineToOffline: summary.switches.onlineToOffline,
        offlineToOnline: summary.switches.offlineToOnline,
        offMatrix: summary.flags.length,
        missing: detail.steps.filter((s) => s.phaseMissing || s.channelMissing).length,
        hypotheses: hypotheses?.stepIds.length ?? 0,
        lowestPhases: summary.findings.filter((f) => f.rule === 'journeyLowestEmotion').map((f) => String(f.message.params.phase)),
      };
    });
  }, true);
  if (opts.json) {
    ctx.out(JSON.stringify(reports, null, 2));
    return 0;
  }
  if (reports.length === 0) ctx.out(ctx.t('cli.journeys.none'));
  for (const r of reports) {
    const parts = [
      ctx.t('cli.journeys.steps', { count: r.steps }),
      ctx.t('cli.journeys.switches', { count: r.switches, crossings: r.onlineToOffline + r.offlineToOnline }),
    ];
    // Zero counts of problems say nothing; leave them out.
    for (const key of ['offMatrix', 'missing', 'hypotheses'] as const) if (r[key] > 0) parts.push(ctx.t(`cli.journeys.${key}`, { count: r[key] }));
    if (r.lowestPhases.length > 0) parts.push(ctx.t('cli.journeys.lowest', { phases: r.lowestPhases.join(', ') }));
    ctx.out(ctx.t('cli.journeys.line', { name: r.name, scenario: r.scenario, lens: r.lens ?? ctx.t('cli.journeys.allCustomers'), parts: parts.join(', ') }));
  }
  return 0;
}

function lensName(catalog: Catalog, lens: Lens): string | null {
  if (lens.kind === 'all') return null;
  const list = { customerType: catalog.customerTypes, typology: catalog.typologies, productDomain: catalog.productDomains }[lens.kind];
  return list.find((item) => item.id === lens.id)?.name ?? null;
}
