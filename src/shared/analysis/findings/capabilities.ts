/**
 * What a channel can carry, derived from its three attributes (online,
 * personal, dialogue). These are the definitions the findings rely on; the
 * README repeats them for users:
 *
 * - sensory contact: offline and personal (store, account manager, events) —
 *   the customer can see, feel, smell or taste the product; a channel in the
 *   telephone cost group (a call centre) is offline and personal too, but
 *   nothing can be felt over the phone, so it does not count;
 * - advice: dialogue (a two-way channel);
 * - low dialogue: not two-way;
 * - order taking: online, personal or dialogue — anything a customer can
 *   place an order through (print, radio/TV and direct mail cannot);
 * - a fast path to transact: an online channel with any role, or a personal
 *   channel with at least the "fast path" role (threshold).
 */
import type { DomainType } from '../../domain/types';
import type { AnalysisChannel } from './context';

export type Capability = 'sensory' | 'advice' | 'order';

export const hasSensoryContact = (c: AnalysisChannel): boolean => !c.online && c.personal && c.costGroup !== 'telephone';
export const canAdvise = (c: AnalysisChannel): boolean => c.dialogue;
export const isLowDialogue = (c: AnalysisChannel): boolean => !c.dialogue;
export const canTakeOrders = (c: AnalysisChannel): boolean => c.online || c.personal || c.dialogue;

export function hasCapability(channel: AnalysisChannel, capability: Capability): boolean {
  switch (capability) {
    case 'sensory':
      return hasSensoryContact(channel);
    case 'advice':
      return canAdvise(channel);
    case 'order':
      return canTakeOrders(channel);
  }
}

/** Whether a channel in this role gives a quick way to buy (for impulsive and unfounded decision makers). */
export function isFastPath(channel: AnalysisChannel, role: number, personalRole: number): boolean {
  if (role <= 0) return false;
  return channel.online || (channel.personal && role >= personalRole);
}

/**
 * What the advise and transact phases need per kind of product domain:
 * see/feel products need sensory contact for both; a service is advised and
 * agreed in conversation; a catalogue product needs advice to be two-way, and
 * its order can go through any channel that takes one.
 */
export const DOMAIN_NEEDS: Record<DomainType, { advise: Capability; transact: Capability }> = {
  catalogue: { advise: 'advice', transact: 'order' },
  sensory: { advise: 'sensory', transact: 'sensory' },
  service: { advise: 'advice', transact: 'advice' },
};
