import { describe, expect, it } from 'vitest';
import type { Lens, MatrixCell, Role } from '../../domain/types';
import { costOutcome, expectedContacts, journeyCost, type JourneyCostInput } from './journey-cost';
import { DEFAULT_ROLE_CONTACTS } from './rules';

const cell = (phaseId: string, channelId: string, role: Role | null, lens: Lens = { kind: 'all' }): MatrixCell => ({
  id: `${phaseId}-${channelId}-${lens.kind}`,
  scenarioId: 's',
  phaseId,
  channelId,
  lens,
  role,
  note: '',
  evidence: null,
});
const vip: Lens = { kind: 'customerType', id: 'vip' };

const base = (patch: Partial<JourneyCostInput> = {}): JourneyCostInput => ({
  phases: [{ id: 'attract' }, { id: 'transact' }],
  channels: [
    { id: 'store', costPerContact: 10 },
    { id: 'web', costPerContact: 0.5 },
  ],
  cells: [],
  customerTypeId: null,
  roleContacts: DEFAULT_ROLE_CONTACTS,
  overrides: [],
  ...patch,
});

describe('journeyCost', () => {
  it('is zero with no phase and no most expensive phase for an empty workspace', () => {
    const cost = journeyCost(base({ phases: [], channels: [] }));
    expect(cost).toEqual({ phases: [], contacts: 0, total: 0, mostExpensive: [], missingCost: [] });
  });

  it('is zero everywhere when no role is set (all zeros)', () => {
    const cost = journeyCost(base());
    expect(cost.total).toBe(0);
    expect(cost.phases.map((p) => p.cost)).toEqual([0, 0]);
    expect(cost.mostExpensive).toEqual([]);
  });

  it('multiplies contacts from the role mapping by the cost per contact, per phase', () => {
    const cost = journeyCost(base({ cells: [cell('attract', 'store', 3), cell('attract', 'web', 1), cell('transact', 'store', 2)] }));
    // attract: 2 x 10 + 0.5 x 0.5; transact: 1 x 10
    expect(cost.phases.map((p) => p.cost)).toEqual([20.25, 10]);
    expect(cost.phases[0]!.contacts).toBe(2.5);
    expect(cost.total).toBe(30.25);
    expect(cost.contacts).toBe(3.5);
    expect(cost.mostExpensive).toEqual(['attract']);
    expect(cost.phases[0]!.cells.map((c) => [c.channelId, c.contacts, c.cost])).toEqual([['store', 2, 20], ['web', 0.5, 0.25]]);
  });

  it('works with one channel and names every phase on a tie', () => {
    const cost = journeyCost(base({ channels: [{ id: 'store', costPerContact: 4 }], cells: [cell('attract', 'store', 2), cell('transact', 'store', 2)] }));
    expect(cost.total).toBe(8);
    expect(cost.mostExpensive).toEqual(['attract', 'transact']);
  });

  it('leaves out, and names, channels with contacts but no cost per contact', () => {
    const cost = journeyCost(base({ channels: [{ id: 'store', costPerContact: null }, { id: 'web', costPerContact: 1 }], cells: [cell('attract', 'store', 3), cell('attract', 'web', 3)] }));
    expect(cost.total).toBe(2);
    expect(cost.missingCost).toEqual(['store']);
    expect(cost.phases[0]!.cells[0]).toMatchObject({ channelId: 'store', contacts: 2, cost: null });
  });

  it('follows a changed role mapping', () => {
    const cost = journeyCost(base({ cells: [cell('attract', 'store', 1)], roleContacts: { 0: 0, 1: 3, 2: 1, 3: 2 } }));
    expect(cost.total).toBe(30);
  });

  it('stays finite with huge values', () => {
    const cost = journeyCost(base({ channels: [{ id: 'store', costPerContact: 1e12 }], cells: [cell('attract', 'store', 3)], roleContacts: { 0: 0, 1: 0, 2: 0, 3: 1000 } }));
    expect(cost.total).toBe(1e15);
    expect(Number.isFinite(cost.total)).toBe(true);
  });
});

describe('expectedContacts: a customer type inherits from all customers until it sets its own', () => {
  const cells = [cell('attract', 'store', 3), cell('attract', 'web', 2), cell('attract', 'web', 0, vip), cell('transact', 'store', 1, { kind: 'customerType', id: 'other' })];
  const shared = { scenarioId: 's', customerTypeId: null, phaseId: 'transact', channelId: 'web', contacts: 4 };

  it('uses the type lens role where it sets one, else the all-customers role', () => {
    const map = expectedContacts(base({ cells, customerTypeId: 'vip' }));
    expect(map.get('attract|store')).toMatchObject({ contacts: 2, source: 'role', inherited: true });
    expect(map.get('attract|web')).toMatchObject({ contacts: 0, source: 'role', inherited: false });
    // Another type's cells do not count.
    expect(map.get('transact|store')).toMatchObject({ contacts: 0, source: 'none' });
  });

  it('prefers the type own number, then its own role, then the all-customers number, then the role', () => {
    const overrides = [shared, { ...shared, phaseId: 'attract', channelId: 'web', contacts: 9 }, { ...shared, customerTypeId: 'vip', phaseId: 'attract', channelId: 'store', contacts: 7 }];
    const map = expectedContacts(base({ cells, customerTypeId: 'vip', overrides }));
    expect(map.get('attract|store')).toMatchObject({ contacts: 7, source: 'override', inherited: false });
    // The type sets a role in this cell itself, so the all-customers number does not reach it.
    expect(map.get('attract|web')).toMatchObject({ contacts: 0, source: 'role' });
    expect(map.get('transact|web')).toMatchObject({ contacts: 4, source: 'override', inherited: true });
    const all = expectedContacts(base({ cells, customerTypeId: null, overrides }));
    expect(all.get('attract|web')).toMatchObject({ contacts: 9, source: 'override', inherited: false });
    expect(all.get('attract|store')).toMatchObject({ contacts: 2, source: 'role' });
  });

  it('counts a cell without a role as no contacts', () => {
    const map = expectedContacts(base({ cells: [cell('attract', 'store', null)] }));
    expect(map.get('attract|store')).toMatchObject({ contacts: 0, source: 'none' });
  });
});

describe('costOutcome', () => {
  it('says there are no contacts rather than a free journey', () => {
    expect(costOutcome(journeyCost(base()))).toEqual({ ok: false, why: { kind: 'noContacts' } });
  });

  it('says no channel with contacts is priced when none is, even if an unused one is', () => {
    const cost = journeyCost(base({ channels: [{ id: 'store', costPerContact: null }, { id: 'web', costPerContact: 4 }], cells: [cell('attract', 'store', 3)] }));
    expect(cost.total).toBe(0);
    expect(costOutcome(cost)).toEqual({ ok: false, why: { kind: 'noCosts' } });
  });

  it('gives the cost once one channel with contacts has a price, a zero price included', () => {
    const cost = journeyCost(base({ channels: [{ id: 'store', costPerContact: 0 }, { id: 'web', costPerContact: null }], cells: [cell('attract', 'store', 3), cell('attract', 'web', 2)] }));
    expect(costOutcome(cost)).toEqual({ ok: true, value: cost });
  });
});

