import type { ApiEvent } from '@shared/api';
import type { Result } from '@shared/errors';
import type { AppCore } from '../../core';

/** A stand-in AppCore for host and shell tests: records calls, answers from a table. */
export interface FakeCore extends AppCore {
  calls: { method: string; input: unknown }[];
  /** Answers for methods; anything else gets UNKNOWN_METHOD, like the real dispatch. */
  answers: Map<string, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>;
  emit(event: ApiEvent): void;
  listenerCount(): number;
  shutdownCalls: number;
}

export function createFakeCore(): FakeCore {
  const listeners = new Set<(event: ApiEvent) => void>();
  const fake: FakeCore = {
    calls: [],
    answers: new Map(),
    shutdownCalls: 0,
    async dispatch(method, input) {
      fake.calls.push({ method, input });
      const answer = fake.answers.get(method);
      if (answer) return answer(input);
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${method}`, params: { method } } };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shutdown() {
      fake.shutdownCalls++;
    },
    emit(event) {
      for (const l of listeners) l(event);
    },
    listenerCount: () => listeners.size,
  };
  return fake;
}
