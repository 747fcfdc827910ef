/**
 * A tiny Chrome DevTools Protocol client over the pipe Chromium opens with
 * --remote-debugging-pipe: it writes commands to the browser's fd 3 and reads
 * answers and events from its fd 4, each message a JSON text ended by a NUL.
 * Only what printing the report needs: commands (flat sessions) and waiting
 * for an event.
 */
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** What the PDF printer needs from a DevTools connection (a fake in tests). */
export interface CdpClient {
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<unknown>;
  /** The next event of this name (in this session), with its params. */
  waitFor(event: string, sessionId?: string): Promise<unknown>;
}

export class CdpError extends Error {}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Waiter {
  event: string;
  sessionId: string | undefined;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);

export class CdpPipe implements CdpClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private readonly decoder = new StringDecoder('utf8');
  private buffer = '';
  private closed: Error | null = null;

  constructor(
    private readonly commands: Writable,
    answers: Readable,
  ) {
    answers.on('data', (chunk: Buffer) => this.receive(this.decoder.write(chunk)));
    answers.on('close', () => this.close(new CdpError('Chromium closed the DevTools connection')));
    answers.on('error', (err: Error) => this.close(new CdpError(err.message)));
    commands.on('error', (err: Error) => this.close(new CdpError(err.message)));
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<unknown> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.commands.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  waitFor(event: string, sessionId?: string): Promise<unknown> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise((resolve, reject) => this.waiters.push({ event, sessionId, resolve, reject }));
  }

  /** Fail everything still waiting (Chromium exited, or the printer gave up). */
  close(err: Error): void {
    if (this.closed) return;
    this.closed = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const w of this.waiters) w.reject(err);
    this.waiters = [];
  }

  private receive(text: string): void {
    this.buffer += text;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const message = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      if (message !== '') this.dispatch(message);
      end = this.buffer.indexOf('\0');
    }
  }

  private dispatch(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    const id = field(message, 'id');
    if (typeof id === 'number') {
      const pending = this.pending.get(id);
      if (!pending) return;
      this.pending.delete(id);
      const error = field(message, 'error');
      if (error !== undefined) pending.reject(new CdpError(String(field(error, 'message') ?? 'DevTools error')));
      else pending.resolve(field(message, 'result'));
      return;
    }
    const method = field(message, 'method');
    if (typeof method !== 'string') return;
    const sessionId = field(message, 'sessionId');
    const index = this.waiters.findIndex((w) => w.event === method && (w.sessionId === undefined || w.sessionId === sessionId));
    if (index < 0) return;
    const [waiter] = this.waiters.splice(index, 1);
    waiter!.resolve(field(message, 'params'));
  }
}
