import type { ApiEvent } from '@shared/api';
import { isApiEvent } from './wire';

/** The part of the browser's WebSocket this module uses (tests pass a fake). */
export interface WebSocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(): void;
}

export interface EventSocketOptions {
  url: string;
  createSocket?: (url: string) => WebSocketLike;
  /** First reconnect delay; doubles per failed attempt up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

/** Exponential backoff with jitter (between half and all of the step), capped. */
export function backoffDelay(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const step = Math.min(maxMs, minMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + (step / 2) * random());
}

/**
 * One WebSocket to the browser host's `/events`, opened while anyone listens,
 * reconnected with backoff when it drops. Messages that are not ApiEvents are
 * ignored.
 */
export class EventSocket {
  private readonly listeners = new Set<(event: ApiEvent) => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private socket: WebSocketLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private everOpened = false;
  private readonly options: Required<EventSocketOptions>;

  constructor(options: EventSocketOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url) as unknown as WebSocketLike,
      minDelayMs: 500,
      maxDelayMs: 15_000,
      random: Math.random,
      ...options,
    };
  }

  subscribe(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    if (!this.socket && !this.timer) this.connect();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close();
    }
  }

  private connect(): void {
    let socket: WebSocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      if (this.everOpened) for (const listener of this.reconnectListeners) listener();
      this.everOpened = true;
    };
    socket.onmessage = (message) => this.deliver(message.data);
    socket.onerror = () => {
      // A close event always follows; reconnecting is decided there.
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.listeners.size === 0 || this.timer) return;
    const { minDelayMs, maxDelayMs, random } = this.options;
    const delay = backoffDelay(this.attempt, minDelayMs, maxDelayMs, random);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.listeners.size > 0) this.connect();
    }, delay);
  }

  private deliver(data: unknown): void {
    if (typeof data !== 'string') return;
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      return;
    }
    if (!isApiEvent(event)) return;
    for (const listener of [...this.listeners]) listener(event);
  }
}
