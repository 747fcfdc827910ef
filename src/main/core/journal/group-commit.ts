import type { Journal } from './journal';

interface Pending {
  step: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitStats {
  /** SQLite transactions committed (one fsync each). */
  transactions: number;
  /** Steps those transactions carried. */
  steps: number;
}

/**
 * How long the first write of a group waits for others. A lone tap pays 1 ms
 * (nothing next to Wi-Fi); a room tapping at once shares one commit per
 * millisecond instead of one per request. Measured with `npm run bench`: with
 * setImmediate alone new connections trickle in one per loop turn and about
 * 200 of the 800 taps still commit alone; with 1 ms about 40 commits remain.
 */
export const GROUP_WINDOW_MS = 1;

/**
 * Group commit for writes that arrive from many clients at once (a room of
 * phones voting). Steps submitted within one window run together in one
 * transaction; steps that arrive while it commits (the commit is synchronous,
 * so they wait in the sockets) form the next group. A step's promise settles
 * only after its transaction committed, so an acknowledged write is as durable
 * as before (synchronous=FULL): what is saved is an fsync per request, not the fsync.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly counts: GroupCommitStats = { transactions: 0, steps: 0 };

  constructor(
    private readonly journal: Pick<Journal, 'batch'>,
    /** When the queued steps run; tests pass their own to control the grouping. */
    private readonly schedule: (flush: () => void) => void = (flush) => setTimeout(flush, GROUP_WINDOW_MS),
  ) {}

  /** Queue a synchronous write step; resolves with its value once committed. */
  submit<T>(step: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ step, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => this.flush());
      }
    });
  }

  /**
   * Commit everything queued now. Also called before the workspace closes, so
   * no submitted step is left without an answer.
   */
  flush(): void {
    this.scheduled = false;
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    let settled;
    try {
      settled = this.journal.batch(queue.map((p) => p.step));
    } catch (error) {
      for (const p of queue) p.reject(error);
      return;
    }
    this.counts.transactions++;
    this.counts.steps += queue.length;
    settled.forEach((s, i) => {
      const pending = queue[i]!;
      if (s.ok) pending.resolve(s.value);
      else pending.reject(s.error);
    });
  }

  stats(): GroupCommitStats {
    return { ...this.counts };
  }
}
