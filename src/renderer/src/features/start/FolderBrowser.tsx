import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { describeError } from '../../i18n/errorText';
import { useFolder } from './queries';

/**
 * The browser host's stand-in for a file dialog: folders and .channelwise files
 * of one folder. A folder opens in place, "Up" goes to the parent, a workspace opens.
 */
export function FolderBrowser({ onOpen, disabled }: { onOpen: (path: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [dir, setDir] = useState<string | null>(null);
  const folder = useFolder(dir);
  const listing = folder.data;
  const headingId = useId();
  const currentRef = useRef<HTMLElement>(null);
  const focusAfterLoad = useRef(false);

  // After entering a folder the clicked button is gone: put focus on the new location.
  useEffect(() => {
    if (focusAfterLoad.current && !folder.isPlaceholderData && listing) {
      focusAfterLoad.current = false;
      currentRef.current?.focus();
    }
  }, [listing, folder.isPlaceholderData]);

  const go = (path: string) => {
    focusAfterLoad.current = true;
    setDir(path);
  };

  return (
    <div className="folder-browser">
      <h3 id={headingId} className="folder-browser__heading">
        {t('ui.start.open.browserHeading')}
      </h3>
      <div className="folder-browser__bar">
        <Button
          size="small"
          icon="parent"
          onClick={() => listing?.parent && go(listing.parent)}
          disabled={!listing?.parent}
          title={t('ui.start.open.upHint')}
        >
          {t('ui.start.open.up')}
        </Button>
        <code ref={currentRef} tabIndex={-1} className="folder-browser__path" aria-label={t('ui.start.open.currentFolder')}>
          <bdi dir="ltr">{listing?.dir ?? dir ?? ''}</bdi>
        </code>
      </div>
      {folder.isError && <Alert tone="error">{describeError(t, folder.error)}</Alert>}
      {folder.isPending && <p className="muted">{t('ui.start.open.loadingFolder')}</p>}
      {listing && listing.entries.length === 0 && <p className="muted">{t('ui.start.open.emptyFolder')}</p>}
      {listing && listing.entries.length > 0 && (
        <ul
          className="folder-browser__list"
          role="list"
          aria-label={t('ui.start.open.contents', { folder: listing.dir })}
          aria-busy={folder.isFetching || undefined}
        >
          {listing.entries.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className={`folder-entry folder-entry--${entry.kind}`}
                onClick={() => (entry.kind === 'dir' ? go(entry.path) : onOpen(entry.path))}
                disabled={entry.kind === 'workspace' && disabled}
                title={entry.path}
              >
                <Icon name={entry.kind === 'dir' ? 'folder' : 'file'} />
                <span>{entry.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
