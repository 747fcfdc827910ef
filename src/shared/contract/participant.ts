/**
 * The participant (phone) API of the workshop share, as a contract like the
 * facilitator's (api.ts): per route its HTTP method and path, the input
 * schema the share listener validates with before anything runs, and the
 * result type the participant page is typed from. The listener
 * (src/main/host/workshop/share-server.ts) answers only these routes; the page
 * (src/renderer/src/participant/client.ts) calls only these.
 *
 * Bad input is refused with the error each route has always answered, so the
 * phone shows the same translated sentence: a join with a name that is not
 * text or far too long says what a name may be (DISPLAY_NAME_INVALID), dots
 * that are not a whole number in range say how to send them (VALIDATION).
 * Fields the page never sends are refused too (VALIDATION).
 */
import { z } from 'zod';
import type { ApiError } from '../errors';
import { MAX_DISPLAY_NAME, type ParticipantState } from '../domain/workshop';

/** What a phone may send for a name: room for whitespace the service folds away (cleanDisplayName), bounded by the body limit. */
export const MAX_RAW_DISPLAY_NAME = 1000;
/** The most dots one request places on one item. */
export const MAX_DOTS_PER_REQUEST = 1000;

export interface ParticipantRoute<I extends z.ZodType, R> {
  method: 'GET' | 'POST';
  /** Relative to the page's address (/w/<token>/), except the code, which is asked at the short address. */
  path: string;
  input: I;
  /** Type-level only, as in contract/define.ts; never read at run time. */
  result?: R;
  /** The refusal for input the schema rejects; `fields` names a more specific one per field. */
  invalid: { error: ApiError; fields?: Readonly<Record<string, ApiError>> };
}

const route =
  <R>() =>
  <I extends z.ZodType>(def: Omit<ParticipantRoute<I, R>, 'result'>): ParticipantRoute<I, R> =>
    def;

const validation = (message: string): ApiError => ({ code: 'VALIDATION', message });

export const participantApi = {
  /** At the short address: the workshop code from the screen, answered with the workshop's own path. */
  code: route<{ path: string }>()({
    method: 'POST',
    path: '/api/code',
    input: z.object({ code: z.string() }).strict(),
    // The listener checks unreadable input as a wrong code, so junk counts toward the lockout.
    invalid: { error: { code: 'JOIN_CODE_WRONG', message: 'That is not the workshop code' } },
  }),
  join: route<{ secret: string; state: ParticipantState }>()({
    method: 'POST',
    path: 'api/join',
    input: z.object({ displayName: z.string().max(MAX_RAW_DISPLAY_NAME) }).strict(),
    invalid: {
      error: validation('Send {displayName} only'),
      fields: { displayName: { code: 'DISPLAY_NAME_INVALID', message: 'A display name has 1 to 40 characters', params: { max: MAX_DISPLAY_NAME } } },
    },
  }),
  state: route<ParticipantState>()({
    method: 'GET',
    path: 'api/state',
    input: z.object({}).strict(),
    invalid: { error: validation('The state takes no input') },
  }),
  dots: route<ParticipantState>()({
    method: 'POST',
    path: 'api/dots',
    input: z.object({ item: z.string(), dots: z.number().int().min(0).max(MAX_DOTS_PER_REQUEST) }).strict(),
    invalid: { error: validation('Send {item, dots} with a whole number of dots') },
  }),
} as const;

export type ParticipantApi = typeof participantApi;
export type ParticipantRouteName = keyof ParticipantApi;
export type ParticipantInput<N extends ParticipantRouteName> = z.input<ParticipantApi[N]['input']>;
export type ParticipantResult<N extends ParticipantRouteName> = NonNullable<ParticipantApi[N]['result']>;

/** The route's input, or the error it answers for input it refuses (the first refused field picks a field's own error). */
export function parseParticipantInput<I extends z.ZodType>(def: ParticipantRoute<I, unknown>, body: unknown): { ok: true; value: z.output<I> } | { ok: false; error: ApiError } {
  const parsed = def.input.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
  const fieldError = parsed.error.issues.map((i) => (typeof i.path[0] === 'string' ? def.invalid.fields?.[i.path[0]] : undefined)).find((e) => e !== undefined);
  const error = fieldError ?? def.invalid.error;
  return { ok: false, error: { ...error, params: { ...error.params, issues } } };
}
