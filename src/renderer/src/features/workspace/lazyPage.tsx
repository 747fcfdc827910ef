import { Component, lazy, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';

export interface LazyPage<P extends object> {
  /** Renders the page once its chunk is in; suspends (shows the nearest Suspense fallback) until then. */
  Page: ComponentType<P>;
  /** Starts loading the chunk without rendering it (hover or focus on its link), so a click finds it loaded. */
  preload: () => Promise<ComponentType<P>>;
  /** Whether the chunk is in: the page then renders without suspending. */
  isLoaded: () => boolean;
}

/**
 * A page in its own chunk: the start screen and the workspace shell then load
 * only what they show, and the charts, journeys (recharts), present mode and
 * the rest arrive when first opened. `load` is one dynamic import; Vite splits
 * there. A failed load (a dropped connection to the browser host) is not
 * cached, so the next attempt fetches again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  // Once the chunk is in, the page renders directly. React.lazy would suspend on its
  // first render even then, and React holds a revealed Suspense boundary back for up
  // to 300 ms to avoid flicker: a preloaded page must not wait for that.
  // The choice is made once per mounted page: switching a page that mounted through
  // Lazy to the direct component on a later render would be a new element type, and
  // React would remount the page and drop what the user was typing in it.
  function Page(props: P) {
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Page, preload, isLoaded: () => loaded !== null };
}

/** What a page shows while its chunk loads: a polite status, so a screen reader says it once. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('ui.app.loadingPage')}
    </p>
  );
}

/**
 * A page whose chunk could not be fetched (the browser host went away) says so
 * instead of blanking the window. React keeps a failed lazy component failed,
 * so trying again means reloading the page.
 */
export class PageLoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert
      tone="error"
      title={t('ui.app.pageLoadFailed')}
      actions={
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('ui.app.retry')}
        </Button>
      }
    />
  );
}
