import { join } from 'node:path';
import { Workspace } from '../src/main/core/workspace';

/** The matrix of the render benchmark: 12 phases x 60 channels, every cell of "all customers" set. */
export function buildRenderWorkspace(path: string, dataDir: string): string {
  const ws = Workspace.create(path, 'en', 'empty', { dataDir: join(dataDir), deviceId: 'beefbeefbeefbeef' });
  try {
    for (let i = 0; i < 12; i++) ws.catalog.create('phase', `Phase ${i + 1}`);
    for (let i = 0; i < 60; i++) ws.catalog.create('channel', `Channel ${i + 1}`);
    const c = ws.catalogRepo.catalog();
    ws.matrix.setCells({
      scenarioId: c.scenarios[0]!.id,
      lens: { kind: 'all' },
      cells: c.phases.flatMap((p, i) => c.channels.map((ch, j) => ({ phaseId: p.id, channelId: ch.id, role: ((i + j) % 4) as 0 | 1 | 2 | 3 }))),
    });
    return ws.path;
  } finally {
    ws.close();
  }
}
