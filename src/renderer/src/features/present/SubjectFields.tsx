import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { LensSelect } from '../matrix';

export interface Subject {
  scenarioId: string;
  /** Only for a scenario change and the delta chart. */
  compareScenarioId: string | null;
  lens: Lens;
}

interface SubjectFieldsProps {
  catalog: Catalog;
  value: Subject;
  onChange: (patch: Partial<Subject>) => void;
  /** Whether the slide compares two scenarios (asks for the second). */
  compares: boolean;
  /** Whether the slide looks through a lens (the profile and quadrant charts do not). */
  lensed: boolean;
  /** Names the fields after their slide, where a list holds many ("Scenario of Heatmap: As-is"). */
  slideTitle?: string;
  disabled?: boolean;
}

/** Which scenario a slide shows, which it is compared with, and through which lens. */
export function SubjectFields({ catalog, value, onChange, compares, lensed, slideTitle, disabled = false }: SubjectFieldsProps) {
  const { t } = useTranslation();
  const ids = { scenario: useId(), compare: useId() };
  const scenarios = sortByPosition(catalog.scenarios).filter((s) => !s.hidden);
  const name = (field: 'scenario' | 'compare' | 'lens') =>
    slideTitle ? t(`ui.present.subject.${field}Of`, { title: slideTitle }) : undefined;
  const scenarioOptions = (skip: string | null) =>
    scenarios.map((s) => (
      <option key={s.id} value={s.id} disabled={s.id === skip}>
        {s.name}
      </option>
    ));
  return (
    <div className="present-subject">
      <div className="toolbar-field">
        <label htmlFor={ids.scenario} className="toolbar-field__label">
          {t(compares ? 'ui.present.subject.from' : 'ui.present.subject.scenario')}
        </label>
        <select id={ids.scenario} className="input select" aria-label={name('scenario')} value={value.scenarioId} disabled={disabled} onChange={(e) => onChange({ scenarioId: e.target.value })}>
          {scenarioOptions(compares ? value.compareScenarioId : null)}
        </select>
      </div>
      {compares && (
        <div className="toolbar-field">
          <label htmlFor={ids.compare} className="toolbar-field__label">
            {t('ui.present.subject.to')}
          </label>
          <select id={ids.compare} className="input select" aria-label={name('compare')} value={value.compareScenarioId ?? ''} disabled={disabled} onChange={(e) => onChange({ compareScenarioId: e.target.value })}>
            {scenarioOptions(value.scenarioId)}
          </select>
        </div>
      )}
      {lensed && <LensSelect catalog={catalog} value={value.lens} onChange={(lens) => onChange({ lens })} ariaLabel={name('lens')} disabled={disabled} />}
    </div>
  );
}
