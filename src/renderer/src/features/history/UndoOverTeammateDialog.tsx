import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { useUndo } from './mutations';

/**
 * Undo stays personal: when a teammate has changed what my last action changed,
 * the core refuses the undo and this asks. "Undo anyway" overwrites their
 * change (which is then an ordinary change of mine, synced to them); cancelling
 * keeps it.
 */
export function UndoOverTeammateDialog({ name, onDone }: { name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const undo = useUndo();
  return (
    <ConfirmDialog
      title={t('ui.history.teammateChanged.title')}
      body={`${t('errors.UNDO_TEAMMATE_CHANGED', { name })} ${t('ui.history.teammateChanged.body')}`}
      confirmLabel={t('ui.history.teammateChanged.confirm')}
      busy={undo.isPending}
      onCancel={onDone}
      onConfirm={() => undo.mutate({ force: true }, { onSettled: onDone, onError: (err) => notices.showError(describeError(t, err)) })}
    />
  );
}
