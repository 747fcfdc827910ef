import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from './client';
import { applyApiEvent } from './events';

const ApiClientContext = createContext<ApiClient | null>(null);

/** Provides the contract client and keeps the query cache in step with the core's events. */
export function ApiProvider({
  client,
  queryClient,
  children,
}: {
  client: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  useEffect(() => {
    const offEvent = client.onEvent((event) => applyApiEvent(queryClient, event));
    // Missed events cannot be replayed: refetch whatever is on screen.
    const offReconnect = client.onReconnect(() => void queryClient.invalidateQueries());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client, queryClient]);

  return (
    <ApiClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiClientContext.Provider>
  );
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient must be used inside <ApiProvider>.');
  return client;
}
