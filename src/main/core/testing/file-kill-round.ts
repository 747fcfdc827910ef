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
function fixtures(dir: string): { source: string; doc: string; dataDir: string } {
  const source = join(dir, 'source.channelwise');
  const doc = join(dir, 'source.json');
  const dataDir = join(dir, 'data');
  if (!existsSync(source)) {
    const ws = Workspace.create(source, 'en', 'default', { ...OPTIONS, dataDir });
    writeFileSync(doc, serializeJson(exportJson(ws)));
    ws.close();
  }
  return { source, doc, dataDir };
}

/**
 * One round: run a CLI command that writes a file in a child process and
 * SIGKILL it after a random delay. The final name must then hold the old file,
 * a complete new one or (when there was none) nothing; and the source
 * workspace's bytes must not have changed.
 */
export async function fileKillRound(dir: string, round: number, kind: KillKind, maxDelayMs: number): Promise<KillRoundResult> {
  const { source, doc, dataDir } = fixtures(dir);
  const before = sha(source);
  const ext = kind.startsWith('export-') ? kind.slice('export-'.length) : 'channelwise';
  const target = join(dir, `out-${round}-${kind}.${ext}`);
  const hadOld = kind.startsWith('export-') && round % 2 === 0;
  if (hadOld) writeFileSync(target, OLD_BYTES);
  const args =
    kind === 'new' ? ['new', target] : kind === 'import' ? ['import', target, '--from', doc] : ['export', source, '--format', ext, '--out', target];

  await runAndKill(args, dataDir, Math.random() * maxDelayMs);

  if (sha(source) !== before) return { outcome: 'partial', problem: 'the source workspace changed' };
  if (!existsSync(target)) return hadOld ? { outcome: 'none', problem: 'the old file is gone' } : { outcome: 'none', problem: null };
  const bytes = readFileSync(target);
  if (hadOld && bytes.equals(OLD_BYTES)) return { outcome: 'old', problem: null };
  const problem = completeProblem(kind, target, bytes, dataDir);
  return { outcome: problem ? 'partial' : 'new', problem };
}

function runAndKill(args: string[], dataDir: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, CHANNELWISE_HOME: dataDir, LANG: 'en_US.UTF-8' },
  });
  return new Promise<void>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (timer === undefined && chunk.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
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
    const ws = Workspace.open(path, { ...OPTIONS, dataDir, readOnly: true });
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
