/**
 * Deliverables: the workbook and the slide deck are built in the core as a job
 * that runs in steps, so the UI can show progress and cancel; the PDF is the
 * renderer's printable report (#/report) printed by the browser or Electron.
 */
import { z } from 'zod';
import type { Label } from '../domain/types';
import type { ApiError } from '../errors';
import type { ExportFile } from '../matrix-io/types';
import { idSchema, query } from './define';

export const JOB_FORMATS = ['xlsx', 'pptx'] as const;
export type JobFormat = (typeof JOB_FORMATS)[number];

export interface ExportJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Steps finished and steps in all (the final write counts as one). */
  done: number;
  total: number;
  /** What runs now (an i18n key under ui.deliverables.steps). */
  step: Label | null;
  /** The file, once; a finished job is forgotten after its file was fetched. */
  file: ExportFile | null;
  error: ApiError | null;
}

export const deliverablesMethods = {
  'deliverables.start': query<ExportJobStatus>()(z.object({ format: z.enum(JOB_FORMATS) }).strict()),
  'deliverables.status': query<ExportJobStatus>()(z.object({ jobId: idSchema }).strict()),
  /** Stops the job between two steps; nothing is produced. */
  'deliverables.cancel': query<ExportJobStatus>()(z.object({ jobId: idSchema }).strict()),
} as const;
