import { AppError } from '@shared/errors';
import {
  dotsLeft,
  IDLE_TIMER,
  pauseTimer,
  resumeTimer,
  startTimer,
  timerView,
  type ParticipantState,
  type SharedSlide,
  type TimerState,
  type VoteItem,
  type VoteResults,
  type VoteSession,
  type WorkshopState,
  MAX_PARTICIPANTS,
} from '@shared/domain/workshop';
import type { Workspace } from '../workspace';

/** Where participants reach the share, as the host that opened it reports it. */
export interface ShareEndpoint {
  /** The full link with its access token (in the QR code). */
  url: string;
  qr: { size: number; path: string };
  /** The short address to type ("192.168.1.20:47800"), which then asks for `code`. */
  joinAddress: string;
  code: string;
}

/**
 * The network side of sharing, injected by the host that runs the core (the
 * browser host today). The core stays network-free: it hands the host a
 * ParticipantPort, the only thing the share listener can call.
 */
export interface ShareLauncher {
  /** `onMove` hears of a new endpoint when the laptop's network address changes while sharing. */
  start(port: ParticipantPort, onMove?: (endpoint: ShareEndpoint) => void): Promise<ShareEndpoint>;
  stop(): Promise<void>;
}

/**
 * Everything a participant can do: join, read the shared state, set their dots.
 * The writes answer once they are committed: a room tapping at once shares one
 * commit per burst (the workspace's group commit), so they are promises.
 */
export interface ParticipantPort {
  join(displayName: string): Promise<{ id: string; displayName: string }>;
  state(participantId: string): ParticipantState;
  /** Set this participant's dots on one item of the open vote (absolute, so repeats are harmless). */
  setDots(participantId: string, itemKey: string, dots: number): Promise<ParticipantState>;
  version(): number;
  onChange(listener: (version: number) => void): () => void;
}

export type TimerAction = { action: 'start'; seconds: number } | { action: 'pause' | 'resume' | 'stop' };

interface Share {
  endpoint: ShareEndpoint;
  workspace: Workspace;
  /** When the address last changed under a running share (ISO time), so the facilitator is told. */
  movedAt: string | null;
}

/**
 * The live workshop: what is shared, the open vote and the timer. It lives in
 * memory only, so sharing is always off when Channelwise starts; the votes
 * themselves are saved in the workspace through the VoteService.
 */
export class WorkshopRoom {
  private share: Share | null = null;
  private pending: Promise<unknown> | null = null;
  private slide: SharedSlide | null = null;
  private timer: TimerState = IDLE_TIMER;
  private vote: { sessionId: string; items: VoteItem[] } | null = null;
  private readonly joined = new Set<string>();
  private revision = 0;
  private readonly listeners = new Set<(version: number) => void>();

