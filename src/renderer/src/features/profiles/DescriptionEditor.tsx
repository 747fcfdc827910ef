import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, Scenario } from '@shared/domain/types';
import { CommitTextField } from './fields/CommitTextField';
import { usePatch } from './mutations';
import { NameAndDescription } from './NameAndDescription';

interface DescriptionEditorProps {
  item: Phase | Scenario;
  disabled: boolean;
  nameRef: Ref<HTMLInputElement>;
}

/** Phases and scenarios: a name and a description; a phase also says what digital channels can do in it. */
export function DescriptionEditor({ item, disabled, nameRef }: DescriptionEditorProps) {
  return item.kind === 'phase' ? (
    <PhaseFields item={item} disabled={disabled} nameRef={nameRef} />
  ) : (
    <ScenarioFields item={item} disabled={disabled} nameRef={nameRef} />
  );
}

function PhaseFields({ item, disabled, nameRef }: { item: Phase; disabled: boolean; nameRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const save = usePatch('phase', item.id);
  return (
    <div className="profile-column">
      <NameAndDescription item={item} save={save} disabled={disabled} nameRef={nameRef} />
      <CommitTextField
        label={t('ui.profiles.fields.digitalRole')}
        value={item.digitalRole}
        multiline
        disabled={disabled}
        onCommit={(digitalRole) => save({ digitalRole })}
      />
    </div>
  );
}

function ScenarioFields({ item, disabled, nameRef }: { item: Scenario; disabled: boolean; nameRef: Ref<HTMLInputElement> }) {
  const save = usePatch('scenario', item.id);
  return (
    <div className="profile-column">
      <NameAndDescription item={item} save={save} disabled={disabled} nameRef={nameRef} />
    </div>
  );
}
