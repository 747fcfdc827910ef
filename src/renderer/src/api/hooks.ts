import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodResult } from '@shared/api';
import { useApiClient } from './ApiProvider';
import { unwrap, type ApiCallError } from './errors';
import type { QueryKey } from './queryKeys';

type ApiMutationOptions<M extends MethodName, C> = Omit<
  UseMutationOptions<MethodResult<M>, ApiCallError, MethodInput<M>, C>,
  'mutationFn'
> & {
  /** Queries made stale by a success; awaited, so `mutateAsync` resolves once they are fresh. */
  invalidates?: readonly QueryKey[];
};

/** A mutation that calls one contract method; failures reject with an `ApiCallError`. */
export function useApiMutation<M extends MethodName, C = unknown>(method: M, options: ApiMutationOptions<M, C> = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { invalidates, onSuccess, ...rest } = options;
  return useMutation<MethodResult<M>, ApiCallError, MethodInput<M>, C>({
    mutationKey: [method],
    ...rest,
    mutationFn: (input) => unwrap(client.call(method, input)),
    onSuccess: async (...args) => {
      await Promise.all((invalidates ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await onSuccess?.(...args);
    },
  });
}