  constructor(
    private readonly need: () => Workspace,
    private readonly launcher: ShareLauncher | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async start(): Promise<WorkshopState> {
    if (!this.launcher) throw new AppError('WORKSHOP_UNAVAILABLE', 'This window cannot share a workshop');
    await this.pending;
    const workspace = this.need();
    if (this.share?.workspace === workspace) return this.state();
    if (this.share) await this.stop();
    const starting = this.launcher.start(this.port, (moved) => this.moved(moved));
    this.pending = starting.catch(() => undefined);
    const endpoint = await starting;
    this.reset();
    this.share = { endpoint, workspace, movedAt: null };
    return this.state();
  }

  /** The laptop changed network: the same share, reached at a new address. */
  private moved(endpoint: ShareEndpoint): void {
    if (!this.share) return;
    this.share = { ...this.share, endpoint, movedAt: new Date(this.now()).toISOString() };
    this.changed();
  }

  async stop(): Promise<WorkshopState> {
    await this.pending;
    await this.release();
    this.reset();
    this.changed();
    return this.state();
  }

  /**
   * Ends the room at once, while its workspace is still open: the host is
   * quitting or the facilitator opens another file. The listener stops (its
   * sockets are cut now, so a quitting process is not kept alive) and an
   * open vote is closed first, so its dots are final.
   */
  end(): void {
    if (!this.share) return;
    void this.release();
    this.reset();
    this.changed();
  }

  /**
   * Lets the share go: a vote still open is closed, so its dots are final, and
   * the listener is told to stop. Resolves once it has (at once without a share).
   */
  private release(): Promise<void> | undefined {
    const share = this.share;
    if (!share) return undefined;
    this.share = null;
    if (this.vote && this.sameWorkspace(share.workspace)) {
      const votes = share.workspace.votes;
      if (votes.session(this.vote.sessionId).status === 'open') votes.close(this.vote.sessionId);
    }
    const stopping = this.launcher?.stop();
    this.pending = stopping?.catch(() => undefined) ?? null;
    return stopping;
  }

  state(): WorkshopState {
    const share = this.liveShare();
    const votes = share ? share.workspace.votes : null;
    const byParticipant = votes && this.vote ? votes.dotsByParticipant(this.vote.sessionId) : new Map<string, number>();
    const participants = votes
      ? [...this.joined].flatMap((id) => {
          const p = votes.participantInfo(id);
          return p ? [{ ...p, dots: byParticipant.get(id) ?? 0 }] : [];
        })
      : [];
    let vote: WorkshopState['vote'] = null;
    if (votes && this.vote) {
      const tally = votes.tally(this.vote.sessionId, this.vote.items);
      vote = { session: tally.session, items: this.vote.items, voters: tally.voters, dotsCast: tally.dotsCast };
    }
    return {
      sharing: share !== null,
      url: share?.endpoint.url ?? null,
      qr: share?.endpoint.qr ?? null,
      joinAddress: share?.endpoint.joinAddress ?? null,
      joinCode: share?.endpoint.code ?? null,
      movedAt: share?.movedAt ?? null,
      participants,
      slide: this.slide,
      vote,
      timer: timerView(this.timer, this.now()),
      version: this.revision,
    };
  }

  setSlide(slide: SharedSlide | null): WorkshopState {
    this.requireShare();
    this.slide = slide;
    this.changed();
    return this.state();
  }

  setTimer(input: TimerAction): WorkshopState {
    this.requireShare();
    const now = this.now();
    if (input.action === 'start') this.timer = startTimer(input.seconds * 1000, now);
    else if (input.action === 'pause') this.timer = pauseTimer(this.timer, now);
    else if (input.action === 'resume') this.timer = resumeTimer(this.timer, now);
    else this.timer = IDLE_TIMER;
    this.changed();
    return this.state();
  }

  openVote(title: string, items: VoteItem[], dotsPerParticipant: number): VoteSession {
    const share = this.requireShare();
    const votes = share.workspace.votes;
    if (this.vote && votes.session(this.vote.sessionId).status === 'open') {
      throw new AppError('VOTE_ALREADY_OPEN', 'Close the open vote first');
    }
    const session = votes.open(title, items, dotsPerParticipant);
    this.vote = { sessionId: session.id, items: items.map((i) => ({ ...i })) };
    this.changed();
    return session;
  }

  closeVote(id: string): VoteSession {
    const session = this.need().votes.close(id);
    this.changed();
    return session;
  }

  revealVote(id: string): VoteSession {
    const session = this.need().votes.reveal(id);
    this.changed();
    return session;
  }

  results(id: string): VoteResults {
    return this.need().votes.results(id, this.vote?.sessionId === id ? this.vote.items : null);
  }

  /** The only door from the network into the workspace. */
  readonly port: ParticipantPort = {
    join: async (displayName) => {
      const { workspace } = this.requireShare();
      let added: string | null = null;
      try {
        return await workspace.groupCommit.submit(() => {
          // Checked when the step runs, so the joins of one burst count each other.
          this.requireShare();
          if (this.joined.size >= MAX_PARTICIPANTS) throw new AppError('WORKSHOP_FULL', 'This workshop is full', { max: MAX_PARTICIPANTS });
          const participant = workspace.votes.join(displayName);
          added = participant.id;
          this.joined.add(participant.id);
          return participant;
        });
      } catch (err) {
        // The step ran but its commit failed: the row is gone, so is the seat.
        if (added) this.joined.delete(added);
        throw err;
      }
    },
    state: (participantId) => this.participantState(participantId),
    setDots: async (participantId, itemKey, dots) => {
      const { workspace } = this.requireShare();
      const vote = this.vote;
      if (!vote) throw new AppError('VOTE_NOT_OPEN', 'There is no vote');
      const item = /^\d{1,4}$/.test(itemKey) ? vote.items[Number(itemKey)] : undefined;
      if (!item) throw new AppError('VOTE_ITEM_UNKNOWN', 'That item is not part of this vote');
      this.requireParticipant(participantId);
      // No change() here: until the reveal nobody else's view depends on these dots,
      // so forty phones voting do not make forty phones refetch (the facilitator
      // hears of it through the journal's workspace.changed event, one per commit).
      // The vote's state (open, dots left) is checked again when the step runs.
      await workspace.groupCommit.submit(() => workspace.votes.setDots(vote.sessionId, participantId, item, dots));
      return this.participantState(participantId);
    },
    version: () => this.revision,
    onChange: (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };

  private participantState(participantId: string): ParticipantState {
    const share = this.requireShare();
    const votes = share.workspace.votes;
    const participant = this.requireParticipant(participantId);
    let vote: ParticipantState['vote'] = null;
    if (this.vote) {
      const session = votes.session(this.vote.sessionId);
      const mine = votes.dotsOf(session.id, participantId);
      const keyOf = (item: VoteItem) => `${item.kind}:${item.id}`;
      const myDots: Record<string, number> = {};
      this.vote.items.forEach((item, i) => {
        const n = mine.get(keyOf(item));
        if (n) myDots[String(i)] = n;
      });
      let totals: Record<string, number> | null = null;
      if (session.status === 'revealed') {
        const tally = new Map(votes.tally(session.id, this.vote.items).totals.map((t) => [`${t.kind}:${t.id}`, t.dots]));
        totals = Object.fromEntries(this.vote.items.map((item, i) => [String(i), tally.get(keyOf(item)) ?? 0]));
      }
      vote = {
        id: session.id,
        title: session.title,
        status: session.status,
        dotsPerParticipant: session.dotsPerParticipant,
        items: this.vote.items.map((item, i) => ({ key: String(i), label: item.label })),
        myDots,
        dotsLeft: dotsLeft(session.dotsPerParticipant, Object.values(myDots)),
        totals,
      };
    }
    return {
      participant: { id: participant.id, displayName: participant.displayName },
      slide: this.slide,
      vote,
      timer: timerView(this.timer, this.now()),
      version: this.revision,
    };
  }

  private requireParticipant(participantId: string): { id: string; displayName: string } {
    const share = this.requireShare();
    const info = this.joined.has(participantId) ? share.workspace.votes.participantInfo(participantId) : null;
    if (!info) throw new AppError('PARTICIPANT_UNKNOWN', 'Unknown participant');
    return info;
  }

  /** The share, if it still belongs to the open workspace. */
  private liveShare(): Share | null {
    const share = this.share;
    if (!share) return null;
    if (this.sameWorkspace(share.workspace)) return share;
    // The facilitator closed or switched workspaces: the room ends with it.
    void this.stop();
    return null;
  }

  private sameWorkspace(workspace: Workspace): boolean {
    try {
      return this.need() === workspace;
    } catch {
      return false;
    }
  }

  private requireShare(): Share {
    const share = this.liveShare();
    if (!share) throw new AppError('WORKSHOP_NOT_SHARING', 'Sharing is off');
    return share;
  }

  private reset(): void {
    this.slide = null;
    this.timer = IDLE_TIMER;
    this.vote = null;
    this.joined.clear();
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener(this.revision);
  }
}
