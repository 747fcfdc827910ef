/**
 * The channel-switching band: where the customer moves from one channel to
 * another between consecutive steps, and whether that crosses between online
 * and offline (research online, buy in store, or the reverse). Steps without
 * a channel, or on a deleted one, are skipped: the switch is counted between
 * the channels around them.
 */
import type { JourneyStep } from '../../domain/journeys';
import type { Channel } from '../../domain/types';

export type SwitchDirection = 'onlineToOffline' | 'offlineToOnline';

export interface ChannelSwitch {
  fromStepId: string;
  toStepId: string;
  fromChannelId: string;
  toChannelId: string;
  crossesOnlineOffline: boolean;
  /** Only when it crosses. */
  direction: SwitchDirection | null;
}

export interface SwitchSummary {
  switches: ChannelSwitch[];
  /** Every switch (= switches.length). */
  count: number;
  /** Of those, the switches between online and offline, per direction. */
  crossings: number;
  onlineToOffline: number;
  offlineToOnline: number;
}

export function channelSwitches(
  orderedSteps: readonly Pick<JourneyStep, 'id' | 'channelId'>[],
  channels: readonly Pick<Channel, 'id' | 'online'>[],
): SwitchSummary {
  const online = new Map(channels.map((c) => [c.id, c.online]));
  const switches: ChannelSwitch[] = [];
  let previous: { stepId: string; channelId: string; online: boolean } | null = null;
  for (const step of orderedSteps) {
    const isOnline = step.channelId === null ? undefined : online.get(step.channelId);
    if (step.channelId === null || isOnline === undefined) continue;
    if (previous && previous.channelId !== step.channelId) {
      const crosses = previous.online !== isOnline;
      switches.push({
        fromStepId: previous.stepId,
        toStepId: step.id,
        fromChannelId: previous.channelId,
        toChannelId: step.channelId,
        crossesOnlineOffline: crosses,
        direction: crosses ? (previous.online ? 'onlineToOffline' : 'offlineToOnline') : null,
      });
    }
    previous = { stepId: step.id, channelId: step.channelId, online: isOnline };
  }
  const onlineToOffline = switches.filter((s) => s.direction === 'onlineToOffline').length;
  const offlineToOnline = switches.filter((s) => s.direction === 'offlineToOnline').length;
  return { switches, count: switches.length, crossings: onlineToOffline + offlineToOnline, onlineToOffline, offlineToOnline };
}
