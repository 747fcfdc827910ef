import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';

type Gate = 'checking' | 'open' | 'locked';

/**
 * In a browser the host answers only calls that carry its per-launch key. One
 * call before the app starts shows whether this page has it; without it (or
 * with the key of an earlier launch) the page says where the right address is
 * instead of starting an app that cannot load anything. A refusal later on,
 * e.g. after Channelwise restarted, does the same.
 */
export function HostKeyGate({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [gate, setGate] = useState<Gate>(client.transport === 'http' ? 'checking' : 'open');
  useEffect(() => {
    const off = client.onKeyRefused(() => setGate('locked'));
    if (client.transport === 'http') {
      void client.call('app.info', {}).then(() => setGate((now) => (now === 'checking' ? 'open' : now)));
    }
    return off;
  }, [client]);

  if (gate === 'locked') return <HostKeyMissing />;
  if (gate === 'checking') return null;
  return children;
}

function HostKeyMissing() {
  const { t, i18n } = useTranslation();
  // The app that would set the page language from the settings never starts: use the browser's.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return (
    <main className="splash splash--key" aria-labelledby="key-missing-title">
      <span className="splash__logo" aria-hidden="true" />
      <h1 id="key-missing-title">{t('ui.app.keyMissing.title')}</h1>
      <p>{t('ui.app.keyMissing.body')}</p>
    </main>
  );
}
