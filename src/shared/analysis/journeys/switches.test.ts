import { describe, expect, it } from 'vitest';
import { channelSwitches } from './switches';
import { CHANNELS, step } from './testSteps';

const walk = (...channels: (string | null)[]) => channels.map((channelId, i) => step(`s${i}`, { channelId }));

describe('channelSwitches', () => {
  it('counts nothing for an empty journey, one step, or one channel throughout', () => {
    expect(channelSwitches([], CHANNELS)).toMatchObject({ count: 0, crossings: 0, switches: [] });
    expect(channelSwitches(walk('web'), CHANNELS).count).toBe(0);
    expect(channelSwitches(walk('web', 'web', 'web'), CHANNELS).count).toBe(0);
  });

  it('records each switch with its direction across online and offline', () => {
    const result = channelSwitches(walk('web', 'store', 'phone', 'app', 'web'), CHANNELS);
    expect(result.switches).toEqual([
      { fromStepId: 's0', toStepId: 's1', fromChannelId: 'web', toChannelId: 'store', crossesOnlineOffline: true, direction: 'onlineToOffline' },
      { fromStepId: 's1', toStepId: 's2', fromChannelId: 'store', toChannelId: 'phone', crossesOnlineOffline: false, direction: null },
      { fromStepId: 's2', toStepId: 's3', fromChannelId: 'phone', toChannelId: 'app', crossesOnlineOffline: true, direction: 'offlineToOnline' },
      { fromStepId: 's3', toStepId: 's4', fromChannelId: 'app', toChannelId: 'web', crossesOnlineOffline: false, direction: null },
    ]);
    expect(result).toMatchObject({ count: 4, crossings: 2, onlineToOffline: 1, offlineToOnline: 1 });
  });

  it('bridges steps without a channel or on a deleted one, comparing the channels around them', () => {
    const result = channelSwitches(walk('web', null, 'gone', 'web', null, 'store'), CHANNELS);
    expect(result.switches.map((s) => [s.fromStepId, s.toStepId, s.direction])).toEqual([['s3', 's5', 'onlineToOffline']]);
    expect(result.count).toBe(1);
  });

  it('counts a return to an earlier channel as a switch again', () => {
    expect(channelSwitches(walk('web', 'store', 'web', 'store'), CHANNELS)).toMatchObject({ count: 3, crossings: 3, onlineToOffline: 2, offlineToOnline: 1 });
  });
});
