import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, AppSettings, WorkspaceInfo } from '@shared/domain/types';
import { CommandsProvider } from '../commands/CommandsProvider';
import { useAppCommands } from '../commands/useAppCommands';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { StartScreen } from '../features/start';
import { SettingsDialog } from '../features/settings';
import { UndoOverTeammateDialog } from '../features/history';
import { WorkspaceView } from '../features/workspace/shell';
import { describeError } from '../i18n/errorText';
import { useAppInfo, useCurrentWorkspace, useSettings } from './queries';
import { useAppearance, useDocumentTitle, useUiLanguage } from './useAppEnvironment';
import { SkipLink } from './SkipLink';

interface ShellProps {
  info: AppInfo;
  settings: AppSettings;
  workspace: WorkspaceInfo | null;
}

function Shell({ info, settings, workspace }: ShellProps) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [teammateChanged, setTeammateChanged] = useState<string | null>(null);
  const commands = useAppCommands({ workspace, openSettings: () => setSettingsOpen(true), onTeammateChanged: setTeammateChanged });
  useDocumentTitle(workspace);

  // Opening or closing a workspace replaces the screen (and the control that had focus):
  // start the keyboard and the screen reader at the top of the new content.
  const path = workspace?.path ?? null;
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  return (
    <CommandsProvider commands={commands}>
      <SkipLink />
      {workspace ? <WorkspaceView key={workspace.path} workspace={workspace} /> : <StartScreen info={info} />}
      {settingsOpen && <SettingsDialog settings={settings} info={info} onClose={() => setSettingsOpen(false)} />}
      {teammateChanged !== null && <UndoOverTeammateDialog name={teammateChanged} onDone={() => setTeammateChanged(null)} />}
    </CommandsProvider>
  );
}

/** Loads what every screen needs (app info, settings, the open workspace), then shows start or workspace. */
export function App() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const settings = useSettings();
  const session = useCurrentWorkspace();
  useUiLanguage(info.data, settings.data);
  useAppearance(settings.data);

  const failed = [info, settings, session].find((query) => query.isError);
  if (failed) {
    return (
      <main className="splash">
        <Alert
          tone="error"
          title={t('ui.app.loadFailed')}
          actions={
            <Button
              variant="primary"
              onClick={() => {
                void info.refetch();
                void settings.refetch();
                void session.refetch();
              }}
            >
              {t('ui.app.retry')}
            </Button>
          }
        >
          {describeError(t, failed.error)}
        </Alert>
      </main>
    );
  }
  if (!info.data || !settings.data || session.data === undefined) {
    return (
      <main className="splash" aria-busy="true">
        <span className="splash__logo" aria-hidden="true" />
        <p role="status">{t('ui.app.loading')}</p>
      </main>
    );
  }
  return <Shell info={info.data} settings={settings.data} workspace={session.data} />;
}
