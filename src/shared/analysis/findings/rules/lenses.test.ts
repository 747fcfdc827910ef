import { describe, expect, it } from 'vitest';
import { computeFindings } from '../index';
import { TestWorkspace, lensOf } from '../testWorkspace';

const find = (ws: TestWorkspace, rule: string, thresholds = {}) => computeFindings(ws.input(thresholds)).filter((f) => f.rule === rule);

/** Six default phases; Store (personal, dialogue, offline), Web (online), Print (one-way), Phone (a call centre). */
function retail(): TestWorkspace {
  const ws = new TestWorkspace()
    .defaultPhases()
    .channel('Store', { personal: true, dialogue: true })
    .channel('Web', { online: true })
    .channel('Print')
    .channel('Phone', { personal: true, dialogue: true, costGroup: 'telephone' });
  // Balanced all-customers matrix: every phase led, nothing dominant, nothing competing.
  ws.row('Attract', [1, 2, 3, 1]).row('Inform', [2, 3, 2, 1]).row('Advise', [3, 1, 0, 2]);
  ws.row('Transact', [3, 2, 0, 1]).row('Support', [1, 2, 0, 3]).row('Relationship', [2, 3, 1, 2]);
  return ws;
}

/** A customer type linked to a typology: what makes the typology rules speak about it. */
const linkTo = (ws: TestWorkspace, ...typologies: string[]): TestWorkspace => {
  for (const name of typologies) ws.customerType(`Buyer ${name}`, {}, { typologyId: `y:${name}` });
  return ws;
};

describe('the retail fixture', () => {
  it('has nothing to report for all customers', () => {
    expect(computeFindings(retail().input())).toEqual([]);
  });
});

describe('customer types', () => {
  it('flags the phases a type’s preferred channels do not serve, in its lens', () => {
    const ws = retail().customerType('Digital', { preferred: ['Web', 'Print'] });
    expect(find(ws, 'customerType.preferredMissing')).toEqual([]);
    const lens = lensOf('customerType', 'Digital');
    ws.set('Advise', 'Web', 0, { lens }).set('Support', 'Web', 0, { lens });
    const [f] = find(ws, 'customerType.preferredMissing');
    expect(f!.lens).toEqual(lens);
    expect(f!.message.params).toEqual({ customerType: 'Digital', channels: ['Web', 'Print'], phases: ['Advise', 'Support'], count: 2 });
    expect(f!.cells).toEqual([
      { phaseId: 'p:Advise', channelId: 'c:Web' },
      { phaseId: 'p:Advise', channelId: 'c:Print' },
      { phaseId: 'p:Support', channelId: 'c:Web' },
      { phaseId: 'p:Support', channelId: 'c:Print' },
    ]);
  });

  it('says nothing for a type without preferences, or whose preferred channels are hidden', () => {
    const ws = retail().customerType('Anyone').row('Advise', [3, 0, 0, 2]);
    expect(find(ws, 'customerType.preferredMissing')).toEqual([]);
    const hidden = retail().channel('Fax', { hidden: true }).customerType('Old', { preferred: ['Fax'] });
    expect(find(hidden, 'customerType.preferredMissing')).toEqual([]);
  });

  it('flags a refused channel that leads a phase for the type, naming where it is also important', () => {
    const ws = retail().customerType('Shy', { refused: ['Store', 'Print'] });
    const found = find(ws, 'customerType.refusedLeads');
    expect(found.map((f) => f.message)).toEqual([
      {
        key: 'customerType.refusedLeadsAndImportant',
        params: { customerType: 'Shy', channel: 'Store', phases: ['Advise', 'Transact'], count: 2, alsoImportant: ['Inform', 'Relationship'] },
      },
      { key: 'customerType.refusedLeadsAndImportant', params: { customerType: 'Shy', channel: 'Print', phases: ['Attract'], count: 1, alsoImportant: ['Inform'] } },
    ]);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.cells.map((c) => c.phaseId)).toEqual(['p:Inform', 'p:Advise', 'p:Transact', 'p:Relationship']);
    const lens = lensOf('customerType', 'Shy');
    ws.set('Attract', 'Print', 2, { lens }).set('Attract', 'Web', 3, { lens });
    expect(find(ws, 'customerType.refusedLeads').map((f) => f.message.params.channel)).toEqual(['Store']);
    // Print no longer leads anything for Shy, but is still important: one finding, not two.
    expect(find(ws, 'customerType.refusedImportant').map((f) => f.message.params)).toEqual([
      { customerType: 'Shy', channel: 'Print', phases: ['Attract', 'Inform'], count: 2 },
    ]);
  });

  it('flags a refused channel that is important (not leading) for the type, inherited from all customers', () => {
    // The bank case: the digital starter refuses direct mail, which is important in Attract for all customers.
    const ws = retail().row('Inform', [2, 3, 1, 1]).customerType('Digital starter', { refused: ['Print'] }).row('Attract', [1, 3, 2, 1]);
    const [f] = find(ws, 'customerType.refusedImportant');
    expect(f!.message).toEqual({ key: 'customerType.refusedImportant', params: { customerType: 'Digital starter', channel: 'Print', phases: ['Attract'], count: 1 } });
    expect(f!.severity).toBe('attention');
    expect(f!.lens).toEqual(lensOf('customerType', 'Digital starter'));
    expect(f!.id).toBe('customerType.refusedImportant|s:As-is|customerType:t:Digital starter|t:Digital starter|c:Print');
    expect(find(ws, 'customerType.refusedLeads')).toEqual([]);
    // Only supporting (in the type's own lens) is not flagged; neither is a channel the type does not refuse.
    ws.set('Attract', 'Print', 1, { lens: lensOf('customerType', 'Digital starter') });
    expect(computeFindings(ws.input()).filter((f) => f.family === 'customerTypes')).toEqual([]);
  });

  it('follows the carrying role for what counts as important', () => {
    const ws = retail().row('Inform', [2, 3, 1, 1]).customerType('Digital starter', { refused: ['Print'] }).row('Attract', [1, 3, 2, 1]);
    expect(find(ws, 'customerType.refusedImportant', { carryingRole: 3 })).toEqual([]);
    expect(find(ws, 'customerType.refusedImportant', { carryingRole: 1 })[0]!.message.params.phases).toEqual(['Attract', 'Inform', 'Relationship']);
  });
});

