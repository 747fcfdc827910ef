import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerType, Scenario } from '@shared/domain/types';

interface ScenarioSelectProps {
  label: string;
  scenarios: readonly Scenario[];
  value: string;
  onChange: (id: string) => void;
}

export function ScenarioSelect({ label, scenarios, value, onChange }: ScenarioSelectProps) {
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id} className="toolbar-field__label">
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value)}>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.name}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TypePickerProps {
  types: readonly CustomerType[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Which customer types the radar overlays: a group of check boxes, in framework order. */
export function TypePicker({ types, selected, onChange }: TypePickerProps) {
  const { t } = useTranslation();
  if (types.length === 0) return <p className="muted">{t('ui.charts.controls.noTypes')}</p>;
  return (
    <fieldset className="chart-types">
      <legend className="toolbar-field__label">{t('ui.charts.controls.types')}</legend>
      {types.map((type) => (
        <label key={type.id} className="chart-types__option">
          <input
            type="checkbox"
            checked={selected.includes(type.id)}
            onChange={(event) =>
              onChange(event.target.checked ? types.filter((x) => x.id === type.id || selected.includes(x.id)).map((x) => x.id) : selected.filter((id) => id !== type.id))
            }
          />
          {type.name}
        </label>
      ))}
    </fieldset>
  );
}
