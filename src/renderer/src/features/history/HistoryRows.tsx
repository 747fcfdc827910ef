import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@shared/domain/types';
import { areaOf } from '@shared/history/areas';
import type { HistoryGroup } from '@shared/history/group';
import { Badge } from '../../components/Badge';
import { cx } from '../../components/classNames';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { entryText } from '../../i18n/labels';
import { formatTimeSpan } from './timeSpan';

/** An entry's words; undone ones are struck through and say so to screen readers. */
function EntryLabel({ text, undone }: { text: string; undone: boolean }) {
  const { t } = useTranslation();
  if (!undone) return <span className="history-entry__label">{text}</span>;
  return (
    <del className="history-entry__label">
      {text}
      <span className="sr-only"> ({t('ui.history.undone')})</span>
    </del>
  );
}

/** When, and (in the unfiltered list) which area: the area helps the eye find its way in a long history. */
function EntryMeta({ when, dateTime, areaKey, showArea, author }: { when: string; dateTime?: string; areaKey: string; showArea: boolean; author?: string | null }) {
  const { t } = useTranslation();
  const area = showArea ? areaOf(areaKey) : null;
  return (
    <span className="history-entry__meta">
      {author !== undefined && (
        <span className="history-entry__author">{t('ui.history.byTeammate', { name: author ?? t('ui.sync.teammates.unnamed') })}</span>
      )}
      {dateTime ? (
        <time className="history-entry__time" dateTime={dateTime}>
          {when}
        </time>
      ) : (
        <span className="history-entry__time">{when}</span>
      )}
      {area && <span className="history-entry__area">{t(`ui.history.areas.${area}`)}</span>}
    </span>
  );
}

const entryClass = (entry: Pick<HistoryEntry, 'kind' | 'undone'>, ...more: (string | false)[]) =>
  cx('history-entry', entry.undone && 'history-entry--undone', `history-entry--${entry.kind}`, ...more);

export function EntryRow({ entry, showArea }: { entry: HistoryEntry; showArea: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={entryClass(entry)}>
      <EntryLabel text={entryText(t, entry)} undone={entry.undone} />
      <EntryMeta when={formatDateTime(i18n.language, entry.at)} dateTime={entry.at} areaKey={entry.label.key} showArea={showArea} author={entry.author} />
    </li>
  );
}

/**
 * A run of the same kind of edit as one line (count and time span), with a
 * disclosure button that shows its entries, each still in its own words.
 */
export function RunRow({ group, showArea }: { group: HistoryGroup; showArea: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const newest = group.entries[0]!;
  const oldest = group.entries[group.entries.length - 1]!;
  const text = entryText(t, group);
  return (
    <li className={entryClass(group, 'history-run', open && 'history-run--open')}>
      <button type="button" className="history-run__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <Icon name="down" className="history-run__chevron" />
        <EntryLabel text={text} undone={group.undone} />
        <Badge tone={group.undone ? 'muted' : 'info'} className="history-run__count">
          {t('ui.history.run.count', { count: group.entries.length })}
        </Badge>
      </button>
      <EntryMeta when={formatTimeSpan(i18n.language, oldest.at, newest.at)} areaKey={group.label.key} showArea={showArea} author={newest.author} />
      <ol id={listId} className="history-run__entries" aria-label={t('ui.history.run.entries', { label: text })} hidden={!open}>
        {open && group.entries.map((entry) => <EntryRow key={entry.seq} entry={entry} showArea={false} />)}
      </ol>
    </li>
  );
}
