/**
 * The charts part of the contract (see api.ts for how a method is dispatched):
 * each chart's data computed in the core through the chart registry, so a
 * window receives kilobytes of ready data instead of every cell of a scenario.
 * The area owns no tables; its answers follow the matrix and the framework
 * (the renderer's features/charts/tableKeys.ts says which tables stale them).
 */
import { z } from 'zod';
import type { ChartsAnswer } from '../analysis/charts/answer';
import { CHART_IDS } from '../analysis/charts/registry';
import { idSchema, lensSchema, query } from './define';

export const chartsMethods = {
  /**
   * The data of the charts asked for, for one scenario in one lens; the radar's
   * customer types (absent: the three largest) and the delta's pair (absent or
   * null: the delta is null). An unknown scenario or lens is NOT_FOUND.
   */
  'charts.data': query<ChartsAnswer>()(
    z
      .object({
        scenarioId: idSchema,
        lens: lensSchema,
        charts: z.array(z.enum(CHART_IDS)).min(1).max(CHART_IDS.length),
        profileTypeIds: z.array(idSchema).max(1000).optional(),
        compare: z.object({ fromId: idSchema, toId: idSchema }).strict().nullable().optional(),
      })
      .strict(),
  ),
} as const;
