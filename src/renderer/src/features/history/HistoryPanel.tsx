import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { HistoryList } from './HistoryList';
import { SnapshotsPanel } from './SnapshotsPanel';
import './history.css';

interface HistoryPanelProps {
  id: string;
  readOnly: boolean;
  onClose: () => void;
}

/** Side panel: what changed (with undone steps struck through) and the named snapshots. */
export function HistoryPanel({ id, readOnly, onClose }: HistoryPanelProps) {
  const { t } = useTranslation();
  return (
    <aside id={id} className="panel history-panel" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`} className="panel__title">
          {t('ui.history.title')}
        </h2>
        <Button variant="ghost" size="small" icon="close" iconOnly label={t('ui.history.close')} onClick={onClose} />
      </header>
      <div className="panel__body">
        <HistoryList />
        <SnapshotsPanel readOnly={readOnly} />
      </div>
    </aside>
  );
}
