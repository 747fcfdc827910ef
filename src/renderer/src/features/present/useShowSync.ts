import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PresentState } from '@shared/contract/present';
import { useApiClient } from '../../api/ApiProvider';
import { presentKeys, usePresentState } from './queries';

const CHANNEL = 'channelwise.present';
const POLL_MS = 1000;

interface ShowMessage {
  slideId: string | null;
  presenting: boolean;
}

export interface ShowSync {
  slideId: string | null;
  presenting: boolean;
  /** Whether the core has answered once (so a reload knows where the show was). */
  loaded: boolean;
  go(slideId: string | null, presenting?: boolean): void;
}

/**
 * Which slide is on screen, kept the same in every window. Windows of one
 * browser hear each other at once through a BroadcastChannel; the core keeps
 * the state too (present.setState), so a reloaded window, or one in another
 * browser, finds the slide by polling present.state.
 */
export function useShowSync(): ShowSync {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const core = usePresentState(POLL_MS);
  const [local, setLocal] = useState<ShowMessage | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const seenVersion = useRef(0);
  const changedAt = useRef(0);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = (event: MessageEvent<ShowMessage>) => {
      changedAt.current = Date.now();
      setLocal({ slideId: event.data.slideId, presenting: event.data.presenting });
    };
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  // Follow the core only for news: a state newer than any seen, fetched after our own last change.
  const data = core.data;
  const fetchedAt = core.dataUpdatedAt;
  useEffect(() => {
    if (!data || data.version <= seenVersion.current) return;
    seenVersion.current = data.version;
    if (fetchedAt < changedAt.current) return;
    setLocal({ slideId: data.slideId, presenting: data.presenting });
  }, [data, fetchedAt]);

  const go = useCallback(
    (slideId: string | null, presenting = true) => {
      const message = { slideId, presenting };
      changedAt.current = Date.now();
      setLocal(message);
      channel.current?.postMessage(message);
      void client.call('present.setState', message).then((result) => {
        if (!result.ok) return;
        seenVersion.current = Math.max(seenVersion.current, result.value.version);
        queryClient.setQueryData<PresentState>(presentKeys.state(), result.value);
      });
    },
    [client, queryClient],
  );

  const shown = local ?? (data ? { slideId: data.slideId, presenting: data.presenting } : { slideId: null, presenting: false });
  return { ...shown, loaded: data !== undefined, go };
}
