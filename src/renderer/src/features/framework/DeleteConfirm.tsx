import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { localeFor } from '../../i18n/format';
import { deleteBody } from './deleteImpact';

interface DeleteConfirmProps {
  item: CatalogItem;
  kindLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Delete channel “Store”?" with what goes with it. The dialog opens once the
 * count is known, so the question is complete when it is first read out; if
 * the count cannot be had, it asks without it.
 */
export function DeleteConfirm({ item, kindLabel, busy, onConfirm, onCancel }: DeleteConfirmProps) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const impact = useQuery({
    queryKey: [...queryKeys.ws.all, 'deleteImpact', item.kind, item.id],
    queryFn: () => unwrap(client.call('catalog.deleteImpact', { kind: item.kind, id: item.id })),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  if (impact.isPending) return null;

  return (
    <ConfirmDialog
      title={t('ui.framework.deleteDialog.title', { kind: kindLabel, name: item.name })}
      body={deleteBody(t, impact.data ?? null, localeFor(i18n.language))}
      confirmLabel={t('ui.framework.deleteDialog.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
