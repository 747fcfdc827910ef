import type { ApiBridge, ApiEvent, MethodInput, MethodName, MethodResult } from '@shared/api';
import type { Result } from '@shared/errors';
import { clientFailure } from './errors';
import { isResult } from './wire';

/**
 * The contract over Electron IPC (`window.api` from the preload). The preload
 * already speaks Results; this wrapper only makes sure a broken bridge (a
 * rejected promise, a malformed answer) is a Result too.
 */
export function createIpcBridge(bridge: ApiBridge): ApiBridge {
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodResult<M>>> {
    let answer: unknown;
    try {
      answer = await bridge.call(method, input);
    } catch (err) {
      return clientFailure('bridge', `The window lost its connection to Channelwise: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!isResult(answer)) return clientFailure('bad-response', 'Channelwise answered with something that is not a result.');
    return answer as Result<MethodResult<M>>;
  }
  return {
    call,
    onEvent: (listener: (event: ApiEvent) => void) => bridge.onEvent(listener),
  };
}
