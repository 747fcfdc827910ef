import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HISTORY_AREAS, isHistoryArea, type HistoryArea } from '@shared/history/areas';
import { groupHistory } from '@shared/history/group';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/errorText';
import { EntryRow, RunRow } from './HistoryRows';
import { HISTORY_LIMIT, useHistoryList } from './queries';

/** Which area the list shows (null: all) and how many entries, counted before grouping. */
interface View {
  area: HistoryArea | null;
  limit: number;
}

/**
 * The journal, newest first, a page at a time back to the first change; runs
 * of the same kind of edit read as one line that opens to its entries. The
 * history lives in a side panel without a route of its own, so the area
 * filter is the panel's state and starts at "all" each time it opens.
 */
export function HistoryList() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ area: null, limit: HISTORY_LIMIT });
  const history = useHistoryList(view.limit, view.area);
  const groups = useMemo(() => groupHistory(history.data ?? []), [history.data]);
  const selectId = useId();

  const filter = (
    <div className="history-filter">
      <label className="history-filter__label" htmlFor={selectId}>
        {t('ui.history.area')}
      </label>
      <select
        id={selectId}
        className="input select"
        value={view.area ?? 'all'}
        // Another area starts again at its newest page.
        onChange={(e) => setView({ area: isHistoryArea(e.target.value) ? e.target.value : null, limit: HISTORY_LIMIT })}
      >
        <option value="all">{t('ui.history.areas.all')}</option>
        {HISTORY_AREAS.map((area) => (
          <option key={area} value={area}>
            {t(`ui.history.areas.${area}`)}
          </option>
        ))}
      </select>
    </div>
  );

  let body;
  if (history.isPending) body = <p className="muted">{t('ui.history.loading')}</p>;
  else if (history.isError) body = <Alert tone="error">{describeError(t, history.error)}</Alert>;
  else if (history.data.length === 0) body = <p className="muted">{t(view.area ? 'ui.history.emptyArea' : 'ui.history.empty')}</p>;
  else {
    body = (
      <ol className="history-list" aria-label={t('ui.history.listLabel')} aria-busy={history.isFetching}>
        {groups.map((group) =>
          group.entries.length === 1 ? (
            <EntryRow key={group.entries[0]!.seq} entry={group.entries[0]!} showArea={view.area === null} />
          ) : (
            // Keyed by its oldest entry: new edits join a run at the top, and it stays open.
            <RunRow key={group.entries[group.entries.length - 1]!.seq} group={group} showArea={view.area === null} />
          ),
        )}
        {history.data.length >= view.limit && (
          <li className="history-more">
            <Button size="small" onClick={() => setView({ ...view, limit: view.limit + HISTORY_LIMIT })} disabled={history.isFetching}>
              {t('ui.history.older')}
            </Button>
          </li>
        )}
      </ol>
    );
  }
  return (
    <div className="history-changes">
      {filter}
      {body}
    </div>
  );
}
