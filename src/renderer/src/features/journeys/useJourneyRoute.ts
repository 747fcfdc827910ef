import { useCallback, useEffect, useRef } from 'react';
import { useHash } from '../../app/useHashRoute';
import { journeyHash, journeyIdFromHash, journeyStepFromHash } from './route';

/** The open journey (from #/journeys?id=..) and a way to open another or go back to the list. */
export function useJourneyRoute(): [string | null, (id: string | null) => void] {
  const hash = useHash();
  const open = useCallback((id: string | null) => {
    window.location.hash = journeyHash(id);
  }, []);
  return [journeyIdFromHash(hash), open];
}

/**
 * Focus the step the URL names (&step=..) once the map shows it, and bring it
 * into view: a finding's link lands on the step it is about.
 */
export function useFocusStepFromRoute(mapComplete: boolean): void {
  const step = journeyStepFromHash(useHash());
  const focused = useRef<string | null>(null);
  useEffect(() => {
    // The map's first render draws only the first cards of each column: a step further down is found once it is whole.
    if (!step || focused.current === step) return;
    const target = document.querySelector<HTMLElement>(`[data-step-focus="${CSS.escape(step)}"]`);
    if (!target) return;
    focused.current = step;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [step, mapComplete]);
}
