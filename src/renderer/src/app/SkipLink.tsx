import { useTranslation } from 'react-i18next';

/** First stop for keyboard users: jump past the top bar and navigation to the page content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        // The hash holds the current page: move focus without touching it.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('ui.app.skipToContent')}
    </a>
  );
}
