import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { platform } from '../../commands/platform';
import { ariaKeyShortcuts, formatShortcut } from '../../commands/shortcuts';
import { MenuButton } from './MenuButton';
import { rectSize, selectedRect } from './selection';
import type { SelectionStore } from './selectionStore';

interface EditBarProps {
  store: SelectionStore;
  isAllLens: boolean;
  readOnly: boolean;
  onFill: (role: Role) => void;
  onClear: () => void;
}

const FILL_SHORTCUT = 'Mod+D';

/** Commands on the selected cells: fill with a role, and clear (or, in a lens, reset to inherited). */
export function EditBar({ store, isAllLens, readOnly, onFill, onClear }: EditBarProps) {
  const { t } = useTranslation();
  // Only this bar re-renders when the selection changes, and only when its size does.
  const sizeText = useSyncExternalStore(store.subscribe, () => {
    const rect = selectedRect(store.get());
    if (!rect) return '';
    const { rows, cols } = rectSize(rect);
    return `${rows}x${cols}`;
  });
  const [rows, cols] = sizeText.split('x');
  const fillLabel = t('ui.matrix.edit.fill');

  return (
    <div className="edit-bar" role="toolbar" aria-label={t('ui.matrix.edit.toolbar')}>
      <MenuButton
        label={fillLabel}
        title={t('ui.common.withShortcut', { label: fillLabel, shortcut: formatShortcut(FILL_SHORTCUT, platform) })}
        className="btn btn--secondary btn--small"
        disabled={readOnly || sizeText === ''}
        buttonProps={{ 'aria-keyshortcuts': ariaKeyShortcuts([FILL_SHORTCUT], platform) }}
        items={ROLES.map((role) => ({
          id: String(role),
          label: t('ui.matrix.edit.fillWith', { role: t(`ui.matrix.roleNames.${role}`) }),
          onSelect: () => onFill(role),
        }))}
      >
        <span className="btn__text">{fillLabel}</span>
      </MenuButton>
      <Button size="small" variant="secondary" disabled={readOnly || sizeText === ''} onClick={onClear}>
        {t(isAllLens ? 'ui.matrix.edit.clearCells' : 'ui.matrix.edit.resetInherited')}
      </Button>
      {sizeText !== '' && (
        <span className="edit-bar__selection muted">
          {t('ui.matrix.edit.selection', { rows, cols })}
        </span>
      )}
      {readOnly && <span className="muted">{t('ui.matrix.edit.readOnly')}</span>}
    </div>
  );
}