describe('typologies', () => {
  it('flags inform/advise resting on one-way channels for a high-intensity searcher', () => {
    const ws = retail().typology('Seeker', 'perpetual_seeker');
    expect(find(ws, 'typology.lowDialogue')).toEqual([]);
    const lens = lensOf('typology', 'Seeker');
    // Inform rests on Web (3) and Print (2): both one-way.
    ws.set('Inform', 'Store', 1, { lens });
    const [f] = find(ws, 'typology.lowDialogue');
    expect(f!.message.params).toEqual({ typology: 'Seeker', phases: ['Inform'], channels: ['Web', 'Print'], count: 1 });
    // A supporting dialogue channel does not change what the phase rests on; an important one does.
    ws.set('Inform', 'Phone', 1, { lens });
    expect(find(ws, 'typology.lowDialogue')).toHaveLength(1);
    ws.set('Inform', 'Phone', 2, { lens });
    expect(find(ws, 'typology.lowDialogue')).toEqual([]);
  });

  it('leaves low-intensity typologies alone, and finds renamed phases by key', () => {
    const ws = linkTo(retail().typology('Impulse', 'impulsive').row('Inform', [0, 3, 2, 0]), 'Impulse');
    expect(find(ws, 'typology.lowDialogue')).toEqual([]);
    const renamed = linkTo(retail().typology('Thorough', 'well_founded'), 'Thorough');
    renamed.catalog.phases.find((p) => p.key === 'inform')!.name = 'Orientation';
    renamed.row('Inform', [0, 3, 2, 0]);
    expect(find(renamed, 'typology.lowDialogue')[0]!.message.params.phases).toEqual(['Orientation']);
  });

  it('flags an impulsive or unfounded decider whose transact phase has no fast path', () => {
    const ws = linkTo(retail().typology('Impulse', 'impulsive').typology('Sure', 'unfounded').typology('Careful', 'well_founded'), 'Impulse', 'Sure', 'Careful');
    expect(find(ws, 'typology.noFastPath')).toEqual([]);
    // Store only supporting, no online channel: no fast path, for both quick deciders.
    ws.row('Transact', [1, 0, 0, 1]);
    const found = find(ws, 'typology.noFastPath');
    expect(found.map((f) => f.message.params.typology)).toEqual(['Impulse', 'Sure']);
    expect(found[0]!.message).toEqual({ key: 'typology.noFastPath', params: { typology: 'Impulse', phase: 'Transact', channels: ['Store', 'Phone'] } });
    // An important personal channel is a fast path; with the threshold at lead it is not.
    ws.set('Transact', 'Phone', 2);
    expect(find(ws, 'typology.noFastPath')).toEqual([]);
    expect(find(ws, 'typology.noFastPath', { fastPathPersonalRole: 3 })).toHaveLength(2);
    // Any role on an online channel is one.
    ws.set('Transact', 'Web', 1);
    expect(find(ws, 'typology.noFastPath', { fastPathPersonalRole: 3 })).toEqual([]);
  });

  it('words an empty transact phase differently and points at the whole row', () => {
    const ws = linkTo(retail().typology('Impulse', 'impulsive').row('Transact', [0, 0, 0, 0]), 'Impulse');
    const [f] = find(ws, 'typology.noFastPath');
    expect(f!.message.key).toBe('typology.noFastPathEmpty');
    expect(f!.cells).toHaveLength(4);
  });

  it('treats a keyless unstructured, low-intensity typology as a quick decider', () => {
    const ws = linkTo(
      retail()
        .typology('Browser', null, { searchBehaviour: 'unstructured', searchIntensity: 'low' })
        .typology('Planner', null, { searchBehaviour: 'structured', searchIntensity: 'low' })
        .row('Transact', [1, 0, 0, 0]),
      'Browser',
      'Planner',
    );
    expect(find(ws, 'typology.noFastPath').map((f) => f.message.params.typology)).toEqual(['Browser']);
  });

  it('says nothing about a typology no customer type is linked to and that has no cells of its own', () => {
    // Transact with no fast path would concern an impulsive buyer, but nobody here is one.
    const ws = retail().typology('Impulse', 'impulsive').typology('Seeker', 'perpetual_seeker').row('Transact', [1, 0, 0, 1]).row('Inform', [0, 3, 2, 0]);
    expect(computeFindings(ws.input()).filter((f) => f.family === 'typologies')).toEqual([]);
    // A hidden customer type does not make its typology relevant either.
    ws.customerType('Gone', {}, { typologyId: 'y:Impulse', hidden: true });
    expect(find(ws, 'typology.noFastPath')).toEqual([]);
    // Linking a (visible) customer type does.
    ws.customerType('Spontaneous', {}, { typologyId: 'y:Impulse' });
    expect(find(ws, 'typology.noFastPath').map((f) => f.message.params.typology)).toEqual(['Impulse']);
    // So do cells of its own, without any link.
    ws.set('Attract', 'Web', 3, { lens: lensOf('typology', 'Seeker') });
    expect(find(ws, 'typology.lowDialogue').map((f) => f.message.params.typology)).toEqual(['Seeker']);
  });
});

