import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain/types';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { MenuButton } from './MenuButton';
import { useCopyScenario, useCreateScenario, useDeleteItem, useUpdateItem } from './mutations';
import { DeleteScenarioDialog, NameDialog } from './ScenarioDialogs';

interface ScenarioControlsProps {
  /** Sorted by position. */
  scenarios: readonly Scenario[];
  current: Scenario;
  readOnly: boolean;
  onSelect: (id: string) => void;
}

type Asking = 'add' | 'copy' | 'rename' | 'delete' | null;

/** The scenario selector and its actions: new, copy (with every cell), rename, delete. */
export function ScenarioControls({ scenarios, current, readOnly, onSelect }: ScenarioControlsProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const selectId = useId();
  const [asking, setAsking] = useState<Asking>(null);
  const create = useCreateScenario();
  const copy = useCopyScenario();
  const update = useUpdateItem();
  const remove = useDeleteItem();
  const close = () => setAsking(null);

  async function onDelete() {
    try {
      await remove.mutateAsync({ kind: 'scenario', id: current.id });
      notices.announce(t('ui.matrix.scenario.deleted', { name: current.name }));
    } catch (err) {
      notices.showError(describeError(t, err));
    }
    close();
  }

  return (
    <div className="toolbar-field">
      <label htmlFor={selectId} className="toolbar-field__label">
        {t('ui.matrix.scenario.label')}
      </label>
      <div className="toolbar-field__row">
        <select id={selectId} className="input select" value={current.id} onChange={(event) => onSelect(event.target.value)}>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name}
            </option>
          ))}
        </select>
        <MenuButton
          label={t('ui.matrix.scenario.actions')}
          title={t('ui.matrix.scenario.actions')}
          className="btn btn--ghost btn--icon"
          items={[
            { id: 'add', label: t('ui.matrix.scenario.add'), disabled: readOnly, onSelect: () => setAsking('add') },
            { id: 'copy', label: t('ui.matrix.scenario.copy'), disabled: readOnly, onSelect: () => setAsking('copy') },
            { id: 'rename', label: t('ui.matrix.scenario.rename'), disabled: readOnly, onSelect: () => setAsking('rename') },
            { id: 'delete', label: t('ui.matrix.scenario.delete'), disabled: readOnly, onSelect: () => setAsking('delete') },
          ]}
        >
          <span aria-hidden="true" className="menu-button__dots">
            ⋯
          </span>
        </MenuButton>
      </div>
      {asking === 'add' && (
        <NameDialog
          title={t('ui.matrix.scenario.add')}
          initial={t('ui.matrix.scenario.newName')}
          submitLabel={t('ui.matrix.scenario.create')}
          onClose={close}
          onSubmit={async (name) => {
            const added = await create.mutateAsync({ kind: 'scenario', name });
            close();
            onSelect(added.id);
            notices.announce(t('ui.matrix.scenario.added', { name: added.name }));
          }}
        />
      )}
      {asking === 'copy' && (
        <NameDialog
          title={t('ui.matrix.scenario.copy')}
          initial={t('ui.matrix.scenario.copyName', { name: current.name })}
          submitLabel={t('ui.matrix.scenario.copyAction')}
          onClose={close}
          onSubmit={async (name) => {
            const copied = await copy.mutateAsync({ id: current.id, name });
            close();
            onSelect(copied.id);
            notices.announce(t('ui.matrix.scenario.copied', { name: copied.name }));
          }}
        />
      )}
      {asking === 'rename' && (
        <NameDialog
          title={t('ui.matrix.scenario.rename')}
          initial={current.name}
          submitLabel={t('ui.matrix.scenario.save')}
          onClose={close}
          onSubmit={async (name) => {
            const renamed = await update.mutateAsync({ id: current.id, patch: { kind: 'scenario', name } });
            close();
            notices.announce(t('ui.matrix.scenario.renamed', { name: renamed.name }));
          }}
        />
      )}
      {asking === 'delete' && (
        <DeleteScenarioDialog scenario={current} busy={remove.isPending} onConfirm={() => void onDelete()} onCancel={close} />
      )}
    </div>
  );
}
