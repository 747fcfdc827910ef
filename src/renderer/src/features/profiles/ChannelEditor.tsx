import type { TKey } from '@shared/i18n/keys';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_GROUPS, type Channel, type CostGroup } from '@shared/domain/types';
import { currencyName, currencySymbol } from '@shared/i18n/format';
import { useCurrency } from '../currency';
import { ColorField } from './fields/ColorField';
import { NumberField } from './fields/NumberField';
import { Segmented } from './fields/Segmented';
import { useChoiceSave } from './fields/useChoiceSave';
import { IconPicker } from './IconPicker';
import { usePatch, type PatchOf } from './mutations';
import { NameAndDescription } from './NameAndDescription';
import { NUMBER_RULES } from './numbers';

interface ChannelEditorProps {
  item: Channel;
  disabled: boolean;
  nameRef: Ref<HTMLInputElement>;
}

type Flag = 'online' | 'personal' | 'dialogue';
const FLAG_LABELS: Record<Flag, { label: TKey; yes: TKey; no: TKey }> = {
  online: { label: 'ui.profiles.channel.online', yes: 'ui.profiles.channel.onlineYes', no: 'ui.profiles.channel.onlineNo' },
  personal: { label: 'ui.profiles.channel.personal', yes: 'ui.profiles.channel.personalYes', no: 'ui.profiles.channel.personalNo' },
  dialogue: { label: 'ui.profiles.channel.dialogue', yes: 'ui.profiles.channel.dialogueYes', no: 'ui.profiles.channel.dialogueNo' },
};

/** A yes/no attribute of a channel as two segments, saved as soon as one is picked. */
function FlagChoice({ flag, value, save, disabled }: { flag: Flag; value: boolean; save: (patch: PatchOf<'channel'>) => Promise<void>; disabled: boolean }) {
  const { t } = useTranslation();
  const labels = FLAG_LABELS[flag];
  const choice = useChoiceSave(value, (next) => {
    const patch: PatchOf<'channel'> = {};
    patch[flag] = next;
    return save(patch);
  });
  return (
    <Segmented
      label={t(labels.label)}
      value={choice.value ? 'yes' : 'no'}
      error={choice.error}
      disabled={disabled}
      options={[
        { value: 'yes', label: t(labels.yes) },
        { value: 'no', label: t(labels.no) },
      ]}
      onChange={(next) => choice.choose(next === 'yes')}
    />
  );
}

/** What a channel is (left) and how it looks (right). */
export function ChannelEditor({ item, disabled, nameRef }: ChannelEditorProps) {
  const { t, i18n } = useTranslation();
  const currency = useCurrency();
  const save = usePatch('channel', item.id);
  const costGroup = useChoiceSave<CostGroup | null>(item.costGroup, (next) => save({ costGroup: next }));
  const icon = useChoiceSave(item.icon, (next) => save({ icon: next }));

  return (
    <div className="profile-columns">
      <div className="profile-column">
        <NameAndDescription item={item} save={save} disabled={disabled} nameRef={nameRef} />
        <div className="profile-pair">
          <NumberField
            label={t('ui.profiles.channel.costPerContact')}
            hint={t('ui.profiles.channel.costPerContactHint', { currency: `${currencyName(i18n.language, currency)} (${currency})` })}
            suffix={currencySymbol(i18n.language, currency)}
            value={item.costPerContact}
            rule={NUMBER_RULES.money}
            disabled={disabled}
            onCommit={(costPerContact) => save({ costPerContact })}
          />
          <NumberField
            label={t('ui.profiles.channel.reach')}
            hint={t('ui.profiles.channel.reachHint')}
            value={item.reach}
            rule={NUMBER_RULES.count}
            disabled={disabled}
            onCommit={(reach) => save({ reach })}
          />
        </div>
        <Segmented
          label={t('ui.profiles.channel.costGroup')}
          hint={t('ui.profiles.channel.costGroupHint')}
          value={costGroup.value ?? 'none'}
          error={costGroup.error}
          disabled={disabled}
          options={[...COST_GROUPS, 'none' as const].map((group) => ({
            value: group,
            label: t(`ui.profiles.channel.costGroups.${group}`),
          }))}
          onChange={(next) => costGroup.choose(next === 'none' ? null : next)}
        />
      </div>
      <div className="profile-column">
        <FlagChoice flag="online" value={item.online} save={save} disabled={disabled} />
        <FlagChoice flag="personal" value={item.personal} save={save} disabled={disabled} />
        <FlagChoice flag="dialogue" value={item.dialogue} save={save} disabled={disabled} />
        <ColorField label={t('ui.profiles.color.label')} value={item.color} disabled={disabled} onCommit={(color) => save({ color })} />
        <IconPicker value={icon.value} error={icon.error} disabled={disabled} onChange={icon.choose} />
      </div>
    </div>
  );
}
