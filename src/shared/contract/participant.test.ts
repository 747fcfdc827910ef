import { describe, expect, it } from 'vitest';
import { MAX_RAW_DISPLAY_NAME, participantApi, parseParticipantInput } from './participant';

const refusal = (result: ReturnType<typeof parseParticipantInput>) => (result.ok ? null : result.error);

describe('the participant contract', () => {
  it('accepts what the participant page sends', () => {
    expect(parseParticipantInput(participantApi.code, { code: 'AB-12' })).toEqual({ ok: true, value: { code: 'AB-12' } });
    expect(parseParticipantInput(participantApi.join, { displayName: '  Ann  ' })).toEqual({ ok: true, value: { displayName: '  Ann  ' } });
    expect(parseParticipantInput(participantApi.state, {})).toEqual({ ok: true, value: {} });
    expect(parseParticipantInput(participantApi.dots, { item: '3', dots: 2 })).toEqual({ ok: true, value: { item: '3', dots: 2 } });
  });

  it('refuses a name that is not text or far too long with the display-name error the page translates', () => {
    for (const displayName of [42, null, ['Ann'], undefined, 'x'.repeat(MAX_RAW_DISPLAY_NAME + 1)]) {
      expect(refusal(parseParticipantInput(participantApi.join, { displayName })), String(displayName)).toMatchObject({ code: 'DISPLAY_NAME_INVALID', params: { max: 40 } });
    }
  });

  it('refuses dots that are not a whole number in range, or an item that is not text', () => {
    for (const body of [{ item: '1', dots: 1.5 }, { item: '1', dots: -1 }, { item: '1', dots: 1001 }, { item: '1', dots: '2' }, { item: 1, dots: 1 }, {}]) {
      const error = refusal(parseParticipantInput(participantApi.dots, body));
      expect(error, JSON.stringify(body)).toMatchObject({ code: 'VALIDATION', message: 'Send {item, dots} with a whole number of dots' });
      expect(error?.params?.issues, JSON.stringify(body)).not.toHaveLength(0);
    }
  });

  it('refuses fields the page never sends', () => {
    expect(refusal(parseParticipantInput(participantApi.join, { displayName: 'Ann', admin: true }))).toMatchObject({ code: 'VALIDATION' });
    expect(refusal(parseParticipantInput(participantApi.dots, { item: '1', dots: 1, participantId: 'someone-else' }))).toMatchObject({ code: 'VALIDATION' });
    expect(refusal(parseParticipantInput(participantApi.state, { secret: 'x' }))).toMatchObject({ code: 'VALIDATION' });
    expect(refusal(parseParticipantInput(participantApi.code, { code: '1234', extra: 1 }))).toMatchObject({ code: 'JOIN_CODE_WRONG' });
  });
});
