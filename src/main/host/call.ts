import type { MethodInput, MethodName, MethodResult } from '@shared/api';
import type { Result } from '@shared/errors';
import type { AppCore } from '../core';

/**
 * Typed call into the core from host code (menus, serve). The core validates the
 * input against the method's schema, so the result type follows the method name.
 */
export function callCore<M extends MethodName>(
  core: Pick<AppCore, 'dispatch'>,
  method: M,
  input: MethodInput<M>,
): Promise<Result<MethodResult<M>>> {
  return core.dispatch(method, input) as Promise<Result<MethodResult<M>>>;
}
