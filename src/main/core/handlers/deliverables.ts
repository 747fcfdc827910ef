import type { deliverablesMethods } from '@shared/contract/deliverables';
import type { AreaHandlers } from '../dispatch';
import { ExportJobs } from '../deliverables/jobs';
import { planPptx } from '../deliverables/pptx';
import { planWorkbook } from '../deliverables/workbook';
import type { Workspace } from '../workspace';

/** The workbook and slide-deck exports as jobs with progress and cancel (the PDF is printed by the renderer). */
export function deliverablesHandlers(need: () => Workspace): AreaHandlers<typeof deliverablesMethods> {
  const jobs = new ExportJobs((ws, format) => (format === 'xlsx' ? planWorkbook(ws) : planPptx(ws)));
  return {
    'deliverables.start': ({ format }) => jobs.start(need(), format),
    'deliverables.status': ({ jobId }) => jobs.status(jobId),
    'deliverables.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
