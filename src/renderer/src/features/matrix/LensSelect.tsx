import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lensFromKey, lensKey } from '@shared/domain/lens';
import type { Catalog, CatalogItem, Lens } from '@shared/domain/types';
import { sortByPosition } from '../framework';

const GROUPS = [
  ['customerType', 'customerTypes'],
  ['typology', 'typologies'],
  ['productDomain', 'productDomains'],
] as const;

/** The lens name as shown in the grid's and cells' names. */
export function lensName(catalog: Catalog, lens: Lens, allName: string): string {
  if (lens.kind === 'all') return allName;
  const field = GROUPS.find(([kind]) => kind === lens.kind)![1];
  return catalog[field].find((item) => item.id === lens.id)?.name ?? allName;
}

interface LensSelectProps {
  catalog: Catalog;
  value: Lens;
  onChange: (lens: Lens) => void;
  /** A fuller name where many lens fields share a page (the slide sorter). */
  ariaLabel?: string;
  disabled?: boolean;
}

/** "All customers", then every customer type, typology and product domain in groups. */
export function LensSelect({ catalog, value, onChange, ariaLabel, disabled }: LensSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id} className="toolbar-field__label">
        {t('ui.matrix.lens.label')}
      </label>
      <select id={id} className="input select" aria-label={ariaLabel} disabled={disabled} value={lensKey(value)} onChange={(event) => onChange(lensFromKey(event.target.value))}>
        <option value="all">{t('ui.matrix.lens.all')}</option>
        {GROUPS.map(([kind, field]) =>
          catalog[field].length === 0 ? null : (
            <optgroup key={kind} label={t(`ui.matrix.lens.groups.${kind}`)}>
              {sortByPosition<CatalogItem>(catalog[field]).map((item) => (
                <option key={item.id} value={lensKey({ kind, id: item.id })}>
                  {item.name}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </div>
  );
}
