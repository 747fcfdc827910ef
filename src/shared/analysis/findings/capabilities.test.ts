import { describe, expect, it } from 'vitest';
import { DOMAIN_NEEDS, canAdvise, canTakeOrders, hasCapability, hasSensoryContact, isFastPath, isLowDialogue } from './capabilities';
import type { AnalysisChannel } from './context';

const ch = (attrs: Partial<AnalysisChannel>): AnalysisChannel => ({ id: 'c', name: 'C', online: false, personal: false, dialogue: false, costGroup: null, costPerContact: null, ...attrs });
const store = ch({ personal: true, dialogue: true, costGroup: 'office' });
const callCentre = ch({ personal: true, dialogue: true, costGroup: 'telephone' });
const web = ch({ online: true, costGroup: 'internet' });
const chat = ch({ online: true, personal: true, dialogue: true });
const print = ch({});

describe('channel capabilities', () => {
  it('gives sensory contact to offline personal channels except the telephone', () => {
    expect([store, callCentre, web, chat, print].map(hasSensoryContact)).toEqual([true, false, false, false, false]);
  });

  it('lets dialogue channels advise and calls the rest low-dialogue', () => {
    expect([store, web, chat, print].map(canAdvise)).toEqual([true, false, true, false]);
    expect([store, web, chat, print].map(isLowDialogue)).toEqual([false, true, false, true]);
  });

  it('takes orders through anything but one-way offline media', () => {
    expect([store, callCentre, web, print].map(canTakeOrders)).toEqual([true, true, true, false]);
    expect(hasCapability(print, 'order')).toBe(false);
    expect(hasCapability(store, 'sensory')).toBe(true);
    expect(hasCapability(web, 'advice')).toBe(false);
  });

  it('counts online channels with any role, and personal ones from the threshold role, as a fast path', () => {
    expect(isFastPath(web, 1, 2)).toBe(true);
    expect(isFastPath(web, 0, 2)).toBe(false);
    expect(isFastPath(store, 1, 2)).toBe(false);
    expect(isFastPath(store, 2, 2)).toBe(true);
    expect(isFastPath(store, 2, 3)).toBe(false);
    expect(isFastPath(print, 3, 1)).toBe(false);
  });

  it('asks sensory contact for see/feel products and dialogue for services', () => {
    expect(DOMAIN_NEEDS.sensory).toEqual({ advise: 'sensory', transact: 'sensory' });
    expect(DOMAIN_NEEDS.service).toEqual({ advise: 'advice', transact: 'advice' });
    expect(DOMAIN_NEEDS.catalogue).toEqual({ advise: 'advice', transact: 'order' });
  });
});
