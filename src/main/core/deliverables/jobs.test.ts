import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { ExportJobs } from './jobs';
import { planWorkbook } from './workbook';

const settle = async (jobs: ExportJobs, jobId: string) => {
  for (;;) {
    const status = jobs.status(jobId);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('export jobs', () => {
  const tmp = useTempDir();

  it('runs a workbook in steps, hands the file out once, then forgets the job', async () => {
    const ws = tmp.create();
    const jobs = new ExportJobs((w) => planWorkbook(w));
    const started = jobs.start(ws, 'xlsx');
    expect(started.state).toBe('running');
    const done = await settle(jobs, started.jobId);
    expect(done.state).toBe('done');
    expect(done.done).toBe(done.total);
    expect(Buffer.from(done.file!.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(() => jobs.status(started.jobId)).toThrow(expect.objectContaining({ code: 'EXPORT_JOB_UNKNOWN' }));
  });

  it('stops a cancelled job between steps and produces no file', async () => {
    const ws = tmp.create();
    const jobs = new ExportJobs((w) => planWorkbook(w));
    const started = jobs.start(ws, 'xlsx');
    jobs.cancel(started.jobId);
    const status = await settle(jobs, started.jobId);
    expect(status).toMatchObject({ state: 'cancelled', file: null, error: { code: 'EXPORT_CANCELLED' } });
  });
});
