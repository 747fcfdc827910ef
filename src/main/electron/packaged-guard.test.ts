import { describe, expect, it } from 'vitest';
import { debuggingSwitches, dropDevelopmentEnv } from './packaged-guard';

describe('the packaged app guard', () => {
  it('finds remote debugging and inspector switches, not files or other switches', () => {
    expect(debuggingSwitches(['/opt/Channelwise/channelwise-desktop', '--remote-debugging-port=9222', 'Plan.channelwise'])).toEqual([
      '--remote-debugging-port=9222',
    ]);
    expect(debuggingSwitches(['app', '--remote-debugging-pipe', '--inspect-brk=0', '--inspect'])).toEqual([
      '--remote-debugging-pipe',
      '--inspect-brk=0',
      '--inspect',
    ]);
    expect(debuggingSwitches(['app', '--no-sandbox', '--inspector-theme', '--remote-debugging-portal', 'x.channelwise'])).toEqual([]);
    // argv[0] is the executable, whatever its name.
    expect(debuggingSwitches(['--inspect'])).toEqual([]);
  });

  it('drops the development variables and keeps the rest', () => {
    const env: NodeJS.ProcessEnv = { ELECTRON_RENDERER_URL: 'http://localhost:5173/', CHANNELWISE_SQLITE_BINDING: '/tmp/x.node', HOME: '/home/an' };
    dropDevelopmentEnv(env);
    expect(env).toEqual({ HOME: '/home/an' });
  });
});
