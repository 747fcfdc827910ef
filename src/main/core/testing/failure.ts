import { AppError } from '@shared/errors';

/** The AppError a call throws; any other outcome fails the test. */
export function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}
