/**
 * What the core benches on a 12-phase x 60-channel framework share: a fresh
 * empty workspace in a throwaway folder with that framework, and the timing
 * helpers they report medians with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workspace } from '../src/main/core/workspace';

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const time = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/** Runs `fn` on a new workspace `<name>.channelwise` with 12 phases and 60 channels, then closes and removes it. */
export function withFrameworkWorkspace<T>(name: string, fn: (ws: Workspace) => T): T {
  const dir = mkdtempSync(join(tmpdir(), `cw-bench-${name}-`));
  const ws = Workspace.create(join(dir, `${name}.channelwise`), 'en', 'empty', { dataDir: join(dir, 'data'), deviceId: 'beefbeefbeefbeef' });
  try {
    for (let i = 0; i < 12; i++) ws.catalog.create('phase', `Phase ${i + 1}`);
    for (let i = 0; i < 60; i++) ws.catalog.create('channel', `Channel ${i + 1}`);
    return fn(ws);
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
