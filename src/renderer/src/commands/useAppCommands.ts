import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@shared/domain/types';
import { asApiError } from '../api/errors';
import { useNotices } from '../components/Notices';
import { useHistoryState, useRedo, useUndo } from '../features/history';
import { useCloseWorkspace } from '../features/workspace';
import { describeError } from '../i18n/errorText';
import { labelText } from '../i18n/labels';
import { showHash } from '../features/present/route';
import type { CommandMap } from './types';

interface AppCommandsInput {
  workspace: WorkspaceInfo | null;
  openSettings: () => void;
  /** Undo was refused because a teammate has changed the same thing since: ask before overwriting their change. */
  onTeammateChanged: (name: string) => void;
}

/** Builds the command objects from the current state; buttons and shortcuts both use these. */
export function useAppCommands({ workspace, openSettings, onTeammateChanged }: AppCommandsInput): CommandMap {
  const { t } = useTranslation();
  const notices = useNotices();
  const history = useHistoryState(workspace !== null).data;
  const undo = useUndo();
  const redo = useRedo();
  const close = useCloseWorkspace();
  const writable = workspace !== null && !workspace.readOnly;
  // While the history state is still loading, let Undo/Redo through: the core answers either way.

  const undoLabel = writable && history?.undoLabel ? labelText(t, history.undoLabel) : null;
  const redoLabel = writable && history?.redoLabel ? labelText(t, history.redoLabel) : null;
  const onError = (err: unknown) => notices.showError(describeError(t, err));

  return {
    'edit.undo': {
      id: 'edit.undo',
      label: t('ui.commands.undo'),
      detail: undoLabel ? t('history.undo', { label: undoLabel }) : t('ui.commands.nothingToUndo'),
      shortcut: ['Mod+Z'],
      enabled: writable && history?.canUndo !== false && !undo.isPending && !redo.isPending,
      run: () =>
        undo.mutate(
          {},
          {
            onSuccess: () => undoLabel && notices.announce(t('ui.commands.undone', { label: undoLabel })),
            onError: (err) => {
              const error = asApiError(err);
              if (error.code === 'UNDO_TEAMMATE_CHANGED') onTeammateChanged(String(error.params?.name ?? ''));
              else onError(err);
            },
          },
        ),
    },
    'edit.redo': {
      id: 'edit.redo',
      label: t('ui.commands.redo'),
      detail: redoLabel ? t('history.redo', { label: redoLabel }) : t('ui.commands.nothingToRedo'),
      shortcut: ['Mod+Shift+Z', 'Mod+Y'],
      enabled: writable && history?.canRedo !== false && !undo.isPending && !redo.isPending,
      run: () =>
        redo.mutate(
          {},
          { onSuccess: () => redoLabel && notices.announce(t('ui.commands.redone', { label: redoLabel })), onError },
        ),
    },
    'app.settings': {
      id: 'app.settings',
      label: t('ui.commands.settings'),
      shortcut: ['Mod+,'],
      enabled: true,
      run: openSettings,
    },
    'workspace.close': {
      id: 'workspace.close',
      label: t('ui.commands.closeWorkspace'),
      shortcut: ['Mod+W'],
      enabled: workspace !== null && !close.isPending,
      run: () => close.mutate({}, { onError }),
    },
    // Present mode: F5 from the first slide, Shift+F5 from the one shown last (as in slide programs).
    'present.start': {
      id: 'present.start',
      label: t('ui.present.start'),
      shortcut: ['F5'],
      enabled: workspace !== null,
      run: () => (window.location.hash = showHash('first')),
    },
    'present.startCurrent': {
      id: 'present.startCurrent',
      label: t('ui.present.startHere'),
      shortcut: ['Shift+F5'],
      enabled: workspace !== null,
      run: () => (window.location.hash = showHash('current')),
    },
  };
}
