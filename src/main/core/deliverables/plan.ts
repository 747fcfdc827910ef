import { AppError } from '@shared/errors';
import type { Label } from '@shared/domain/types';

/** One unit of an export's work: small enough that a cancel between two steps feels immediate. */
export interface Step {
  label: Label;
  run(): void | Promise<void>;
}

/** An export as steps plus the final write: run the steps, then `finish` makes the file. */
export interface Plan<T> {
  steps: Step[];
  finish(): Promise<T>;
}

export interface RunOptions {
  /** Called before each step and before the final write (done counts finished steps). */
  onProgress?: (done: number, total: number, label: Label) => void;
  /** Checked between steps: true stops the export and nothing is produced. */
  cancelled?: () => boolean;
}

/** Let other requests (a cancel, a progress poll) in between two steps. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The final write counts as one more step, so progress reaches its end only when the file exists. */
export async function runPlan<T>(plan: Plan<T>, options: RunOptions = {}): Promise<T> {
  const total = plan.steps.length + 1;
  const stopIfCancelled = () => {
    if (options.cancelled?.()) throw new AppError('EXPORT_CANCELLED', 'The export was cancelled');
  };
  for (const [i, step] of plan.steps.entries()) {
    stopIfCancelled();
    options.onProgress?.(i, total, step.label);
    await step.run();
    await breathe();
  }
  stopIfCancelled();
  options.onProgress?.(total - 1, total, { key: 'ui.deliverables.steps.write' });
  const result = await plan.finish();
  stopIfCancelled();
  return result;
}
