import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { lensFromKey, lensKey } from '@shared/domain/lens';

const GROUPS = ['customerTypes', 'typologies', 'productDomains'] as const;
const KIND = { customerTypes: 'customerType', typologies: 'typology', productDomains: 'productDomain' } as const;

/** The scenario and lens an import goes into. */
export function ViewSelect(props: {
  catalog: Catalog;
  scenarioId: string;
  lens: Lens;
  onScenario: (id: string) => void;
  onLens: (lens: Lens) => void;
}) {
  const { catalog, scenarioId, lens, onScenario, onLens } = props;
  const { t } = useTranslation();
  const scenarioField = useId();
  const lensField = useId();
  return (
    <div className="matrix-io__view">
      <div className="field">
        <label className="field__label" htmlFor={scenarioField}>
          {t('ui.matrixIo.import.scenario')}
        </label>
        <select id={scenarioField} className="input" value={scenarioId} onChange={(e) => onScenario(e.target.value)}>
          {sortByPosition(catalog.scenarios).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={lensField}>
          {t('ui.matrixIo.import.lens')}
        </label>
        <select id={lensField} className="input" value={lensKey(lens)} onChange={(e) => onLens(lensFromKey(e.target.value))}>
          <option value="all">{t('ui.matrixIo.allCustomers')}</option>
          {GROUPS.filter((group) => catalog[group].length > 0).map((group) => (
            <optgroup key={group} label={t(`ui.matrixIo.lensGroups.${group}`)}>
              {sortByPosition<Catalog[typeof group][number]>(catalog[group]).map((item) => (
                <option key={item.id} value={lensKey({ kind: KIND[group], id: item.id })}>
                  {item.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The lens's name as the UI shows it. */
export function lensLabel(catalog: Catalog, lens: Lens, allName: string): string {
  if (lens.kind === 'all') return allName;
  const items = [...catalog.customerTypes, ...catalog.typologies, ...catalog.productDomains];
  return items.find((item) => item.id === lens.id)?.name ?? allName;
}
