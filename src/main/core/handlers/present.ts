import type { PresentState, presentMethods } from '@shared/contract/present';
import type { AreaHandlers } from '../dispatch';
import { deckServiceOf } from '../services/deck-service';
import type { Workspace } from '../workspace';

/**
 * The present methods; `need` gives the open workspace or throws NO_WORKSPACE.
 * Which slide is on screen is live state, not workspace content: it is kept
 * here per open workspace and forgotten when the workspace closes.
 */
export function presentHandlers(need: () => Workspace): AreaHandlers<typeof presentMethods> {
  const states = new WeakMap<Workspace, PresentState>();
  const stateOf = (ws: Workspace): PresentState => states.get(ws) ?? { presenting: false, slideId: null, version: 0 };
  // Versions only grow, across workspaces and restarts of the host (they start from the clock),
  // so a window that has seen one never takes a later state for an old one.
  let lastVersion = 0;
  const nextVersion = () => (lastVersion = Math.max(lastVersion + 1, Date.now()));
  return {
    'present.deck': () => deckServiceOf(need()).deck(),
    'present.saveSlide': ({ id, patch }) => deckServiceOf(need()).save(id, patch),
    'present.moveSlide': ({ id, toIndex }) => deckServiceOf(need()).move(id, toIndex),
    'present.addTextSlide': ({ title, body, notes, afterId }) =>
      deckServiceOf(need()).addText(title, body, notes ?? '', afterId ?? null),
    'present.addSlide': ({ params, afterId }) => deckServiceOf(need()).add(params, afterId ?? null),
    'present.deleteSlide': ({ id }) => {
      deckServiceOf(need()).delete(id);
      return null;
    },
    'present.state': () => stateOf(need()),
    'present.setState': ({ presenting, slideId }) => {
      const ws = need();
      const next = { presenting, slideId, version: nextVersion() };
      states.set(ws, next);
      return next;
    },
  };
}
