// Global styles first, so component styles come after them in the cascade.
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/ApiProvider';
import { createApiClient } from './api/client';
import { reloadOnNewHostKey, takePageHostKey } from './api/hostKey';
import { App } from './app/App';
import { HostKeyGate } from './app/HostKeyGate';
import { createQueryClient } from './app/queryClient';
import { NoticesProvider } from './components/Notices';
import { createI18n, initialLanguage } from './i18n/i18n';

// In a browser the host's key comes with the address (#k=...); Electron talks IPC and needs none.
const client = createApiClient(window, window.api ? {} : { token: takePageHostKey() });
if (!window.api) reloadOnNewHostKey();
const queryClient = createQueryClient();
const i18n = createI18n(initialLanguage(navigator.language));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <HostKeyGate client={client}>
        <ApiProvider client={client} queryClient={queryClient}>
          <NoticesProvider>
            <App />
          </NoticesProvider>
        </ApiProvider>
      </HostKeyGate>
    </I18nextProvider>
  </StrictMode>,
);
