import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain/types';

export function ScenarioSelect({ scenarios, value, onChange }: { scenarios: readonly Scenario[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id} className="toolbar-field__label">
        {t('ui.workshop.slide.scenario')}
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
