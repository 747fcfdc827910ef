import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { cx } from '../../components/classNames';
import { describeError } from '../../i18n/errorText';
import { formatDateTime } from '../../i18n/format';
import { entryText } from '../../i18n/labels';
import { useHistoryList } from './queries';

/** The journal, newest first; undone steps are struck through (and say so to screen readers). */
export function HistoryList() {
  const { t, i18n } = useTranslation();
  const history = useHistoryList();
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
    </ol>
  );
}
