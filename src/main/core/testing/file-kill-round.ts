import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportJson, serializeJson } from '../interchange/json';
import { Workspace } from '../workspace';

export type KillKind = 'export-json' | 'export-csv' | 'export-xlsx' | 'export-pptx' | 'new' | 'import';
export const KILL_KINDS: readonly KillKind[] = ['export-json', 'export-csv', 'export-xlsx', 'export-pptx', 'new', 'import'];

export interface KillRoundResult {
  /** What the final name held after the kill. */
  outcome: 'old' | 'new' | 'none' | 'partial';
  problem: string | null;
}

const CHILD = join(import.meta.dirname, '../../../../scripts/cli-child.mjs');
const OLD_BYTES = Buffer.from('the previous deliverable\n');
const OPTIONS = { deviceId: 'c0ffeec0ffeec0ff' };

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The source workspace and JSON document every round in `dir` works from. */
function fixtures(dir: string, big: boolean): { source: string; doc: string; dataDir: string } {
  const source = join(dir, 'source.channelwise');
  const doc = join(dir, 'source.json');
  const dataDir = join(dir, 'data');
  if (!existsSync(source)) {
    const ws = Workspace.create(source, 'en', 'default', { ...OPTIONS, dataDir });
    if (big) fillBig(ws);
    writeFileSync(doc, serializeJson(exportJson(ws)));
    ws.close();
  }
  return { source, doc, dataDir };
}

/** Many channels and a filled matrix with notes: exports and imports that take long enough to be killed halfway. */
function fillBig(ws: Workspace): void {
  for (let i = 0; i < 120; i++) ws.catalog.create('channel', `Channel ${i}`);
  const catalog = ws.catalogRepo.catalog();
  for (const scenario of catalog.scenarios) {
    const cells = catalog.phases.flatMap((phase) =>
      catalog.channels.map((channel, i) => ({ phaseId: phase.id, channelId: channel.id, role: (i % 4) as 0 | 1 | 2 | 3, note: `note ${i} `.repeat(20) })),
    );
    ws.matrix.setCells({ scenarioId: scenario.id, lens: { kind: 'all' }, cells });
  }
}

/**
 * One round: run a CLI command that writes a file in a child process and
 * SIGKILL it after a random delay. The final name must then hold the old file,
 * a complete new one or (when there was none) nothing; and the source
 * workspace's bytes must not have changed.
 */
export async function fileKillRound(dir: string, round: number, kind: KillKind, maxDelayMs: number, big = false): Promise<KillRoundResult> {
  const { source, doc, dataDir } = fixtures(dir, big);
  const before = sha(source);
  const ext = kind.startsWith('export-') ? kind.slice('export-'.length) : 'channelwise';
  const target = join(dir, `out-${round}-${kind}.${ext}`);
  const hadOld = kind.startsWith('export-') && round % 2 === 0;
  if (hadOld) writeFileSync(target, OLD_BYTES);

  await runAndKill(commandArgs(kind, target, source, doc), dataDir, Math.random() * maxDelayMs);

  if (sha(source) !== before) return { outcome: 'partial', problem: 'the source workspace changed' };
  if (!existsSync(target)) return hadOld ? { outcome: 'none', problem: 'the old file is gone' } : { outcome: 'none', problem: null };
  const bytes = readFileSync(target);
  if (hadOld && bytes.equals(OLD_BYTES)) return { outcome: 'old', problem: null };
  const problem = completeProblem(kind, target, bytes, dataDir);
  return { outcome: problem ? 'partial' : 'new', problem };
}

function commandArgs(kind: KillKind, target: string, source: string, doc: string): string[] {
  if (kind === 'new') return ['new', target];
  if (kind === 'import') return ['import', target, '--from', doc];
  return ['export', source, '--format', kind.slice('export-'.length), '--out', target];
}

/** How long the command takes from "ready" to its end when nobody kills it: the range to kill in. */
export async function timeCommand(dir: string, kind: KillKind, big = false): Promise<number> {
  const { source, doc, dataDir } = fixtures(dir, big);
  const ext = kind.startsWith('export-') ? kind.slice('export-'.length) : 'channelwise';
  const target = join(dir, `timed-${kind}.${ext}`);
  return runAndKill(commandArgs(kind, target, source, doc), dataDir, Number.POSITIVE_INFINITY);
}

/** Resolves with the milliseconds from "ready" to the end. */
function runAndKill(args: string[], dataDir: string, delayMs: number): Promise<number> {
  const child = spawn(process.execPath, [CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, CHANNELWISE_HOME: dataDir, LANG: 'en_US.UTF-8' },
  });
  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let readyAt = 0;
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(readyAt === 0 ? 0 : performance.now() - readyAt);
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (readyAt !== 0 || !chunk.includes('ready')) return;
      readyAt = performance.now();
      if (Number.isFinite(delayMs)) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
  });
}

/** Null when the file under the final name is a complete one of its kind. */
function completeProblem(kind: KillKind, path: string, bytes: Buffer, dataDir: string): string | null {
  try {
    if (kind === 'export-json') {
      const parsed = JSON.parse(bytes.toString('utf8')) as { format?: unknown };
      return parsed.format === 'channelwise-workspace' ? null : 'not an export';
    }
    if (kind === 'export-csv') return bytes.toString('utf8').endsWith('\n') || bytes.length > 0 ? null : 'empty csv';
    if (kind === 'export-xlsx' || kind === 'export-pptx') {
      return '[Content_Types].xml' in unzipSync(new Uint8Array(bytes)) ? null : 'a zip without content types';
    }
    // Opened as the app opens it: a kill right after the rename leaves a session to recover, which only a writer may do.
    const ws = Workspace.open(path, { ...OPTIONS, dataDir });
    try {
      const counts = ws.counts();
      if (counts.phases === 0 || counts.channels === 0 || counts.scenarios === 0) return 'a workspace without content';
      if (ws.meta('content_language') === undefined) return 'a workspace without a content language';
      const problems = ws.check();
      return problems.length === 0 ? null : problems.join('; ');
    } finally {
      ws.close();
    }
  } catch (err) {
    return `unreadable: ${(err as Error).message}`;
  }
}
