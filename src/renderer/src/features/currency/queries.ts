import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CURRENCY, numberFormats, type NumberFormats } from '@shared/i18n/format';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { localeFor } from '../../i18n/format';

export function useWorkspaceSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.settings(),
    queryFn: () => unwrap(client.call('workspaceSettings.get', {})),
  });
}

/** The workspace currency; the euro until it is read (or when it cannot be). */
export function useCurrency(): string {
  return useWorkspaceSettings().data?.currency ?? DEFAULT_CURRENCY;
}

/**
 * Numbers and money as the UI language writes them (the user's regional
 * variant when the browser names one), in the workspace currency: what every
 * page shows, so an input and the result beside it agree.
 */
export function useNumberFormats(): NumberFormats {
  const { i18n } = useTranslation();
  const currency = useCurrency();
  return useMemo(() => numberFormats(localeFor(i18n.language), currency), [i18n.language, currency]);
}
