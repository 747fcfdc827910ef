import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { cx } from '../../components/classNames';
import { describeError } from '../../i18n/errorText';
import { formatDateTime } from '../../i18n/format';
import { entryText } from '../../i18n/labels';
import { HISTORY_LIMIT, useHistoryList } from './queries';

/**
 * The journal, newest first; undone steps are struck through (and say so to
 * screen readers). A page at a time, back to the first change.
 */
export function HistoryList() {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(HISTORY_LIMIT);
  const history = useHistoryList(limit);
  if (history.isPending) return <p className="muted">{t('ui.history.loading')}</p>;
  if (history.isError) return <Alert tone="error">{describeError(t, history.error)}</Alert>;
  if (history.data.length === 0) return <p className="muted">{t('ui.history.empty')}</p>;
  return (
    <ol className="history-list" aria-label={t('ui.history.listLabel')}>
      {history.data.map((entry) => (
        <li key={entry.seq} className={cx('history-entry', entry.undone && 'history-entry--undone', `history-entry--${entry.kind}`)}>
          {entry.undone ? (
            <del className="history-entry__label">
              {entryText(t, entry)}
              <span className="sr-only"> ({t('ui.history.undone')})</span>
            </del>
          ) : (
            <span className="history-entry__label">{entryText(t, entry)}</span>
          )}
          <time className="history-entry__time" dateTime={entry.at}>
            {formatDateTime(i18n.language, entry.at)}
          </time>
        </li>
      ))}
      {history.data.length >= limit && (
        <li className="history-more">
          <Button size="small" onClick={() => setLimit(limit + HISTORY_LIMIT)} disabled={history.isFetching}>
            {t('ui.history.older')}
          </Button>
        </li>
      )}
    </ol>
  );
}
