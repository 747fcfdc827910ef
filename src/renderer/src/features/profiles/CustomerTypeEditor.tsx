import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CustomerType } from '@shared/domain/types';
import { sortByPosition } from '../framework';
import { ContactPreferences } from './ContactPreferences';
import { dimensionValue, hasDimensionValue } from './dimensions';
import { ColorField } from './fields/ColorField';
import { DimensionSlider } from './fields/DimensionSlider';
import { NumberField } from './fields/NumberField';
import { PictureField } from './fields/PictureField';
import { SelectField } from './fields/SelectField';
import { useChoiceSave } from './fields/useChoiceSave';
import { usePatch } from './mutations';
import { NameAndDescription } from './NameAndDescription';
import { NUMBER_RULES } from './numbers';

interface CustomerTypeEditorProps {
  item: CustomerType;
  catalog: Catalog;
  disabled: boolean;
  nameRef: Ref<HTMLInputElement>;
}

/** Who the customer type is (left) and how it behaves: its dimensions and contact preferences (right). */
export function CustomerTypeEditor({ item, catalog, disabled, nameRef }: CustomerTypeEditorProps) {
  const { t } = useTranslation();
  const save = usePatch('customerType', item.id);
  const typologies = sortByPosition(catalog.typologies);
  const dimensionsId = useId();
  const typology = useChoiceSave(item.typologyId, (typologyId) => save({ typologyId }));

  return (
    <div className="profile-columns">
      <div className="profile-column">
        <NameAndDescription item={item} save={save} disabled={disabled} nameRef={nameRef} />
        <div className="profile-pair">
          <NumberField
            label={t('ui.profiles.customerType.share')}
            hint={t('ui.profiles.customerType.shareHint')}
            value={item.share}
            rule={NUMBER_RULES.share}
            suffix="%"
            disabled={disabled}
            onCommit={(share) => save({ share })}
          />
          <NumberField
            label={t('ui.profiles.customerType.value')}
            hint={t('ui.profiles.customerType.valueHint')}
            value={item.value}
            rule={NUMBER_RULES.free}
            disabled={disabled}
            onCommit={(value) => save({ value })}
          />
        </div>
        <SelectField
          label={t('ui.profiles.customerType.typology')}
          value={typology.value ?? ''}
          error={typology.error}
          disabled={disabled}
          options={[
            { value: '', label: t('ui.profiles.customerType.typologyNone') },
            ...typologies.map((entry) => ({ value: entry.id, label: entry.name })),
          ]}
          onChange={(value) => typology.choose(value === '' ? null : value)}
        />
        <section className="profile-section" aria-labelledby={dimensionsId}>
          <h3 id={dimensionsId} className="profile-section__title">
            {t('ui.profiles.customerType.dimensions')}
          </h3>
          <p className="profile-section__intro">{t('ui.profiles.customerType.dimensionsHint')}</p>
          {sortByPosition(catalog.dimensions).map((dimension) => (
            <DimensionSlider
              key={dimension.id}
              dimension={dimension}
              value={dimensionValue(item, dimension.id)}
              placed={hasDimensionValue(item, dimension.id)}
              disabled={disabled}
              onCommit={(value) => save({ dimensions: { [dimension.id]: value } })}
            />
          ))}
        </section>
        <div className="profile-pair profile-pair--appearance">
          <ColorField
            label={t('ui.profiles.color.label')}
            value={item.color}
            disabled={disabled}
            onCommit={(color) => save({ color })}
          />
          <PictureField name={item.name} value={item.picture} disabled={disabled} onCommit={(picture) => save({ picture })} />
        </div>
      </div>
      <div className="profile-column">
        <ContactPreferences type={item} channels={sortByPosition(catalog.channels)} disabled={disabled} />
      </div>
    </div>
  );
}
