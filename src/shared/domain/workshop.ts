/**
 * The workshop share: what the facilitator shares with the room (a slide, a
 * dot vote, a countdown) and what a participant's browser is allowed to see.
 * Pure types and functions; the core keeps the live state, the hosts carry it.
 */

export const VOTE_ITEM_KINDS = ['cell', 'finding', 'step'] as const;
export type VoteItemKind = (typeof VOTE_ITEM_KINDS)[number];
export const VOTE_STATUSES = ['open', 'closed', 'revealed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

export const MAX_VOTE_ITEMS = 200;
export const MAX_DOTS_PER_PARTICIPANT = 20;
export const MAX_DISPLAY_NAME = 40;
export const MAX_PARTICIPANTS = 200;
export const MAX_TIMER_SECONDS = 4 * 60 * 60;

/** Something a room can vote on: a matrix cell today, findings and journey steps later. */
export interface VoteItem {
  kind: VoteItemKind;
  /** The thing's id in the workspace (for a cell: see cellItemId). */
  id: string;
  /** Already-rendered text, shown to participants as is. */
  label: string;
}

export interface VoteSession {
  id: string;
  title: string;
  targetKind: VoteItemKind;
  dotsPerParticipant: number;
  status: VoteStatus;
  createdAt: string;
}

export interface VoteTotal {
  kind: VoteItemKind;
  id: string;
  label: string;
  dots: number;
  /** How many participants put at least one dot here. */
  voters: number;
}

export interface VoteResults {
  session: VoteSession;
  /** Most dots first; items nobody voted on are included while the vote is live. */
  totals: VoteTotal[];
  /** Participants with at least one dot in this vote. */
  voters: number;
  dotsCast: number;
}

// ---- slides ---------------------------------------------------------------

/**
 * What the participants see: a plain, already-rendered description. It carries
 * only the texts the facilitator chose to show, never ids or workspace data.
 */
export type SharedSlide =
  | {
      kind: 'table';
      title: string;
      subtitle: string;
      /** Column headings, the first one heading the row headers. */
      columns: string[];
      rows: { header: string; cells: string[] }[];
    }
  | { kind: 'text'; title: string; body: string }
  | {
      kind: 'results';
      title: string;
      /** The vote these are the results of: participants already know its id from the vote itself. */
      voteId?: string;
      rows: { label: string; dots: number }[];
    };

export const MAX_SLIDE_ROWS = 200;
export const MAX_SLIDE_COLUMNS = 100;
export const MAX_SLIDE_TEXT = 2000;

/** A vote's results as a slide (what present mode and "show results" put on screen). */
export function resultsSlide(results: VoteResults): SharedSlide {
  return {
    kind: 'results',
    title: results.session.title,
    voteId: results.session.id,
    rows: placedTotals(results).map((t) => ({ label: t.label, dots: t.dots })),
  };
}

/**
 * Whether the shared slide is the revealed results of this very vote: the
 * participant page then shows the ranking once, not the vote card as well.
 */
export function slideShowsVoteResults(slide: SharedSlide | null, vote: ParticipantVote | null): boolean {
  return slide?.kind === 'results' && slide.voteId !== undefined && vote?.status === 'revealed' && slide.voteId === vote.id;
}

// ---- cells as vote items ----------------------------------------------------

const SEP = '~';

/**
 * A cell item's id is its key spelled out (scenario, lens, phase, channel), so
 * saved results can name the cell again after a restart without an item table.
 */
/** How a cell reads as a vote item: "Attract × Store". */
export const cellItemLabel = (phaseName: string, channelName: string): string => `${phaseName} × ${channelName}`;

/** The totals that got at least one dot, in the order given (most first). */
export const placedTotals = (results: VoteResults): VoteTotal[] => results.totals.filter((total) => total.dots > 0);

export function cellItemId(scenarioId: string, lens: { kind: string; id?: string }, phaseId: string, channelId: string): string {
  return [scenarioId, lens.kind, lens.id ?? '', phaseId, channelId].join(SEP);
}

export function parseCellItemId(
  id: string,
): { scenarioId: string; lensKind: string; lensId: string; phaseId: string; channelId: string } | null {
  const parts = id.split(SEP);
  if (parts.length !== 5 || parts.some((p, i) => p === '' && i !== 2)) return null;
  const [scenarioId, lensKind, lensId, phaseId, channelId] = parts as [string, string, string, string, string];
  return { scenarioId, lensKind, lensId, phaseId, channelId };
}

// ---- participants -------------------------------------------------------------

/** Trimmed, inner whitespace folded; null when empty or longer than MAX_DISPLAY_NAME. */
export function cleanDisplayName(raw: string): string | null {
  const name = raw.replace(/\p{Cc}/gu, '').replace(/\s+/g, ' ').trim();
  const length = [...name].length;
  return length === 0 || length > MAX_DISPLAY_NAME ? null : name;
}

// ---- countdown timer ------------------------------------------------------------

export interface TimerView {
  status: 'idle' | 'running' | 'paused';
  durationMs: number;
  /** Left at the moment the view was made; a running timer counts down from there. */
  remainingMs: number;
}

/** The timer as the core keeps it: while running, `endsAt` (ms epoch) is the truth. */
export interface TimerState {
  status: TimerView['status'];
  durationMs: number;
  remainingMs: number;
  endsAt: number | null;
}

export const IDLE_TIMER: TimerState = { status: 'idle', durationMs: 0, remainingMs: 0, endsAt: null };

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: 'running', durationMs, remainingMs: durationMs, endsAt: now + durationMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running' || timer.endsAt === null) return timer;
  return { ...timer, status: 'paused', remainingMs: Math.max(0, timer.endsAt - now), endsAt: null };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'paused') return timer;
  return { ...timer, status: 'running', endsAt: now + timer.remainingMs };
}

