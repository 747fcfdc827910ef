import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework/catalog';
import { LensSelect } from '../matrix/LensSelect';

interface MatrixSlideDialogProps {
  catalog: Catalog;
  onSave: (scenarioId: string, lens: Lens) => Promise<unknown>;
  onClose: () => void;
}

/** Add the matrix of a scenario seen through one customer type, typology or product domain. */
export function MatrixSlideDialog({ catalog, onSave, onClose }: MatrixSlideDialogProps) {
  const { t } = useTranslation();
  const scenarioFieldId = useId();
  const scenarios = sortByPosition(catalog.scenarios).filter((s) => !s.hidden);
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [lens, setLens] = useState<Lens>({ kind: 'all' });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await onSave(scenarioId, lens);
      onClose();
    } catch (err) {
      setError(describeError(t, err));
    }
  };
  return (
    <Dialog
      title={t('ui.present.matrixDialog.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('ui.present.textDialog.cancel')}</Button>
          <Button variant="primary" type="submit" form="present-matrix-slide" disabled={lens.kind === 'all' || scenarioId === ''}>
            {t('ui.present.matrixDialog.add')}
          </Button>
        </>
      }
    >
      <form
        id="present-matrix-slide"
        className="present-text-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="muted">{t('ui.present.matrixDialog.hint')}</p>
        <div className="toolbar-field">
          <label htmlFor={scenarioFieldId} className="toolbar-field__label">
            {t('ui.present.matrixDialog.scenario')}
          </label>
          <select id={scenarioFieldId} className="input select" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <LensSelect catalog={catalog} value={lens} onChange={setLens} />
        {error && <p className="field__error">{error}</p>}
      </form>
    </Dialog>
  );
}
