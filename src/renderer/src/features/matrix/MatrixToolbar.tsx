import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Scenario } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/RadioGroup';
import { LensSelect } from './LensSelect';
import type { CompareMode, MatrixRoute } from './route';
import { ScenarioControls } from './ScenarioControls';

interface MatrixToolbarProps {
  catalog: Catalog;
  /** Sorted by position. */
  scenarios: readonly Scenario[];
  current: Scenario;
  route: MatrixRoute;
  onRoute: (patch: Partial<MatrixRoute>) => void;
  readOnly: boolean;
}

/** Above the grid: what is shown (scenario, lens, comparison) and which way round. */
export function MatrixToolbar(props: MatrixToolbarProps) {
  const { catalog, scenarios, current, route, onRoute, readOnly } = props;
  const { t } = useTranslation();
  const compareId = useId();
  const others = scenarios.filter((s) => s.id !== current.id);
  const comparing = route.compare !== null;

  return (
    <div className="matrix-toolbar__row" role="group" aria-label={t('ui.matrix.view.toolbar')}>
      <ScenarioControls scenarios={scenarios} current={current} readOnly={readOnly} onSelect={(id) => onRoute({ scenario: id })} />
      <LensSelect catalog={catalog} value={route.lens} onChange={(lens) => onRoute({ lens })} />
      <div className="toolbar-field toolbar-field--end">
        <Button
          aria-pressed={comparing}
          className={comparing ? 'is-active' : undefined}
          disabled={others.length === 0}
          title={others.length === 0 ? t('ui.matrix.compare.needTwo') : undefined}
          onClick={() => onRoute({ compare: comparing ? null : (others[0]?.id ?? null) })}
        >
          {t('ui.matrix.compare.toggle')}
        </Button>
      </div>
      {comparing && (
        <>
          <div className="toolbar-field">
            <label htmlFor={compareId} className="toolbar-field__label">
              {t('ui.matrix.compare.with')}
            </label>
            <select id={compareId} className="input select" value={route.compare ?? ''} onChange={(event) => onRoute({ compare: event.target.value })}>
              {others.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.name}
                </option>
              ))}
            </select>
          </div>
          <RadioGroup<CompareMode>
            legend={t('ui.matrix.compare.mode')}
            inline
            className="toolbar-radios"
            value={route.mode}
            options={[
              { value: 'diff', label: t('ui.matrix.compare.diff') },
              { value: 'side', label: t('ui.matrix.compare.side') },
            ]}
            onChange={(mode) => onRoute({ mode })}
          />
        </>
      )}
      <div className="toolbar-field toolbar-field--end">
        <Button aria-pressed={route.transposed} className={route.transposed ? 'is-active' : undefined} onClick={() => onRoute({ transposed: !route.transposed })}>
          {t('ui.matrix.view.transpose')}
        </Button>
      </div>
    </div>
  );
}