export function timerView(timer: TimerState, now: number): TimerView {
  const remainingMs =
    timer.status === 'running' && timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
  return { status: timer.status, durationMs: timer.durationMs, remainingMs };
}

/** "4:05", "0:09", "1:02:03" for a countdown display. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

// ---- what each side sees ------------------------------------------------------

export interface ParticipantVote {
  id: string;
  title: string;
  status: VoteStatus;
  dotsPerParticipant: number;
  /** Items by an opaque key (their place in the vote), with labels only. */
  items: { key: string; label: string }[];
  /** This participant's own dots per item key. */
  myDots: Record<string, number>;
  dotsLeft: number;
  /** Only once the facilitator reveals them. */
  totals: Record<string, number> | null;
}

/** Everything a participant's browser receives: the shared slide, the vote, the timer. */
export interface ParticipantState {
  participant: { id: string; displayName: string };
  slide: SharedSlide | null;
  vote: ParticipantVote | null;
  timer: TimerView;
  /** Grows with every change; the live channel announces it. */
  version: number;
}

export interface WorkshopParticipant {
  id: string;
  displayName: string;
  joinedAt: string;
  /** Dots this participant has in the current vote. */
  dots: number;
}

/** The facilitator's view of the share. */
export interface WorkshopState {
  sharing: boolean;
  /** The participants' address, token included; null while not sharing. */
  url: string | null;
  /** The QR code of `url` as one SVG path on a square of `size` modules. */
  qr: { size: number; path: string } | null;
  /** The short address to type from the back of the room ("192.168.1.20:47800"); it asks for `joinCode`. */
  joinAddress: string | null;
  joinCode: string | null;
  /** When the laptop's network address last changed while sharing (ISO time); null if it has not. */
  movedAt: string | null;
  participants: WorkshopParticipant[];
  slide: SharedSlide | null;
  vote: { session: VoteSession; items: VoteItem[]; voters: number; dotsCast: number } | null;
  timer: TimerView;
  version: number;
}

/** A join code as it is shown: two groups of three ("KXP 4M7"), read aloud in two breaths. */
export const formatJoinCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;

/** How many more dots a participant may place, given their dots per item. */
export function dotsLeft(perParticipant: number, mine: Iterable<number>): number {
  let used = 0;
  for (const n of mine) used += n;
  return Math.max(0, perParticipant - used);
}
