import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lens } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { MatrixIoToolbar } from '../matrix-io/toolbar';
import { GROUP_BYS, isGroupBy, type GroupBy } from './layout';

interface ViewControlsProps {
  scenarioId: string;
  lens: Lens;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  filter: string;
  onFilter: (text: string) => void;
  hiddenCount: number;
  onShowAll: () => void;
  readOnly: boolean;
}

/** Which channels the grid shows and how: grouped, filtered, hidden ones back; and import/export. */
export function ViewControls(props: ViewControlsProps) {
  const { scenarioId, lens, groupBy, onGroupBy, filter, onFilter, hiddenCount, onShowAll, readOnly } = props;
  const { t } = useTranslation();
  const groupId = useId();
  const filterId = useId();
  return (
    <>
      <div className="toolbar-field">
        <label htmlFor={groupId} className="toolbar-field__label">
          {t('ui.matrix.view.groupBy')}
        </label>
        <select
          id={groupId}
          className="input select"
          value={groupBy}
          onChange={(event) => onGroupBy(isGroupBy(event.target.value) ? event.target.value : 'none')}
        >
          {GROUP_BYS.map((value) => (
            <option key={value} value={value}>
              {t(`ui.matrix.view.groupByOptions.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor={filterId} className="toolbar-field__label">
          {t('ui.matrix.view.filter')}
        </label>
        <input
          id={filterId}
          type="search"
          className="input filter-input"
          value={filter}
          placeholder={t('ui.matrix.view.filterPlaceholder')}
          onChange={(event) => onFilter(event.target.value)}
        />
      </div>
      {hiddenCount > 0 && (
        <div className="toolbar-field hidden-control">
          <span>{t('ui.matrix.view.hidden', { count: hiddenCount })}</span>
          <Button size="small" disabled={readOnly} onClick={onShowAll}>
            {t('ui.matrix.view.showAll')}
          </Button>
        </div>
      )}
      <MatrixIoToolbar scenarioId={scenarioId} lens={lens} readOnly={readOnly} />
    </>
  );
}
