import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParticipantState } from '@shared/domain/workshop';
import { fetchState, join as joinShare, loadSecret, saveSecret, setDots, ShareError } from './client';

export type Connection = 'live' | 'offline' | 'ended';

const POLL_MS = 15_000;

/**
 * The participant's session: join, the shared state kept fresh by the live
 * channel (with slow polling as a safety net), and dot changes sent one at a
 * time so each is computed from the latest answer.
 */
export function useParticipant() {
  const [secret, setSecret] = useState<string | null>(() => loadSecret());
  const [state, setState] = useState<ParticipantState | null>(null);
  const [connection, setConnection] = useState<Connection>('live');
  const [error, setError] = useState<string | null>(null);
  const stateRef = useRef<ParticipantState | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Bumped by every dot answer: a state fetched before it is older than it.
  const epoch = useRef(0);

  const accept = useCallback((next: ParticipantState) => {
    // Answers can cross on the wire; an older version never replaces a newer one.
    if (stateRef.current && next.version < stateRef.current.version) return;
    stateRef.current = next;
    setState(next);
    setConnection('live');
  }, []);

  const fail = useCallback((err: unknown) => {
    if (!(err instanceof ShareError)) return;
    if (err.status === 401 || err.status === 410) setConnection('ended');
    else if (err.code === 'PARTICIPANT_UNKNOWN') {
      saveSecret(null);
      setSecret(null);
      stateRef.current = null;
      setState(null);
    } else if (err.code === 'OFFLINE') setConnection('offline');
    else setError(err.code ?? 'other');
  }, []);

  const refresh = useCallback(() => {
    if (!secret) return;
    const started = epoch.current;
    fetchState(secret).then((next) => {
      if (epoch.current === started) accept(next);
    }, fail);
  }, [secret, accept, fail]);

  useEffect(() => {
    if (!secret) return;
    refresh();
    const events = new EventSource('events');
    events.onmessage = (event: MessageEvent<string>) => {
      setConnection('live');
      if (Number(event.data) !== stateRef.current?.version) refresh();
    };
    events.onerror = () => setConnection((c) => (c === 'ended' ? c : 'offline'));
    const poll = setInterval(refresh, POLL_MS);
    return () => {
      events.close();
      clearInterval(poll);
    };
  }, [secret, refresh]);

  const join = useCallback(
    async (displayName: string) => {
      setError(null);
      try {
        const joined = await joinShare(displayName);
        saveSecret(joined.secret);
        accept(joined.state);
        setSecret(joined.secret);
      } catch (err) {
        fail(err);
      }
    },
    [accept, fail],
  );

  const changeDots = useCallback(
    (itemKey: string, delta: 1 | -1) => {
      setError(null);
      queue.current = queue.current.then(async () => {
        const vote = stateRef.current?.vote;
        if (!secret || !vote) return;
        const target = (vote.myDots[itemKey] ?? 0) + delta;
        if (target < 0) return;
        try {
          const next = await setDots(secret, itemKey, target);
          epoch.current++;
          accept(next);
        } catch (err) {
          fail(err);
        }
      });
    },
    [secret, accept, fail],
  );

  return { joined: secret !== null, state, connection, error, join, changeDots };
}
