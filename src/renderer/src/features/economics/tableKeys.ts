import type { economicsTables } from '@shared/contract/economics';
import type { TableKeys } from '../../api/queryKeys';

/** Economics keys live under ['ws', 'economics']. */
export const economicsKeys = {
  all: () => ['ws', 'economics'] as const,
  data: (scenarioId: string) => ['ws', 'economics', scenarioId] as const,
};

const economics = [economicsKeys.all()];

/** What a change to the economics tables makes stale: every scenario's economics (the findings read them from there too). */
export const economicsTableKeys: TableKeys<(typeof economicsTables)[number]> = {
  economics_role_contacts: economics,
  economics_contacts: economics,
  economics_customer_types: economics,
};
