import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

export function useCatalog() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.catalog(),
    queryFn: () => unwrap(client.call('catalog.get', {})),
  });
}
