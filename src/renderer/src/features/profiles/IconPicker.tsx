import { useTranslation } from 'react-i18next';
import { Segmented } from './fields/Segmented';
import { CHANNEL_ICON_KEYS, ChannelIcon } from './icons';

const NONE = 'none';

interface IconPickerProps {
  value: string | null;
  onChange: (icon: string | null) => void;
  error: string | null;
  disabled: boolean;
}

/** One of the built-in icons, or none; each option is read out by name and shows it as a tooltip. */
export function IconPicker({ value, onChange, error, disabled }: IconPickerProps) {
  const { t } = useTranslation();
  const options = [
    { value: NONE, label: t('ui.profiles.icons.none'), icon: <span className="icon-picker__none" aria-hidden="true" />, iconOnly: true },
    ...CHANNEL_ICON_KEYS.map((key) => ({
      value: key,
      label: t(`ui.profiles.icons.${key}`),
      icon: <ChannelIcon icon={key} />,
      iconOnly: true,
    })),
  ];
  return (
    <Segmented
      label={t('ui.profiles.channel.icon')}
      className="icon-picker"
      value={value ?? NONE}
      options={options}
      error={error}
      disabled={disabled}
      onChange={(next) => onChange(next === NONE ? null : next)}
    />
  );
}
