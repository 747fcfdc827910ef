/**
 * Matrix import and export (pure parts in src/shared/matrix-io, file handling
 * in src/main/core/matrix-io).
 */
import { z } from 'zod';
import {
  CSV_DELIMITERS,
  EXPORT_SCOPES,
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  type ExportFile,
  type ImportPreview,
  type ImportResult,
} from '../matrix-io/types';
import { command, idSchema, lensSchema, query } from './define';

/**
 * A spreadsheet travels as base64. The bound is twice the import limit so that
 * a file just over it still reaches the core's own check, which says
 * IMPORT_TOO_LARGE in words; the renderer checks the limit before uploading.
 */
const importFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 8),
  scenarioId: idSchema,
  lens: lensSchema,
  /** An XLSX worksheet by name (default: the first with content). */
  sheet: z.string().max(255).nullable().optional(),
});
const nameDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create') }).strict(),
  z.object({ action: z.literal('skip') }).strict(),
  z.object({ action: z.literal('map'), targetId: idSchema }).strict(),
]);
const decisionsSchema = z
  .object({
    phases: z.record(z.string().max(1000), nameDecisionSchema),
    channels: z.record(z.string().max(1000), nameDecisionSchema),
  })
  .strict();

export const matrixIoMethods = {
  /** Read a CSV/XLSX file and show what importing it into this view would change; writes nothing. */
  'matrix.importPreview': query<ImportPreview>()(importFileSchema.strict()),
  /** Re-read the same file and apply it with the user's decisions as one undoable step. */
  'matrix.importApply': command<ImportResult>()(importFileSchema.extend({ decisions: decisionsSchema }).strict()),
  'matrix.export': query<ExportFile>()(
    z
      .object({
        format: z.enum(IMPORT_FORMATS),
        scope: z.enum(EXPORT_SCOPES),
        scenarioId: idSchema,
        lens: lensSchema,
        delimiter: z.enum(CSV_DELIMITERS).optional(),
      })
      .strict(),
  ),
} as const;
