import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChartsAnswer } from '@shared/analysis/charts/answer';
import type { MethodInput } from '@shared/api';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { chartsKeys } from './tableKeys';

/**
 * Charts' data computed by the core (charts.data); null asks for nothing. The
 * last answer stays on screen while the next view's loads.
 */
export function useChartsData(request: MethodInput<'charts.data'> | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: request ? chartsKeys.data(request) : [...chartsKeys.all(), null],
    queryFn: (): Promise<ChartsAnswer> => unwrap(client.call('charts.data', request!)),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}
