import { api, isMethodName, type MethodName, type MethodResult, type ParsedInput } from '@shared/api';
import { AppError, toApiError, type Result } from '@shared/errors';

/** One implementation per contract method; derived from the table so none can be missing. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/**
 * The handlers of one contract area, derived from the area's method table
 * (`AreaHandlers<typeof economicsMethods>`): a method added to the table
 * fails the typecheck until its handler exists.
 */
export type AreaHandlers<Table> = Pick<Handlers, keyof Table & MethodName>;

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchGuards {
  /** Called before a method that writes to the workspace; throws READ_ONLY when it may not. */
  beforeWrite(method: MethodName): void;
  /** Called for failures that are not AppErrors (bugs): log them, never show them. */
  onUnexpected(method: string, err: unknown): void;
}

/**
 * Validate with the method's schema, then run its handler. Every outcome is a
 * Result: malformed payloads never reach a service and nothing throws outward.
 */
export function createDispatch(handlers: Handlers, guards: DispatchGuards): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${method}`, params: { method } } };
    }
    const def = api[method];
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `Invalid input for ${method}: ${issues.join('; ')}`, params: { method, issues } },
      };
    }
    try {
      if (def.writes) guards.beforeWrite(method);
      const handler = handlers[method] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: value === undefined ? null : value };
    } catch (err) {
      if (!(err instanceof AppError)) guards.onUnexpected(method, err);
      return { ok: false, error: toApiError(err) };
    }
  };
}
