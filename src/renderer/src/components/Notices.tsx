import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert } from './Alert';

interface Notices {
  /** Says something to screen readers without moving focus ("Moved “Store” up."). */
  announce(message: string): void;
  /** Shows an error the user should see (a failed undo, a refused change without a field of its own). */
  showError(message: string): void;
}

const NoticesContext = createContext<Notices | null>(null);

interface ErrorNotice {
  id: number;
  message: string;
}

const MAX_ERRORS = 3;

/** One polite live region for announcements and a small stack of dismissible errors. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<ErrorNotice[]>([]);
  const nextId = useRef(1);
  const toggle = useRef(false);

  const announce = useCallback((message: string) => {
    // The same sentence twice in a row must be announced twice: alternate a
    // zero-width suffix so the live region's text really changes.
    toggle.current = !toggle.current;
    setAnnouncement(toggle.current ? message : `${message}\u200b`);
  }, []);
  const showError = useCallback((message: string) => {
    const id = nextId.current++;
    setErrors((list) => [...list.filter((e) => e.message !== message), { id, message }].slice(-MAX_ERRORS));
  }, []);
  const value = useMemo(() => ({ announce, showError }), [announce, showError]);

  return (
    <NoticesContext.Provider value={value}>
      {children}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {errors.length > 0 && (
        <div className="notices">
          {errors.map((notice) => (
            <Alert
              key={notice.id}
              tone="error"
              onDismiss={() => setErrors((list) => list.filter((e) => e.id !== notice.id))}
            >
              {notice.message}
            </Alert>
          ))}
        </div>
      )}
    </NoticesContext.Provider>
  );
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices must be used inside <NoticesProvider>.');
  return notices;
}
