/** The matrix part of the contract: the phase x channel cells of a scenario, per lens. */
import { z } from 'zod';
import type { MatrixCell } from '../domain/types';
import type { PackedCells } from '../domain/packed-cells';
import { command, evidenceSchema, idSchema, lensSchema, query, roleSchema, textSchema } from './define';

const cellKeySchema = z.object({ phaseId: idSchema, channelId: idSchema });
const cellValueSchema = cellKeySchema.extend({
  role: roleSchema.nullable(),
  note: textSchema.optional(),
  evidence: evidenceSchema.nullable().optional(),
});

export const matrixMethods = {
  'matrix.get': query<MatrixCell[]>()(z.object({ scenarioId: idSchema, lens: lensSchema }).strict()),
  /** Every set cell of a scenario in every lens, packed (unpackCells) and without cell ids (ScenarioCell): what analyses across lenses read. */
  'matrix.scenarioCells': query<PackedCells>()(z.object({ scenarioId: idSchema }).strict()),
  'matrix.setCells': command<number>()(
    z
      .object({ scenarioId: idSchema, lens: lensSchema, cells: z.array(cellValueSchema).min(1).max(100_000) })
      .strict(),
  ),
  'matrix.clearCells': command<number>()(
    z
      .object({ scenarioId: idSchema, lens: lensSchema, cells: z.array(cellKeySchema).min(1).max(100_000) })
      .strict(),
  ),
} as const;

/** The synced tables this area owns. */
export const matrixTables = ['matrix_cells'] as const;
