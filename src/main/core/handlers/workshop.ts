import type { workshopMethods } from '@shared/contract/workshop';
import type { AreaHandlers } from '../dispatch';
import { WorkshopRoom, type ShareLauncher } from '../workshop/room';
import type { Workspace } from '../workspace';

/**
 * The facilitator's workshop methods. `share` is the network side, given by
 * the host that runs the core; without one (the CLI) starting a share answers
 * WORKSHOP_UNAVAILABLE. The room ends when its workspace closes or the app quits.
 */
export function workshopHandlers(
  need: () => Workspace,
  share: ShareLauncher | undefined,
  /** Registers what must happen before the open workspace closes. */
  beforeClose: (hook: () => void) => void,
): AreaHandlers<typeof workshopMethods> {
  const room = new WorkshopRoom(need, share);
  beforeClose(() => room.end());
  return {
    'workshop.start': () => room.start(),
    'workshop.stop': () => room.stop(),
    'workshop.state': () => room.state(),
    'workshop.setSlide': ({ slide }) => room.setSlide(slide),
    'workshop.timer': (input) => room.setTimer(input),
    'votes.open': ({ title, items, dotsPerParticipant }) => room.openVote(title, items, dotsPerParticipant),
    'votes.close': ({ id }) => room.closeVote(id),
    'votes.reveal': ({ id }) => room.revealVote(id),
    'votes.results': ({ id }) => room.results(id),
    'votes.list': () => need().votes.list(),
  };
}