describe('product domains', () => {
  it('gives a bank whose main domain is services no findings about the see/feel products it only lists', () => {
    // Advise and transact rest on Web and Phone: no sensory contact, but the bank sells services.
    const bank = retail().row('Advise', [0, 1, 0, 3]).row('Transact', [0, 3, 0, 2]);
    bank.domain('Accounts', 'service', { isMain: true }).domain('Gadgets', 'sensory').domain('Brochures', 'catalogue');
    const found = computeFindings(bank.input()).filter((f) => f.family === 'domains');
    expect(found.map((f) => f.message.params.domain)).toEqual([]);
    // Once the bank uses the sensory domain (a journey in its lens), it is checked.
    const journey = { id: 'j', name: 'Buy a gadget', description: '', scenarioId: 's:As-is', customerTypeId: null, typologyId: null, productDomainId: 'd:Gadgets', position: 'a0', stepCount: 0 };
    const used = computeFindings({ ...bank.input(), journeys: [{ journey, steps: [] }] }).filter((f) => f.family === 'domains');
    expect(used.map((f) => [f.message.key, f.message.params.domain, f.message.params.phase])).toEqual([
      ['domain.needs.sensory', 'Gadgets', 'Advise'],
      ['domain.needs.sensory', 'Gadgets', 'Transact'],
    ]);
  });

  it('checks a domain the user marked as in use, and not one that is only listed', () => {
    // Advise and transact rest on Web and Phone; Gadgets has no cells or journeys of its own.
    const bank = retail().row('Advise', [0, 1, 0, 3]).row('Transact', [0, 3, 0, 2]);
    bank.domain('Accounts', 'service', { isMain: true }).domain('Gadgets', 'sensory', { inUse: true }).domain('Brochures', 'sensory');
    const found = computeFindings(bank.input()).filter((f) => f.family === 'domains');
    expect(found.map((f) => [f.message.key, f.message.params.domain, f.message.params.phase])).toEqual([
      ['domain.needs.sensory', 'Gadgets', 'Advise'],
      ['domain.needs.sensory', 'Gadgets', 'Transact'],
    ]);
  });

  it('gives a bike retailer whose main domain is see/feel no catalogue or service findings', () => {
    // Advise on the Store (sensory, dialogue); transact on the Web only.
    const bikes = retail().row('Advise', [3, 1, 0, 0]).row('Transact', [0, 3, 0, 0]);
    bikes.domain('Bikes', 'sensory', { isMain: true }).domain('Parts', 'catalogue').domain('Repairs', 'service');
    const found = computeFindings(bikes.input()).filter((f) => f.family === 'domains');
    expect(found.map((f) => [f.message.key, f.message.params.domain, f.message.params.phase])).toEqual([['domain.needs.sensory', 'Bikes', 'Transact']]);
  });

  it('flags see/feel products whose advise or transact rests on channels without sensory contact', () => {
    const ws = retail().domain('Furniture', 'sensory');
    expect(find(ws, 'domain.cannotCarry')).toEqual([]);
    const lens = lensOf('productDomain', 'Furniture');
    ws.row('Transact', [1, 3, 0, 2], { lens });
    const [f] = find(ws, 'domain.cannotCarry');
    expect(f!.message).toEqual({ key: 'domain.needs.sensory', params: { domain: 'Furniture', phase: 'Transact', channels: ['Web', 'Phone'] } });
    expect(f!.cells.map((c) => c.channelId)).toEqual(['c:Web', 'c:Phone']);
    ws.set('Transact', 'Store', 2, { lens });
    expect(find(ws, 'domain.cannotCarry')).toEqual([]);
  });

  it('needs dialogue for advising services and catalogue products', () => {
    const ws = retail().domain('Insurance', 'service', { isMain: true }).domain('Books', 'catalogue').domain('Sofas', 'sensory');
    ws.row('Advise', [0, 3, 2, 0]);
    // Books is used (a cell of its own); Sofas is only listed, so it is not checked.
    ws.set('Attract', 'Web', 3, { lens: lensOf('productDomain', 'Books') });
    expect(find(ws, 'domain.cannotCarry').map((f) => [f.message.key, f.message.params.domain])).toEqual([
      ['domain.needs.advice', 'Insurance'],
      ['domain.needs.advice', 'Books'],
    ]);
  });

  it('lets a catalogue product be bought online, but not only through print', () => {
    const ws = retail().domain('Books', 'catalogue', { isMain: true }).row('Transact', [0, 3, 0, 0]);
    expect(find(ws, 'domain.cannotCarry')).toEqual([]);
    ws.row('Transact', [0, 0, 3, 0]);
    expect(find(ws, 'domain.cannotCarry').map((f) => f.message.key)).toEqual(['domain.needs.order']);
    // A service is agreed in conversation: online alone does not carry its transact phase.
    const service = retail().domain('Insurance', 'service', { isMain: true }).row('Transact', [0, 3, 0, 0]);
    expect(find(service, 'domain.cannotCarry').map((f) => f.message.key)).toEqual(['domain.needs.advice']);
  });

  it('says nothing for a domain without a type, or a phase nothing serves', () => {
    const ws = retail().domain('Misc', null, { isMain: true }).row('Transact', [0, 0, 3, 0]);
    expect(find(ws, 'domain.cannotCarry')).toEqual([]);
    const empty = retail().domain('Furniture', 'sensory', { isMain: true }).row('Advise', [0, 0, 0, 0]);
    expect(find(empty, 'domain.cannotCarry')).toEqual([]);
  });
});
