import { Suspense, useCallback, useId, useRef, useState } from 'react';
import type { WorkspaceInfo } from '@shared/domain/types';
import { HistoryPanel } from '../history/panel';
import { PageLoadBoundary, PageLoading } from './lazyPage';
import { MainNav } from './MainNav';
import { TopBar } from './TopBar';
import { useCurrentPage } from './useCurrentPage';
import { WorkspaceNotices } from './WorkspaceNotices';
import './workspace.css';

const HISTORY_OPEN_KEY = 'channelwise.historyOpen';

function initialHistoryOpen(): boolean {
  try {
    return window.localStorage.getItem(HISTORY_OPEN_KEY) === 'true';
  } catch {
    return false;
  }
}

/** The open workspace: top bar, notices, main navigation, the current page and the history panel. */
export function WorkspaceView({ workspace }: { workspace: WorkspaceInfo }) {
  const route = useCurrentPage();
  const [historyOpen, setHistoryOpen] = useState(initialHistoryOpen);
  const historyPanelId = useId();
  const historyButtonRef = useRef<HTMLButtonElement>(null);
  const Page = route.Page;

  const toggleHistory = useCallback((open: boolean) => {
    setHistoryOpen(open);
    try {
      window.localStorage.setItem(HISTORY_OPEN_KEY, String(open));
    } catch {
      // Storage may be unavailable (private mode); the panel still works.
    }
  }, []);
  // Stable while the panel stays as it is, so the (memoised) top bar is not drawn again on every page change.
  const onToggleHistory = useCallback(() => toggleHistory(!historyOpen), [toggleHistory, historyOpen]);

  return (
    <div className="workspace">
      <TopBar
        workspace={workspace}
        historyOpen={historyOpen}
        historyPanelId={historyPanelId}
        onToggleHistory={onToggleHistory}
        historyButtonRef={historyButtonRef}
      />
      <WorkspaceNotices workspace={workspace} />
      <div className={historyOpen ? 'workspace__body workspace__body--with-panel' : 'workspace__body'}>
        <MainNav />
        <main id="main" className="workspace__main" tabIndex={-1}>
          {/* Pages load on first visit (navItems.ts); keyed, so a failed page does not stay failed on the next one. */}
          <PageLoadBoundary key={route.id}>
            <Suspense fallback={<PageLoading />}>
              <Page workspace={workspace} />
            </Suspense>
          </PageLoadBoundary>
        </main>
        {historyOpen && (
          <HistoryPanel
            id={historyPanelId}
            readOnly={workspace.readOnly}
            onClose={() => {
              toggleHistory(false);
              historyButtonRef.current?.focus();
            }}
          />
        )}
      </div>
    </div>
  );
}
