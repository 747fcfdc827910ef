import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Tabs } from '../../components/Tabs';
import { HistoryList } from './HistoryList';
import { SnapshotsPanel } from './SnapshotsPanel';
import './history.css';

interface HistoryPanelProps {
  id: string;
  readOnly: boolean;
  onClose: () => void;
}

/** Side panel: what changed (with undone steps struck through) and, in their own tab, the named snapshots. */
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
        <Tabs
          label={t('ui.history.title')}
          tabs={[
            { id: 'changes', label: t('ui.history.changes'), content: () => <HistoryList /> },
            { id: 'snapshots', label: t('ui.history.snapshots.title'), content: () => <SnapshotsPanel readOnly={readOnly} /> },
          ]}
        />
      </div>
    </aside>
  );
}
