import { randomUUID } from 'node:crypto';
import type { ExportJobStatus, JobFormat } from '@shared/contract/deliverables';
import { AppError, toApiError } from '@shared/errors';
import type { Workspace } from '../workspace';
import { runPlan, type Plan } from './plan';
import type { BuiltFile } from './workbook';

export type Planner = (ws: Workspace, format: JobFormat) => Plan<BuiltFile>;

/** Finished jobs nobody fetched are dropped after this long, so a closed dialog leaks nothing. */
const KEEP_MS = 10 * 60_000;

/**
 * Export jobs of one core. A job runs its plan step by step (other requests,
 * such as a status poll or a cancel, get in between steps); its file is handed
 * out once and then forgotten.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, { status: ExportJobStatus; cancel: boolean; at: number }>();

  constructor(private readonly planner: Planner) {}

  start(ws: Workspace, format: JobFormat): ExportJobStatus {
    this.sweep();
    const jobId = randomUUID();
    const job = { status: { jobId, state: 'running', done: 0, total: 1, step: null, file: null, error: null } as ExportJobStatus, cancel: false, at: Date.now() };
    this.jobs.set(jobId, job);
    void (async () => {
      try {
        const built = await runPlan(this.planner(ws, format), {
          cancelled: () => job.cancel,
          onProgress: (done, total, step) => Object.assign(job.status, { done, total, step }),
        });
        Object.assign(job.status, {
          state: 'done',
          done: job.status.total,
          step: null,
          file: { fileName: built.fileName, mimeType: built.mimeType, contentBase64: built.bytes.toString('base64') },
        });
      } catch (err) {
        const cancelled = err instanceof AppError && err.code === 'EXPORT_CANCELLED';
        Object.assign(job.status, { state: cancelled ? 'cancelled' : 'failed', step: null, error: toApiError(err) });
      }
      job.at = Date.now();
    })();
    return { ...job.status };
  }

  status(jobId: string): ExportJobStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('EXPORT_JOB_UNKNOWN', `No export job ${jobId}`, { id: jobId });
    if (job.status.state !== 'running') this.jobs.delete(jobId);
    return { ...job.status };
  }

  cancel(jobId: string): ExportJobStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('EXPORT_JOB_UNKNOWN', `No export job ${jobId}`, { id: jobId });
    job.cancel = true;
    // A job that already finished is cancelled too: its file is thrown away unseen.
    if (job.status.state === 'done') Object.assign(job.status, { state: 'cancelled', file: null });
    return { ...job.status, file: null };
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.status.state !== 'running' && now - job.at > KEEP_MS) this.jobs.delete(id);
  }
}
