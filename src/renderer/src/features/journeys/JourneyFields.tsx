import { useTranslation } from 'react-i18next';
import type { Catalog, CatalogItem } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { SelectField } from '../profiles';

export interface LensChoice {
  scenarioId: string;
  customerTypeId: string | null;
  typologyId: string | null;
  productDomainId: string | null;
}

const NONE = '';

/** Scenario plus the optional customer type, typology and product domain of a journey. */
export function JourneyLensFields({ catalog, value, onChange }: { catalog: Catalog; value: LensChoice; onChange: (next: LensChoice) => void }) {
  const { t } = useTranslation();
  const options = (items: readonly CatalogItem[]) => [
    { value: NONE, label: t('ui.journeys.create.none') },
    ...sortByPosition(items).map((item) => ({ value: item.id, label: item.name })),
  ];
  return (
    <>
      <SelectField
        label={t('ui.journeys.create.scenario')}
        value={value.scenarioId}
        options={sortByPosition(catalog.scenarios).map((s) => ({ value: s.id, label: s.name }))}
        onChange={(scenarioId) => onChange({ ...value, scenarioId })}
      />
      <SelectField
        label={t('ui.journeys.create.customerType')}
        value={value.customerTypeId ?? NONE}
        options={options(catalog.customerTypes)}
        onChange={(id) => onChange({ ...value, customerTypeId: id || null })}
        hint={t('ui.journeys.create.lensHint')}
      />
      <SelectField
        label={t('ui.journeys.create.typology')}
        value={value.typologyId ?? NONE}
        options={options(catalog.typologies)}
        onChange={(id) => onChange({ ...value, typologyId: id || null })}
      />
      <SelectField
        label={t('ui.journeys.create.productDomain')}
        value={value.productDomainId ?? NONE}
        options={options(catalog.productDomains)}
        onChange={(id) => onChange({ ...value, productDomainId: id || null })}
      />
    </>
  );
}
