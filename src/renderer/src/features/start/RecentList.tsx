import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { formatDateTime } from '../../i18n/format';
import { useRecentWorkspaces, useRemoveRecent } from './queries';

interface RecentEntryProps {
  entry: RecentWorkspace;
  onOpen: (path: string) => void;
  onRemoved: () => void;
  busy: boolean;
}

function RecentEntry({ entry, onOpen, onRemoved, busy }: RecentEntryProps) {
  const { t, i18n } = useTranslation();
  const notices = useNotices();
  const remove = useRemoveRecent();
  const detailsId = useId();
  return (
    <li className={entry.exists ? 'recent' : 'recent recent--missing'}>
      <div className="recent__main">
        {entry.exists ? (
          <button
            type="button"
            className="recent__open"
            onClick={() => onOpen(entry.path)}
            disabled={busy}
            aria-describedby={detailsId}
          >
            <Icon name="file" />
            <span className="recent__name">{entry.name}</span>
          </button>
        ) : (
          <span className="recent__open recent__open--disabled">
            <Icon name="file" />
            <span className="recent__name">{entry.name}</span>
            <Badge tone="warning">{t('ui.start.recent.missing')}</Badge>
          </span>
        )}
        <div id={detailsId} className="recent__details">
          <span className="recent__path" title={entry.path}>
            {entry.path}
          </span>
          <span className="recent__date">
            {entry.exists
              ? t('ui.start.recent.lastOpened', { date: formatDateTime(i18n.language, entry.lastOpened) })
              : t('ui.start.recent.missingHint')}
          </span>
        </div>
      </div>
      <Button
        variant="ghost"
        size="small"
        icon="close"
        iconOnly
        label={t('ui.start.recent.remove', { name: entry.name })}
        disabled={remove.isPending}
        data-recent-remove=""
        onClick={() =>
          remove.mutate(
            { path: entry.path },
            { onSuccess: onRemoved, onError: (err) => notices.showError(describeError(t, err)) },
          )
        }
      />
    </li>
  );
}

/** Recently opened workspaces, newest first; missing files are marked and cannot be opened. */
export function RecentList({ onOpen, busy }: { onOpen: (path: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const recent = useRecentWorkspaces();
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);

  // The removed entry took its button with it: focus the next entry's button (or the previous one).
  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || !listRef.current) return;
    focusIndex.current = null;
    const buttons = listRef.current.querySelectorAll<HTMLButtonElement>('[data-recent-remove]');
    buttons[Math.min(index, buttons.length - 1)]?.focus();
  }, [recent.data]);

  if (recent.isError) return <Alert tone="error">{describeError(t, recent.error)}</Alert>;
  if (!recent.data) return null;
  if (recent.data.length === 0) return <p className="muted">{t('ui.start.recent.empty')}</p>;
  return (
    <ul ref={listRef} className="recent-list" role="list">
      {recent.data.map((entry, index) => (
        <RecentEntry
          key={entry.path}
          entry={entry}
          onOpen={onOpen}
          onRemoved={() => {
            focusIndex.current = index;
          }}
          busy={busy}
        />
      ))}
    </ul>
  );
}
