import { useTranslation } from 'react-i18next';
import type { SwitchSummary } from '@shared/analysis/journeys';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Channel } from '@shared/domain/types';
import { HScroller } from '../../components/HScroller';
import { ChannelIcon } from '../profiles';
import { scrollTexts } from './scrollTexts';

interface ChannelBandProps {
  summary: SwitchSummary;
  steps: ReadonlyMap<string, JourneyStep>;
  channels: ReadonlyMap<string, Channel>;
}

function ChannelName({ channel }: { channel: Channel | undefined }) {
  const { t } = useTranslation();
  if (!channel) return null;
  return (
    <span className="switch__channel">
      <ChannelIcon icon={channel.icon} />
      {channel.name}
      <span className={`switch__world switch__world--${channel.online ? 'online' : 'offline'}`}>
        {t(channel.online ? 'ui.journeys.switches.online' : 'ui.journeys.switches.offline')}
      </span>
    </span>
  );
}

/** Every move from one channel to another between consecutive steps, crossings between online and offline marked and counted. */
export function ChannelBand({ summary, steps, channels }: ChannelBandProps) {
  const { t } = useTranslation();
  const title = (id: string) => steps.get(id)?.title.trim() || t('ui.journeys.map.untitled');
  return (
    <section className="journey-switches" aria-labelledby="journey-switches-title">
      <h2 id="journey-switches-title" className="journey-section__title">
        {t('ui.journeys.switches.title')}{' '}
        <span className="journey-switches__count">
          {t('ui.journeys.switches.count', { count: summary.count })}
          {summary.count > 0 && <> · {t('ui.journeys.switches.crossing', { count: summary.crossings })}</>}
        </span>
      </h2>
      {summary.count === 0 ? (
        <p className="muted">{t('ui.journeys.switches.none')}</p>
      ) : (
        <HScroller texts={scrollTexts(t, 'switches')} items=".switch">
          <ol className="journey-switches__list">
            {summary.switches.map((s) => (
              <li key={`${s.fromStepId}-${s.toStepId}`} className={`switch${s.crossesOnlineOffline ? ' switch--crossing' : ''}`}>
                <span className="switch__steps muted">{t('ui.journeys.switches.pair', { from: title(s.fromStepId), to: title(s.toStepId) })}</span>
                <span className="switch__route">
                  <ChannelName channel={channels.get(s.fromChannelId)} />
                  <span aria-hidden="true" className="switch__arrow">
                    →
                  </span>
                  <ChannelName channel={channels.get(s.toChannelId)} />
                </span>
                <span className="switch__kind">{s.direction ? `⇄ ${t(`ui.journeys.switches.${s.direction}`)}` : t('ui.journeys.switches.same')}</span>
              </li>
            ))}
          </ol>
        </HScroller>
      )}
    </section>
  );
}
