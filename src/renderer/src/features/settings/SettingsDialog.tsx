import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALES, THEMES, type AppInfo, type AppSettings, type Lang, type Scale, type Theme } from '@shared/domain/types';
import { Dialog } from '../../components/Dialog';
import { RadioGroup, type RadioOption } from '../../components/RadioGroup';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { DisplayNameField } from './DisplayNameField';
import { useSetSettings } from './mutations';
import './settings.css';

type LanguageChoice = 'system' | Lang;

interface SettingsDialogProps {
  settings: AppSettings;
  info: AppInfo;
  onClose: () => void;
}

/** Language, theme and presentation scale; each choice applies and is saved at once. */
export function SettingsDialog({ settings, info, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const save = useSetSettings();
  // The radios show the choice at once (a controlled input must change in the
  // click itself); the saved settings take over whenever they change.
  const [shown, setShown] = useState(settings);
  const [synced, setSynced] = useState(settings);
  if (settings !== synced) {
    setSynced(settings);
    setShown(settings);
  }
  const update = (patch: Partial<AppSettings>) => {
    setShown((current) => ({ ...current, ...patch }));
    save.mutate(patch, { onError: (err) => notices.showError(describeError(t, err)) });
  };

  const languages: RadioOption<LanguageChoice>[] = [
    {
      value: 'system',
      label: t('ui.settings.languageSystem'),
      hint: t('ui.settings.languageSystemHint', { language: t(`ui.settings.languageNames.${info.osLanguage}`) }),
    },
    { value: 'en', label: t('ui.languages.en'), lang: 'en' },
    { value: 'nl', label: t('ui.languages.nl'), lang: 'nl' },
  ];
  const themes: RadioOption<Theme>[] = THEMES.map((theme) => ({ value: theme, label: t(`ui.settings.themes.${theme}`) }));
  const scales: RadioOption<`${Scale}`>[] = SCALES.map((scale) => ({
    value: `${scale}`,
    label: `${Math.round(scale * 100)}%`,
  }));

  return (
    <Dialog title={t('ui.settings.title')} onClose={onClose} className="settings-dialog">
      <p className="settings-dialog__note">{t('ui.settings.savedAutomatically')}</p>
      <RadioGroup
        legend={t('ui.settings.language')}
        value={shown.uiLanguage ?? 'system'}
        options={languages}
        onChange={(choice) => update({ uiLanguage: choice === 'system' ? null : choice })}
      />
      <RadioGroup
        legend={t('ui.settings.theme')}
        value={shown.theme}
        options={themes}
        onChange={(theme) => update({ theme })}
      />
      <RadioGroup
        legend={t('ui.settings.scale')}
        hint={t('ui.settings.scaleHint')}
        inline
        value={`${shown.scale}`}
        options={scales}
        onChange={(choice) => update({ scale: SCALES.find((scale) => `${scale}` === choice) ?? 1 })}
      />
      <DisplayNameField saved={settings.displayName} />
    </Dialog>
  );
}
