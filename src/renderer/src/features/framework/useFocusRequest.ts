import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Where focus should go once the list shows the result of an action. */
export interface FocusRequest {
  /** `[data-item-id]` of the row, or null for the list's own controls (the add field). */
  itemId: string | null;
  /** `[data-control]` inside it; falls back to the row's name when that control is disabled. */
  control: string;
}

/**
 * Moves focus after the list re-renders. Actions resolve once the refreshed list
 * is in the cache, so the request is applied after React has committed the new
 * order (a keyed move detaches the DOM node, which would otherwise drop focus).
 */
export function useFocusRequest(container: RefObject<HTMLElement | null>, deps: unknown) {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const handled = useRef<FocusRequest | null>(null);

  useLayoutEffect(() => {
    if (!request || handled.current === request || !container.current) return;
    const root = container.current;
    const scope =
      request.itemId === null ? root : root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(request.itemId)}"]`);
    if (!scope) return;
    const wanted = scope.querySelector<HTMLElement>(`[data-control="${request.control}"]`);
    const target =
      wanted && !wanted.matches(':disabled') ? wanted : scope.querySelector<HTMLElement>('[data-control="name"]');
    if (!target) return;
    handled.current = request;
    target.focus();
  }, [request, deps, container]);

  return setRequest;
}
