import type { presentMethods } from '@shared/contract/present';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/**
 * The present methods; `need` gives the open workspace or throws NO_WORKSPACE.
 * Which slide is on screen is live state, not workspace content: the open
 * workspace holds it (ws.screen) and forgets it when it closes; the versions
 * are kept here, since they must grow across workspaces.
 */
export function presentHandlers(need: () => Workspace): AreaHandlers<typeof presentMethods> {
  // Versions only grow, across workspaces and restarts of the host (they start from the clock),
  // so a window that has seen one never takes a later state for an old one.
  let lastVersion = 0;
  const nextVersion = () => (lastVersion = Math.max(lastVersion + 1, Date.now()));
  return {
    'present.deck': () => need().deck.deck(),
    'present.saveSlide': ({ id, patch }) => need().deck.save(id, patch),
    'present.moveSlide': ({ id, toIndex }) => need().deck.move(id, toIndex),
    'present.addTextSlide': ({ title, body, notes, afterId }) =>
      need().deck.addText(title, body, notes ?? '', afterId ?? null),
    'present.addSlide': ({ params, afterId }) => need().deck.add(params, afterId ?? null),
    'present.deleteSlide': ({ id }) => {
      need().deck.delete(id);
      return null;
    },
    'present.state': () => need().screen.get(),
    'present.setState': ({ presenting, slideId }) => {
      const ws = need();
      return ws.screen.set({ presenting, slideId, version: nextVersion() });
    },
  };
}
