import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '@shared/domain/types';
import { CommitTextField } from './fields/CommitTextField';

interface NameAndDescriptionProps {
  item: CatalogItem;
  save: (patch: { name?: string; description?: string }) => Promise<void>;
  disabled: boolean;
  nameRef?: Ref<HTMLInputElement>;
}

/** The two fields every kind has. */
export function NameAndDescription({ item, save, disabled, nameRef }: NameAndDescriptionProps) {
  const { t } = useTranslation();
  return (
    <>
      <CommitTextField
        ref={nameRef}
        label={t('ui.profiles.fields.name')}
        value={item.name}
        disabled={disabled}
        onCommit={(name) => save({ name })}
      />
      <CommitTextField
        label={t('ui.profiles.fields.description')}
        value={item.description}
        multiline
        disabled={disabled}
        onCommit={(description) => save({ description })}
      />
    </>
  );
}
