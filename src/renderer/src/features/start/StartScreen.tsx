import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/domain/types';
import type { ApiError } from '@shared/errors';
import { asApiError } from '../../api/errors';
import { CommandButton } from '../../commands/CommandButton';
import { JoinSharedForm } from '../sync';
import { useOpenWorkspace, useRecoverWorkspace } from '../workspace';
import { buildWorkspacePath, checkFileName } from './paths';
import { useProblemText } from './CreateWorkspaceForm';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { OpenErrorAlert } from './OpenErrorAlert';
import { OpenWorkspacePanel } from './OpenWorkspacePanel';
import { RecentList } from './RecentList';
import './start.css';

interface OpenFailure {
  error: ApiError;
  /** The path that was asked for: recovery copies the backup beside it. */
  path: string;
}

/** Shown while no workspace is open: create one, open one, or pick a recent one. */
export function StartScreen({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const open = useOpenWorkspace();
  const recover = useRecoverWorkspace();
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const ids = { create: useId(), open: useId(), recent: useId(), join: useId() };
  const problemText = useProblemText();
  const busy = open.isPending || recover.isPending;

  const openPath = (path: string) => {
    setFailure(null);
    open.mutate({ path }, { onError: (err) => setFailure({ error: asApiError(err), path }) });
  };
  const recoverFrom = (backupPath: string) => {
    if (!failure) return;
    const { path } = failure;
    recover.mutate(
      { path, backupPath },
      { onSuccess: () => setFailure(null), onError: (err) => setFailure({ error: asApiError(err), path }) },
    );
  };

  return (
    <div className="start">
      <header className="start__header">
        <div className="start__brand">
          <span className="start__logo" aria-hidden="true" />
          <div>
            <h1 className="start__title">{t('ui.app.title')}</h1>
            <p className="start__tagline">{t('ui.start.tagline')}</p>
          </div>
        </div>
        <CommandButton command="app.settings" icon="settings" />
      </header>
      <main id="main" className="start__main" tabIndex={-1}>
        {failure && (
          <OpenErrorAlert
            error={failure.error}
            onRecover={recoverFrom}
            recovering={recover.isPending}
            onDismiss={() => setFailure(null)}
          />
        )}
        <div className="start__grid">
          <section className="card start__create" aria-labelledby={ids.create}>
            <h2 id={ids.create} className="card__title">
              {t('ui.start.create.heading')}
            </h2>
            <CreateWorkspaceForm info={info} />
          </section>
          <section className="card start__open" aria-labelledby={ids.open}>
            <h2 id={ids.open} className="card__title">
              {t('ui.start.open.heading')}
            </h2>
            <OpenWorkspacePanel onOpen={openPath} busy={busy} />
          </section>
          <section className="card start__recent" aria-labelledby={ids.recent}>
            <h2 id={ids.recent} className="card__title">
              {t('ui.start.recent.heading')}
            </h2>
            <RecentList onOpen={openPath} busy={busy} />
          </section>
          <section className="card start__join" aria-labelledby={ids.join}>
            <h2 id={ids.join} className="card__title">
              {t('ui.sync.join.heading')}
            </h2>
            <JoinSharedForm
              info={info}
              nameProblem={(name) => problemText(checkFileName(name))}
              buildPath={(folder, name) => buildWorkspacePath(folder, name, info.pathSeparator)}
            />
          </section>
        </div>
      </main>
    </div>
  );
}
