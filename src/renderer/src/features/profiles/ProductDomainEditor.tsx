import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAIN_TYPES, type DomainType, type ProductDomain } from '@shared/domain/types';
import { CheckboxField } from './fields/CheckboxField';
import { Segmented } from './fields/Segmented';
import { useChoiceSave } from './fields/useChoiceSave';
import { usePatch } from './mutations';
import { NameAndDescription } from './NameAndDescription';

interface ProductDomainEditorProps {
  item: ProductDomain;
  disabled: boolean;
  nameRef: Ref<HTMLInputElement>;
}

/** A product domain: what kind of product it is, whether it is the workspace's main one, and whether the business works in it. */
export function ProductDomainEditor({ item, disabled, nameRef }: ProductDomainEditorProps) {
  const { t } = useTranslation();
  const save = usePatch('productDomain', item.id);
  const domainType = useChoiceSave<DomainType | null>(item.domainType, (next) => save({ domainType: next }));
  const isMain = useChoiceSave(item.isMain, (next) => save({ isMain: next }));
  const inUse = useChoiceSave(item.inUse, (next) => save({ inUse: next }));

  return (
    <div className="profile-column">
      <NameAndDescription item={item} save={save} disabled={disabled} nameRef={nameRef} />
      <Segmented
        label={t('ui.profiles.productDomain.type')}
        hint={t('ui.profiles.productDomain.typeHint')}
        value={domainType.value ?? 'none'}
        error={domainType.error}
        disabled={disabled}
        options={[...DOMAIN_TYPES, 'none' as const].map((value) => ({
          value,
          label: t(`ui.profiles.productDomain.types.${value}`),
        }))}
        onChange={(next) => domainType.choose(next === 'none' ? null : next)}
      />
      <CheckboxField
        label={t('ui.profiles.productDomain.isMain')}
        hint={t('ui.profiles.productDomain.isMainHint')}
        checked={isMain.value}
        error={isMain.error}
        disabled={disabled}
        onChange={isMain.choose}
      />
      <CheckboxField
        label={t('ui.profiles.productDomain.inUse')}
        hint={t('ui.profiles.productDomain.inUseHint')}
        checked={inUse.value}
        error={inUse.error}
        disabled={disabled}
        onChange={inUse.choose}
      />
    </div>
  );
}
