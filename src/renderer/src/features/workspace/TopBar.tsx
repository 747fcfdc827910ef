import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@shared/domain/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { CommandButton } from '../../commands/CommandButton';
import { ExportReportButton } from '../deliverables';
import { SyncStatusButton } from '../sync';

interface TopBarProps {
  workspace: WorkspaceInfo;
  historyOpen: boolean;
  historyPanelId: string;
  onToggleHistory: () => void;
  historyButtonRef: Ref<HTMLButtonElement>;
}

/**
 * Workspace name, Undo/Redo, the History toggle, Settings and Close. Memoised: the workspace view
 * renders again on every page change, which the bar does not show; its commands update it through their own context.
 */
export const TopBar = memo(function TopBar({ workspace, historyOpen, historyPanelId, onToggleHistory, historyButtonRef }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="top-bar__identity">
        <span className="top-bar__logo" aria-hidden="true" />
        <span className="top-bar__app">{t('ui.app.title')}</span>
        <span className="top-bar__divider" aria-hidden="true">
          /
        </span>
        <span className="top-bar__name" title={workspace.path}>
          {workspace.name}
        </span>
        {workspace.readOnly && (
          <Badge tone="warning">
            <Icon name="lock" /> {t('ui.workspace.readOnly.title')}
          </Badge>
        )}
      </div>
      <div className="top-bar__group" role="group" aria-label={t('ui.workspace.toolbar')}>
        <CommandButton command="edit.undo" icon="undo" />
        <CommandButton command="edit.redo" icon="redo" />
        <span className="top-bar__separator" aria-hidden="true" />
        <SyncStatusButton readOnly={workspace.readOnly} />
        <ExportReportButton />
        <Button
          ref={historyButtonRef}
          variant="ghost"
          icon="history"
          title={t('ui.workspace.history')}
          aria-expanded={historyOpen}
          aria-controls={historyOpen ? historyPanelId : undefined}
          onClick={onToggleHistory}
          className={historyOpen ? 'is-active' : undefined}
        >
          {t('ui.workspace.history')}
        </Button>
        <CommandButton command="app.settings" icon="settings" />
        <CommandButton command="workspace.close" icon="close" />
      </div>
    </header>
  );
});
