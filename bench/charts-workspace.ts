/**
 * Workspaces for the charts' benchmark and screenshots: the 60 x 12 x 40-lens
 * benchmark workspace, and a small realistic one (the default framework with
 * customer types and two filled scenarios).
 */
import { join } from 'node:path';
import type { Lens, Role } from '@shared/domain/types';
import { Workspace } from '../src/main/core/workspace';

const device = 'c4a7c4a7c4a7c4a7';

/** 60 channels x 12 phases, 40 lenses (all + 13 types, 13 typologies, 13 domains) x 3 scenarios, every cell set. */
export function buildChartsBenchWorkspace(path: string, dataDir: string): string {
  const ws = Workspace.create(path, 'en', 'empty', { dataDir: join(dataDir), deviceId: device });
  try {
    for (let i = 0; i < 12; i++) ws.catalog.create('phase', `Phase ${i + 1}`);
    for (let i = 0; i < 60; i++) {
      const channel = ws.catalog.create('channel', `Channel ${i + 1}`);
      if (i % 2 === 0) ws.catalog.update(channel.id, { kind: 'channel', online: true });
    }
    ws.catalog.create('scenario', 'Stretch');
    const lenses: Lens[] = [{ kind: 'all' }];
    for (let i = 0; lenses.length < 40; i++) {
      const kind = (['customerType', 'typology', 'productDomain'] as const)[i % 3]!;
      lenses.push({ kind, id: ws.catalog.create(kind, `Lens ${i + 1}`).id });
    }
    const c = ws.catalogRepo.catalog();
    c.typologies.forEach((t, i) =>
      ws.catalog.update(t.id, { kind: 'typology', searchBehaviour: i % 2 ? 'structured' : 'unstructured', certainty: i % 4 < 2 ? 'certain' : 'uncertain' }),
    );
    c.customerTypes.forEach((t, i) => ws.catalog.update(t.id, { kind: 'customerType', share: 5, typologyId: c.typologies[i % c.typologies.length]!.id }));
    ws.matrix.setViews(
      c.scenarios.flatMap((s, si) =>
        lenses.map((lens, li) => ({
          scenarioId: s.id,
          lens,
          cells: c.phases.flatMap((p, pi) => c.channels.map((ch, ci) => ({ phaseId: p.id, channelId: ch.id, role: ((pi + ci + si + li) % 4) as Role }))),
        })),
      ),
    );
    return ws.path;
  } finally {
    ws.close();
  }
}

/** Roles per phase (attract..relationship) for each default channel, as-is and to-be. */
const DEMO: Record<string, [string, string]> = {
  account_manager: ['001332', '002333'],
  store: ['123321', '112221'],
  call_centre: ['012231', '001121'],
  web: ['233122', '333232'],
  direct_mail: ['210001', '100001'],
  radio_tv: ['300000', '200000'],
  print: ['210000', '100000'],
  email: ['121022', '231123'],
  social_media: ['320002', '331003'],
  live_chat: ['001110', '022120'],
  mobile_app: ['010122', '121233'],
  marketplace: ['010200', '020300'],
  messaging: ['000010', '011122'],
};

/** The default framework with three customer types and filled As-is and To-be matrices. */
export function buildChartsDemoWorkspace(path: string, dataDir: string): string {
  const ws = Workspace.create(path, 'en', 'default', { dataDir: join(dataDir), deviceId: device });
  try {
    const c = ws.catalogRepo.catalog();
    const typology = (key: string) => c.typologies.find((t) => t.key === key)!.id;
    const channel = (key: string) => c.channels.find((x) => x.key === key)!.id;
    const types = [
      { name: 'Young urban professional', share: 35, typologyId: typology('impulsive'), refused: ['direct_mail'] },
      { name: 'Careful family', share: 45, typologyId: typology('well_founded'), refused: ['messaging'] },
      { name: 'Small business owner', share: 20, typologyId: typology('perpetual_seeker'), refused: ['radio_tv'] },
    ];
    for (const type of types) {
      const item = ws.catalog.create('customerType', type.name);
      ws.catalog.update(item.id, { kind: 'customerType', share: type.share, typologyId: type.typologyId });
      for (const key of type.refused) ws.catalog.setChannelPreference(item.id, channel(key), 'refused');
    }
    const phases = [...c.phases].sort((a, b) => (a.position < b.position ? -1 : 1));
    const scenarios = [c.scenarios.find((s) => s.key === 'as_is')!, c.scenarios.find((s) => s.key === 'to_be')!];
    ws.matrix.setViews(
      scenarios.map((scenario, si) => ({
        scenarioId: scenario.id,
        lens: { kind: 'all' as const },
        cells: Object.entries(DEMO).flatMap(([key, roles]) => phases.map((p, pi) => ({ phaseId: p.id, channelId: channel(key), role: Number(roles[si]![pi]) as Role }))),
      })),
    );
    // A lens that differs: careful families want the store and the account manager when they transact.
    const family = ws.catalogRepo.catalog().customerTypes.find((t) => t.name === 'Careful family')!;
    const transact = phases.find((p) => p.key === 'transact')!.id;
    ws.matrix.setCells({
      scenarioId: scenarios[0]!.id,
      lens: { kind: 'customerType', id: family.id },
      cells: [
        { phaseId: transact, channelId: channel('store'), role: 3 },
        { phaseId: transact, channelId: channel('web'), role: 1 },
      ],
    });
    return ws.path;
  } finally {
    ws.close();
  }
}
