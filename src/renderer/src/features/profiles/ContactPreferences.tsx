import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, CustomerType } from '@shared/domain/types';
import { Segmented } from './fields/Segmented';
import { failureText } from './fields/refusal';
import { ChannelIcon } from './icons';
import { preferenceGroupName } from './labels';
import { useSetChannelPreference } from './mutations';
import { PREFERENCE_CHOICES, preferenceOf, toApiPreference, type PreferenceChoice } from './preferences';

interface ContactPreferencesProps {
  type: CustomerType;
  /** In the user's order. */
  channels: readonly Channel[];
  disabled: boolean;
}

/**
 * Per channel: does this customer type want to be reached through it, not mind,
 * or refuse it. Every choice is saved at once (one undo step each).
 */
export function ContactPreferences({ type, channels, disabled }: ContactPreferencesProps) {
  const { t } = useTranslation();
  const setPreference = useSetChannelPreference();
  const [pending, setPending] = useState<Record<string, PreferenceChoice>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingId = useId();
  const introId = useId();
  const options = PREFERENCE_CHOICES.map((choice) => ({ value: choice, label: t(`ui.profiles.preferences.${choice}`) }));

  async function choose(channelId: string, choice: PreferenceChoice) {
    setPending((current) => ({ ...current, [channelId]: choice }));
    setErrors(({ [channelId]: _dropped, ...rest }) => rest);
    try {
      await setPreference.mutateAsync({ customerTypeId: type.id, channelId, preference: toApiPreference(choice) });
    } catch (err) {
      setErrors((current) => ({ ...current, [channelId]: failureText(t, err) }));
    } finally {
      // A later choice for the same channel may be on its way; leave that one showing.
      setPending((current) => {
        if (current[channelId] !== choice) return current;
        const { [channelId]: _done, ...rest } = current;
        return rest;
      });
    }
  }

  return (
    <section className="profile-section" aria-labelledby={headingId} aria-describedby={introId}>
      <h3 id={headingId} className="profile-section__title">
        {t('ui.profiles.preferences.heading')}
      </h3>
      <p id={introId} className="profile-section__intro">
        {t('ui.profiles.preferences.intro')}
      </p>
      {channels.length === 0 ? (
        <p className="muted">{t('ui.profiles.preferences.noChannels')}</p>
      ) : (
        <ul className="preferences" role="list">
          {channels.map((channel) => {
            const choice = pending[channel.id] ?? preferenceOf(type, channel.id);
            return (
              <li key={channel.id} className={`preferences__row preferences__row--${choice}`}>
                <span className="preferences__channel">
                  <ChannelIcon icon={channel.icon} />
                  <span>{channel.name}</span>
                </span>
                <Segmented
                  label={preferenceGroupName(t, channel.name)}
                  labelHidden
                  value={choice}
                  options={options}
                  disabled={disabled}
                  error={errors[channel.id] ?? null}
                  className="preferences__choice"
                  onChange={(next) => void choose(channel.id, next)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
