import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobStatus, JobFormat } from '@shared/contract/deliverables';
import type { ApiError } from '@shared/errors';
import { useApiClient } from '../../api/ApiProvider';
import { asApiError, unwrap } from '../../api/errors';
import { downloadFile } from '../matrix-io';

/** How often a running export is asked for its progress. */
const POLL_MS = 150;

export type JobView =
  | { phase: 'idle' }
  | { phase: 'running'; status: ExportJobStatus }
  | { phase: 'done'; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ApiError };

/** Start a workbook or deck export in the core, follow its progress, save its file, or cancel it. */
export function useExportJob() {
  const client = useApiClient();
  const [view, setView] = useState<JobView>({ phase: 'idle' });
  const job = useRef<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const follow = useCallback(
    async (status: ExportJobStatus) => {
      let current = status;
      while (current.state === 'running' && alive.current && job.current === current.jobId) {
        setView({ phase: 'running', status: current });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await unwrap(client.call('deliverables.status', { jobId: current.jobId }));
      }
      if (!alive.current || job.current !== current.jobId) return;
      job.current = null;
      if (current.state === 'done' && current.file) {
        downloadFile(current.file);
        setView({ phase: 'done', fileName: current.file.fileName });
      } else if (current.state === 'cancelled') setView({ phase: 'cancelled' });
      else setView({ phase: 'failed', error: current.error ?? { code: 'INTERNAL', message: 'export failed' } });
    },
    [client],
  );

  const start = useCallback(
    async (format: JobFormat) => {
      try {
        const status = await unwrap(client.call('deliverables.start', { format }));
        job.current = status.jobId;
        await follow(status);
      } catch (err) {
        job.current = null;
        if (alive.current) setView({ phase: 'failed', error: asApiError(err) });
      }
    },
    [client, follow],
  );

  const cancel = useCallback(async () => {
    const id = job.current;
    if (!id) return;
    job.current = null;
    setView({ phase: 'cancelled' });
    await client.call('deliverables.cancel', { jobId: id });
  }, [client]);

  return { view, start, cancel };
}
