import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PresentState } from '@shared/contract/present';
import { useApiClient } from '../../api/ApiProvider';
import { presentKeys, usePresentState } from './queries';

const CHANNEL = 'channelwise.present';
const POLL_MS = 1000;

/**
 * Shared by every show in this window: the show that exits and the one that
 * starts right after it (F5 straight after Esc) are two mounts of the hook.
 * Writes go to the core one after another, in the order they were made, and
 * a version this window has seen (its own writes included) is never news, so
 * the answer to the old show's last write cannot pull the new show back.
 */
let writes: Promise<unknown> = Promise.resolve();
let seenVersion = 0;

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
    if (!data || data.version <= seenVersion) return;
    seenVersion = data.version;
    if (fetchedAt < changedAt.current) return;
    setLocal({ slideId: data.slideId, presenting: data.presenting });
  }, [data, fetchedAt]);

  const go = useCallback(
    (slideId: string | null, presenting = true) => {
      const message = { slideId, presenting };
      changedAt.current = Date.now();
      setLocal(message);
      channel.current?.postMessage(message);
      writes = writes
        .then(() => client.call('present.setState', message))
        .then((result) => {
          if (!result.ok) return;
          seenVersion = Math.max(seenVersion, result.value.version);
          queryClient.setQueryData<PresentState>(presentKeys.state(), result.value);
        })
        .catch(() => undefined);
    },
    [client, queryClient],
  );

  const shown = local ?? (data ? { slideId: data.slideId, presenting: data.presenting } : { slideId: null, presenting: false });
  return { ...shown, loaded: data !== undefined, go };
}
