import { afterEach, describe, expect, it } from 'vitest';
import type { ParticipantState } from '@shared/domain/workshop';
import { participantRequest, startShareHarness, type ShareHarness } from './test-harness';

let harness: ShareHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function share() {
  harness = await startShareHarness();
  const state = await harness.call('workshop.start', {});
  const url = state.url!;
  const { origin, pathname } = new URL(url);
  const token = pathname.split('/')[2]!;
  return { h: harness, url, origin, token };
}

async function join(url: string, displayName: string) {
  const reply = await participantRequest<{ secret: string; state: ParticipantState }>(`${url}api/join`, { body: { displayName } });
  expect(reply.status).toBe(200);
  return reply.body.value!;
}

describe('the share listener', () => {
  it('listens only while sharing, with a fresh 192-bit token each time', async () => {
    const { h, url, origin, token } = await share();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect((await fetch(url)).status).toBe(200);
    expect((await h.call('workshop.state', {})).qr?.size).toBeGreaterThan(20);
    await h.call('workshop.stop', {});
    await expect(fetch(url)).rejects.toThrow();
    const again = await h.call('workshop.start', {});
    expect(new URL(again.url!).pathname.split('/')[2]).not.toBe(token);
    // The old token is dead: its port is closed or, if the port came back, it answers 401.
    const old = await fetch(`${origin}/w/${token}/`).then((r) => r.status, () => 'closed');
    expect(['closed', 401]).toContain(old);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const { url, origin, token } = await share();
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const path of ['/api/workspace.current', '/api/state', '/events', `/w/${wrong}/`, `/w/${wrong}/api/state`, '/w//api/join']) {
      const reply = await participantRequest(`${origin}${path}`);
      expect(reply.status, path).toBe(401);
    }
    expect((await participantRequest(`${origin}/w/${wrong}/api/join`, { body: { displayName: 'Eve' } })).status).toBe(401);
    expect((await participantRequest(`${url}api/join`, { body: { displayName: 'Ann' } })).status).toBe(200);
  });

  it('at the short address, serves the participant page and lets in only the right code', async () => {
    const { h, url, origin } = await share();
    const state = await h.call('workshop.state', {});
    expect(state.joinAddress).toBe(origin.replace('http://', ''));
    expect(state.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    // The page and its own assets (no workspace data in them); nothing else of the build.
    expect(await (await fetch(`${origin}/`)).text()).toContain('participant-a1.js');
    expect((await fetch(`${origin}/assets/participant-a1.js`)).status).toBe(200);
    expect((await fetch(`${origin}/assets/index-d4.js`)).status).toBe(404);
    const typed = `${state.joinCode!.slice(0, 3).toLowerCase()}-${state.joinCode!.slice(3)}`;
    const entered = await participantRequest<{ path: string }>(`${origin}/api/code`, { body: { code: typed } });
    expect(entered.status).toBe(200);
    expect(`${origin}${entered.body.value!.path}`).toBe(url);
    // Guessing is stopped: after eight wrong codes even the right one waits.
    for (let i = 0; i < 8; i++) {
      const wrong = await participantRequest(`${origin}/api/code`, { body: { code: 'AAAAAA' } });
      expect(wrong.body.error?.code).toBe('JOIN_CODE_WRONG');
    }
    const locked = await participantRequest(`${origin}/api/code`, { body: { code: state.joinCode } });
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('JOIN_CODE_LOCKED');
    // The code leads nowhere else: a cross-site form cannot use it.
    expect((await participantRequest(`${origin}/api/code`, { body: { code: state.joinCode }, headers: { origin: 'http://evil.test' } })).status).toBe(403);
  });

  it('keeps its port from one share to the next, and takes another when it is taken', async () => {
    const port = 47000 + Math.floor(Math.random() * 500);
    harness = await startShareHarness({ port });
    const first = await harness.call('workshop.start', {});
    expect(new URL(first.url!).port).toBe(String(port));
    await harness.call('workshop.stop', {});
    const again = await harness.call('workshop.start', {});
    expect(new URL(again.url!).port).toBe(String(port));
    const second = await startShareHarness({ port });
    try {
      const other = await second.call('workshop.start', {});
      expect(new URL(other.url!).port).not.toBe(String(port));
      expect((await fetch(other.url!)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('tells the room a new address when the laptop changes network', async () => {
    let address = '127.0.0.1';
    harness = await startShareHarness({ advertisedHost: undefined, addressOf: () => address, addressPollMs: 20 });
    const before = await harness.call('workshop.start', {});
    expect(before.movedAt).toBeNull();
    address = 'localhost';
    await expect.poll(async () => (await harness!.call('workshop.state', {})).joinAddress).toMatch(/^localhost:\d+$/);
    const after = await harness.call('workshop.state', {});
    expect(after.url).toContain('http://localhost:');
    expect(after.movedAt).not.toBeNull();
    expect(after.qr).not.toEqual(before.qr);
    // The same share: the token is unchanged and it still answers.
    expect(new URL(after.url!).pathname).toBe(new URL(before.url!).pathname);
    expect((await fetch(after.url!)).status).toBe(200);
  });

  it('serves the participant page and its own assets, nothing else of the build', async () => {
    const { url } = await share();
    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('participant-a1.js');
    for (const asset of ['participant-a1.js', 'shared-c3.js', 'participant-b2.css']) {
      expect((await fetch(`${url}assets/${asset}`)).status, asset).toBe(200);
    }
    for (const path of ['assets/index-d4.js', 'index.html', 'participant.html', 'assets/../index.html', 'assets/%2e%2e%2findex.html']) {
      expect((await fetch(`${url}${path}`)).status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('lets participants only join, read the shared state and place dots', async () => {
    const { h, url } = await share();
    const ann = await join(url, 'Ann');
    for (const method of ['workspace.current', 'matrix.setCells', 'catalog.get', 'votes.reveal', 'workshop.setSlide', 'history.undo']) {
      const reply = await participantRequest(`${url}api/${method}`, { body: {}, secret: ann.secret });
      expect(reply.status, method).toBe(403);
      expect(reply.body.error?.code).toBe('FORBIDDEN');
    }
    expect((await participantRequest(`${url}api/state`)).status).toBe(403);
    expect((await participantRequest(`${url}api/state`, { secret: 'made-up' })).status).toBe(403);
    expect((await participantRequest(`${url}api/join`, { body: { displayName: ' ' } })).body.error?.code).toBe('DISPLAY_NAME_INVALID');
    expect((await participantRequest(`${url}api/join`, { body: { displayName: 'x'.repeat(41) } })).status).toBe(400);
    expect((await participantRequest(`${url}api/join`, { body: 'x'.repeat(5000) })).status).toBe(400);
    // Input the participant contract refuses gets the error the page translates, with the same envelope.
    const wrongType = await participantRequest(`${url}api/join`, { body: { displayName: 42 } });
    expect([wrongType.status, wrongType.body.ok, wrongType.body.error?.code]).toEqual([400, false, 'DISPLAY_NAME_INVALID']);
    const unknownField = await participantRequest(`${url}api/dots`, { body: { item: '0', dots: 1, participantId: 'x' }, secret: ann.secret });
    expect([unknownField.status, unknownField.body.error?.code]).toEqual([400, 'VALIDATION']);
    // A browser on another site cannot drive the endpoints.
    const cross = await participantRequest(`${url}api/state`, { secret: ann.secret, headers: { origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
    // Another origin's page and the facilitator's API are both out of reach: the state is all there is.
    const state = await participantRequest<ParticipantState>(`${url}api/state`, { secret: ann.secret });
    expect(Object.keys(state.body.value!).sort()).toEqual(['participant', 'slide', 'timer', 'version', 'vote']);
    expect((await h.call('workshop.state', {})).participants.map((p) => p.displayName)).toEqual(['Ann']);
  });

  it('validates dots: an open vote, an item in it, dots left; totals only after reveal', async () => {
    const { h, url } = await share();
    const ann = await join(url, 'Ann');
    const dots = (item: string, n: number) => participantRequest<ParticipantState>(`${url}api/dots`, { body: { item, dots: n }, secret: ann.secret });
    expect((await dots('0', 1)).body.error?.code).toBe('VOTE_NOT_OPEN');
    const session = await h.call('votes.open', { title: 'Top cells', items: h.cells(3), dotsPerParticipant: 2 });
    expect((await dots('7', 1)).body.error?.code).toBe('VOTE_ITEM_UNKNOWN');
    expect((await dots('abc', 1)).body.error?.code).toBe('VOTE_ITEM_UNKNOWN');
    expect((await dots('0', -1)).status).toBe(400);
    const placed = await dots('1', 2);
    expect(placed.body.value!.vote).toMatchObject({ myDots: { '1': 2 }, dotsLeft: 0, totals: null });
    expect(placed.body.value!.vote!.items[1]!.label).toBe(h.cells(3)[1]!.label);
    expect((await dots('0', 1)).body.error?.code).toBe('VOTE_NO_DOTS_LEFT');
    await h.call('votes.close', { id: session.id });
    expect((await dots('1', 0)).body.error?.code).toBe('VOTE_NOT_OPEN');
    await h.call('votes.reveal', { id: session.id });
    const revealed = await participantRequest<ParticipantState>(`${url}api/state`, { secret: ann.secret });
    expect(revealed.body.value!.vote!.totals).toEqual({ '0': 0, '1': 2, '2': 0 });
    const results = await h.call('votes.results', { id: session.id });
    expect(results.totals[0]).toMatchObject({ label: h.cells(3)[1]!.label, dots: 2, voters: 1 });
  });

  it('announces changes on the live channel and forgets participants when sharing stops', async () => {
    const { h, url } = await share();
    const ann = await join(url, 'Ann');
    const controller = new AbortController();
    const events = await fetch(`${url}events`, { signal: controller.signal });
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/data: \d+/);
    await h.call('workshop.timer', { action: 'start', seconds: 300 });
    const next = new TextDecoder().decode((await reader.read()).value);
    expect(Number(/data: (\d+)/.exec(next)?.[1])).toBeGreaterThan(Number(/data: (\d+)/.exec(first)?.[1]));
    controller.abort();
    const state = await participantRequest<ParticipantState>(`${url}api/state`, { secret: ann.secret });
    expect(state.body.value!.timer).toMatchObject({ status: 'running', durationMs: 300_000 });
    await h.call('workshop.stop', {});
    const restarted = (await h.call('workshop.start', {})).url!;
    expect((await participantRequest(`${restarted}api/state`, { secret: ann.secret })).status).toBe(403);
  });

  it('ends with its workspace: closing the file stops the listener at once and closes the open vote', async () => {
    const { h, url } = await share();
    const ann = await join(url, 'Ann');
    const session = await h.call('votes.open', { title: 'Top cells', items: h.cells(2), dotsPerParticipant: 1 });
    const openedIn = (await h.call('workspace.current', {}))!.path;
    // An open live channel must not keep the listener (or a quitting process) alive.
    const controller = new AbortController();
    const events = await fetch(`${url}events`, { signal: controller.signal });
    const reader = events.body!.getReader();
    await reader.read();
    await h.call('workspace.close', {});
    await expect(reader.read()).resolves.toMatchObject({ done: true });
    await expect(participantRequest(`${url}api/state`, { secret: ann.secret })).rejects.toThrow();
    await h.call('workspace.open', { path: openedIn });
    expect((await h.call('workshop.state', {})).sharing).toBe(false);
    const saved = (await h.call('votes.list', {})).find((v) => v.id === session.id);
    expect(saved?.status).toBe('closed');
  });
});
