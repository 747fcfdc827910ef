import { Workspace } from '../workspace';

/**
 * The child side of the crash-safety test: make `count` single edits through the
 * services, one journaled action each, and report each one only after it has
 * returned (so it must be durable). The parent kills this process at random.
 */
export function runCrashWorker(path: string, dataDir: string, count: number, write: (line: string) => void): void {
  const ws = Workspace.open(path, { dataDir, deviceId: 'c0ffeec0ffeec0ff' });
  const catalog = ws.catalogRepo.catalog();
  const scenario = catalog.scenarios[0]!;
  write('ready');
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      ws.catalog.create('channel', `Edit ${i}`);
    } else {
      const phase = catalog.phases[i % catalog.phases.length]!;
      const channel = catalog.channels[i % catalog.channels.length]!;
      ws.matrix.setCells({ scenarioId: scenario.id, lens: { kind: 'all' }, cells: [{ phaseId: phase.id, channelId: channel.id, role: 1, note: `edit ${i}` }] });
    }
    write(`ok ${i}`);
  }
  ws.close();
  write('done');
}
