import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Workspace } from '../workspace';

export interface CrashRoundResult {
  reported: number;
  missing: string[];
  integrity: string;
}

const CHILD = join(import.meta.dirname, '../../../../scripts/crash-child.mjs');

/**
 * One round: a child makes up to `edits` edits to a fresh workspace and is
 * SIGKILLed after a random delay; then every edit it reported must be in the
 * file, and integrity_check must say ok.
 */
export async function crashRound(dir: string, round: number, edits = 1500, maxDelayMs = 1500): Promise<CrashRoundResult> {
  const path = join(dir, `crash-${round}.channelwise`);
  const dataDir = join(dir, 'data');
  Workspace.create(path, 'en', 'default', { dataDir, deviceId: 'c0ffeec0ffeec0ff' }).close();

  const child = spawn(process.execPath, [CHILD, path, dataDir, String(edits)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const reported: number[] = [];
  let buffer = '';
  let readyAt = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') readyAt = Date.now();
      const match = /^ok (\d+)$/.exec(line);
      if (match) reported.push(Number(match[1]));
    }
  });
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (readyAt > 0 || child.exitCode !== null) {
        clearInterval(poll);
        resolve();
      }
    }, 5);
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * maxDelayMs));
  child.kill('SIGKILL');
  await exited;

  const ws = Workspace.open(path, { dataDir, deviceId: 'feedfeedfeedfeed' });
  const missing: string[] = [];
  try {
    const catalog = ws.catalogRepo.catalog();
    const channels = new Set(catalog.channels.map((c) => c.name));
    const [scenario] = catalog.scenarios;
    // The worker edits cell (phases[i % 6], channels[i % 13]) of the default framework.
    const defaults = catalog.channels.filter((c) => c.key !== null);
    const noteOf = new Map(
      ws.matrix.get(scenario!.id, { kind: 'all' }).map((c) => [`${c.phaseId}/${c.channelId}`, Number(c.note.replace('edit ', ''))]),
    );
    for (const i of reported) {
      if (i % 2 === 0) {
        if (!channels.has(`Edit ${i}`)) missing.push(`channel Edit ${i}`);
        continue;
      }
      const key = `${catalog.phases[i % catalog.phases.length]!.id}/${defaults[i % defaults.length]!.id}`;
      // Notes only grow per cell, so the stored one is this edit or a later one.
      if (!((noteOf.get(key) ?? -1) >= i)) missing.push(`cell edit ${i}`);
    }
  } finally {
    ws.close();
  }
  const db = new Database(path, { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  db.close();
  return { reported: reported.length, missing, integrity };
}
