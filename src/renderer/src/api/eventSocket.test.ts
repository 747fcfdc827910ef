import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '@shared/api';
import { backoffDelay, EventSocket, type WebSocketLike } from './eventSocket';

class FakeSocket implements WebSocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.({});
  }
  drop() {
    this.onclose?.({});
  }
  send(data: unknown) {
    this.onmessage?.({ data });
  }
}

describe('EventSocket', () => {
  let sockets: FakeSocket[];
  const make = () =>
    new EventSocket({
      url: 'ws://127.0.0.1:1/events',
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      minDelayMs: 100,
      maxDelayMs: 1000,
      random: () => 1,
    });

  beforeEach(() => {
    sockets = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('connects on the first listener and delivers only well-formed events', () => {
    const socket = make();
    const events: ApiEvent[] = [];
    socket.subscribe((e) => events.push(e));
    expect(sockets).toHaveLength(1);
    sockets[0]!.open();
    sockets[0]!.send(JSON.stringify({ type: 'workspace.changed', tables: ['channels'] }));
    sockets[0]!.send('not json');
    sockets[0]!.send(JSON.stringify({ type: 'workspace.changed', tables: 'channels' }));
    sockets[0]!.send(JSON.stringify({ type: 'something.else' }));
    expect(events).toEqual([{ type: 'workspace.changed', tables: ['channels'] }]);
  });

  it('reconnects with growing delays and reports the reconnection', () => {
    const socket = make();
    const reconnected = vi.fn();
    socket.onReconnect(reconnected);
    socket.subscribe(() => undefined);
    sockets[0]!.open();
    sockets[0]!.drop();
    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop(); // failed attempt: the next delay doubles
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    expect(reconnected).not.toHaveBeenCalled();
    sockets[2]!.open();
    expect(reconnected).toHaveBeenCalledTimes(1);
  });

  it('closes when the last listener leaves and does not reconnect', () => {
    const socket = make();
    const off = socket.subscribe(() => undefined);
    sockets[0]!.open();
    off();
    expect(sockets[0]!.closed).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt, is capped, and jitters between half and all of the step', () => {
    expect(backoffDelay(0, 500, 15_000, () => 1)).toBe(500);
    expect(backoffDelay(3, 500, 15_000, () => 1)).toBe(4000);
    expect(backoffDelay(10, 500, 15_000, () => 1)).toBe(15_000);
    expect(backoffDelay(3, 500, 15_000, () => 0)).toBe(2000);
  });
});
