import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { DEFAULT_ROLE_CONTACTS } from '@shared/analysis/economics/rules';
import { exportJson, importJsonToNew, serializeJson } from '../interchange/json';
import { useTempDir } from '../testing/temp';

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  throw new Error('expected a failure');
};

describe('economics service', () => {
  const tmp = useTempDir();

  const setup = () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const type = ws.catalog.create('customerType', 'Saver');
    return { ws, c, type, scenarioId: c.scenarios[0]!.id };
  };

  it('starts with the default role mapping, no numbers and blank inputs per customer type', () => {
    const { ws, type, scenarioId } = setup();
    expect(ws.economics.get(scenarioId)).toEqual({
      roleContacts: DEFAULT_ROLE_CONTACTS,
      defaultRoles: [0, 1, 2, 3],
      overrides: [],
      customerTypes: [expect.objectContaining({ customerTypeId: type.id, transactions: null, npsMode: 'counts' })],
    });
    expect(code(() => ws.economics.get('nope'))).toBe('NOT_FOUND');
  });

  it('stores the role mapping and explicit contacts as undoable steps, and clears them with null', () => {
    const { ws, c, type, scenarioId } = setup();
    expect(ws.economics.setRoleContacts(3, 4)).toEqual({ ...DEFAULT_ROLE_CONTACTS, 3: 4 });
    const cellOf = { scenarioId, phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id };
    ws.economics.setContacts({ ...cellOf, customerTypeId: type.id, contacts: 1.5 });
    ws.economics.setContacts({ ...cellOf, customerTypeId: null, contacts: 3 });
    const data = ws.economics.get(scenarioId);
    expect(data.defaultRoles).toEqual([0, 1, 2]);
    expect(data.overrides).toHaveLength(2);
    expect(data.overrides.find((o) => o.customerTypeId === type.id)?.contacts).toBe(1.5);
    // The same cell set twice is one row (its id derives from the key).
    ws.economics.setContacts({ ...cellOf, customerTypeId: null, contacts: 5 });
    expect(ws.economics.get(scenarioId).overrides.find((o) => o.customerTypeId === null)?.contacts).toBe(5);
    expect(ws.db.prepare('SELECT count(*) FROM economics_contacts').pluck().get()).toBe(2);
    ws.history.undo();
    expect(ws.economics.get(scenarioId).overrides.find((o) => o.customerTypeId === null)?.contacts).toBe(3);
    ws.economics.setContacts({ ...cellOf, customerTypeId: null, contacts: null });
    expect(ws.economics.get(scenarioId).overrides).toHaveLength(1);
    ws.economics.setRoleContacts(3, null);
    expect(ws.economics.get(scenarioId).roleContacts).toEqual(DEFAULT_ROLE_CONTACTS);
    expect(code(() => ws.economics.setContacts({ ...cellOf, phaseId: 'nope', customerTypeId: null, contacts: 1 }))).toBe('NOT_FOUND');
    expect(ws.history.list(1)[0]?.label.key).toBe('history.economicsRoleContacts');
  });

  it('updates customer-type inputs, keeps the rest, and hides a deleted type', () => {
    const { ws, type, scenarioId } = setup();
    ws.economics.updateCustomerType({ customerTypeId: type.id, patch: { transactions: 10, purchasesPerTransaction: 2 } });
    const after = ws.economics.updateCustomerType({ customerTypeId: type.id, patch: { price: 25, transactions: undefined } });
    expect(after).toMatchObject({ transactions: 10, purchasesPerTransaction: 2, price: 25, acquisitionCost: null });
    expect(ws.history.list(1)[0]?.label).toEqual({ key: 'history.economicsInputs', params: { name: 'Saver' } });
    ws.history.undo();
    expect(ws.economics.get(scenarioId).customerTypes[0]?.price).toBeNull();
    ws.catalog.delete('customerType', type.id);
    expect(ws.economics.get(scenarioId).customerTypes).toEqual([]);
    expect(code(() => ws.economics.updateCustomerType({ customerTypeId: type.id, patch: { price: 1 } }))).toBe('NOT_FOUND');
  });

  it('checks NPS numbers against their mode and converts them when the mode changes', () => {
    const { ws, type } = setup();
    const update = (patch: Parameters<typeof ws.economics.updateCustomerType>[0]['patch']) => ws.economics.updateCustomerType({ customerTypeId: type.id, patch });
    expect(code(() => update({ promoters: 2.5 }))).toBe('ECONOMICS_NOT_WHOLE');
    update({ promoters: 30, passives: 10, detractors: 10 });
    expect(update({ npsMode: 'percent' })).toMatchObject({ npsMode: 'percent', promoters: 60, passives: 20, detractors: 20 });
    const before = ws.history.list(100).length;
    expect(code(() => update({ promoters: 70 }))).toBe('ECONOMICS_PERCENT_SUM');
    expect(ws.history.list(100).length).toBe(before);
    expect(update({ promoters: 50.5, passives: 29.5 })).toMatchObject({ promoters: 50.5 });
    expect(update({ npsMode: 'counts' })).toMatchObject({ promoters: 51, passives: 30, detractors: 20 });
  });

  it('travels through snapshots and the JSON interchange unchanged', () => {
    const { ws, c, type, scenarioId } = setup();
    ws.economics.setRoleContacts(1, 0.25);
    ws.economics.setContacts({ scenarioId, customerTypeId: null, phaseId: c.phases[1]!.id, channelId: c.channels[2]!.id, contacts: 2 });
    ws.economics.updateCustomerType({ customerTypeId: type.id, patch: { yearlyMargin: -12.5, retention: 80, discountRate: 8, horizonYears: 10, npsMode: 'percent', promoters: 40 } });
    const snapshot = ws.snapshots.create('before');
    ws.economics.updateCustomerType({ customerTypeId: type.id, patch: { retention: 20 } });
    ws.snapshots.restore(snapshot.id);
    expect(ws.economics.get(scenarioId).customerTypes[0]?.retention).toBe(80);

    const first = serializeJson(exportJson(ws));
    expect(first).toContain('"economics_customer_types"');
    const copy = importJsonToNew(join(tmp.dir(), 'copy.channelwise'), JSON.parse(first), { dataDir: join(tmp.dir(), 'data'), deviceId: 'fedcba9876543210' });
    try {
      expect(serializeJson(exportJson(copy))).toBe(first);
      expect(copy.economics.get(scenarioId)).toEqual(ws.economics.get(scenarioId));
    } finally {
      copy.close();
    }
  });
});
