import type { KeysUnder } from '@shared/i18n/keys';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CERTAINTIES,
  SEARCH_BEHAVIOURS,
  SEARCH_INTENSITIES,
  type Certainty,
  type SearchBehaviour,
  type SearchIntensity,
  type Typology,
} from '@shared/domain/types';
import { CommitTextField } from './fields/CommitTextField';
import { Segmented } from './fields/Segmented';
import { useChoiceSave } from './fields/useChoiceSave';
import { usePatch } from './mutations';
import { NameAndDescription } from './NameAndDescription';

interface TypologyEditorProps {
  item: Typology;
  disabled: boolean;
  nameRef: Ref<HTMLInputElement>;
}

/** An information-search typology: its place on the two axes, how much it searches and where. */
export function TypologyEditor({ item, disabled, nameRef }: TypologyEditorProps) {
  const { t } = useTranslation();
  const save = usePatch('typology', item.id);
  const behaviour = useChoiceSave<SearchBehaviour | null>(item.searchBehaviour, (searchBehaviour) => save({ searchBehaviour }));
  const certainty = useChoiceSave<Certainty | null>(item.certainty, (next) => save({ certainty: next }));
  const intensity = useChoiceSave<SearchIntensity | null>(item.searchIntensity, (searchIntensity) => save({ searchIntensity }));
  const option = <V extends KeysUnder<'ui.profiles.typology'>>(value: V) => ({ value, label: t(`ui.profiles.typology.${value}`) });

  return (
    <div className="profile-column">
      <NameAndDescription item={item} save={save} disabled={disabled} nameRef={nameRef} />
      <div className="profile-choices">
        <Segmented
          label={t('ui.profiles.typology.searchBehaviour')}
          value={behaviour.value}
          error={behaviour.error}
          disabled={disabled}
          options={SEARCH_BEHAVIOURS.map(option)}
          onChange={behaviour.choose}
        />
        <Segmented
          label={t('ui.profiles.typology.certainty')}
          value={certainty.value}
          error={certainty.error}
          disabled={disabled}
          options={CERTAINTIES.map(option)}
          onChange={certainty.choose}
        />
        <Segmented
          label={t('ui.profiles.typology.searchIntensity')}
          value={intensity.value}
          error={intensity.error}
          disabled={disabled}
          options={SEARCH_INTENSITIES.map(option)}
          onChange={intensity.choose}
        />
      </div>
      <CommitTextField
        label={t('ui.profiles.typology.preferredSources')}
        hint={t('ui.profiles.typology.preferredSourcesHint')}
        value={item.preferredSources}
        multiline
        disabled={disabled}
        onCommit={(preferredSources) => save({ preferredSources })}
      />
    </div>
  );
}
