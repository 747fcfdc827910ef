import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SyncChange } from '@shared/sync/change';
import { formatHlc } from '@shared/sync/hlc';

/**
 * A shared folder as cloud clients really deliver it, for tests. Each laptop
 * has its own local copy of the folder (as with OneDrive, Dropbox or
 * Syncthing); a relay carries files from one copy to another the way a cloud
 * client can: late, out of order, half-written first under the final name,
 * as zero-byte placeholders, as "conflicted copies", and deleting them again.
 */
export class CloudRelay {
  private readonly delivered = new Set<string>();

  constructor(
    private readonly from: string,
    private readonly to: string,
  ) {}

  /** Files (relative paths, '/' separators) under the source's devices/ that the target does not have yet, in name order. */
  pending(): string[] {
    return listFiles(this.from, 'devices').filter((rel) => !rel.split('/').pop()!.startsWith('.') && !this.delivered.has(rel));
  }

  /** Deliver one file: whole, only its first half (under the final name, as a client writing in place does), or as a zero-byte placeholder. */
  deliver(rel: string, how: 'whole' | 'half' | 'zero' = 'whole'): void {
    const bytes = readFileSync(join(this.from, rel));
    const target = join(this.to, rel);
    mkdirSync(dirname(target), { recursive: true });
    if (how === 'whole') {
      writeFileSync(target, bytes);
      this.delivered.add(rel);
    } else {
      writeFileSync(target, how === 'zero' ? Buffer.alloc(0) : bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    }
  }

  /** The cloud client deletes a file at the target (a sync glitch, a teammate cleaning up); it counts as not delivered, so it may come again. */
  remove(rel: string): void {
    rmSync(join(this.to, rel), { force: true });
    this.delivered.delete(rel);
  }

  /** Deliver everything pending, in the order given. */
  deliverAll(order: 'forward' | 'reverse' = 'forward'): string[] {
    const files = this.pending();
    if (order === 'reverse') files.reverse();
    for (const rel of files) this.deliver(rel);
    return files;
  }

  /** Put a cloud client's copy of a source file beside it in the target, under the name that client would give it. Returns the copy's path. */
  conflictCopy(rel: string, style: CopyStyle, bytes?: Uint8Array): string {
    const copyRel = join(dirname(rel), copyName(rel.split('/').pop()!, style));
    const target = join(this.to, copyRel);
    mkdirSync(dirname(target), { recursive: true });
    if (bytes) writeFileSync(target, bytes);
    else copyFileSync(join(this.from, rel), target);
    return copyRel;
  }
}

export const COPY_STYLES = ['dropbox', 'dropbox-whole-ext', 'numbered', 'onedrive', 'onedrive-whole-ext', 'syncthing', 'syncthing-whole-ext', 'nextcloud'] as const;
export type CopyStyle = (typeof COPY_STYLES)[number];

/** The name a cloud client gives its copy of `name` (`X.ops.gz`): most insert before the last extension (`.gz`), some before `.ops.gz`. */
export function copyName(name: string, style: CopyStyle): string {
  const base = name.slice(0, -'.ops.gz'.length);
  switch (style) {
    case 'dropbox':
      return `${base}.ops (Anna's conflicted copy 2026-12-02).gz`;
    case 'dropbox-whole-ext':
      return `${base} (Anna's conflicted copy 2026-12-02).ops.gz`;
    case 'numbered':
      return `${base} (1).ops.gz`;
    case 'onedrive':
      return `${base}.ops-DESKTOP-ABC.gz`;
    case 'onedrive-whole-ext':
      return `${base}-DESKTOP-ABC.ops.gz`;
    case 'syncthing':
      return `${base}.ops.sync-conflict-20261202-101010-ABCDEFG.gz`;
    case 'syncthing-whole-ext':
      return `${base}.sync-conflict-20261202-101010-ABCDEFG.ops.gz`;
    case 'nextcloud':
      return `${base} (conflicted copy 2026-12-02 101010).ops.gz`;
  }
}

/** Every file under `root/sub`, as paths relative to `root` with '/' separators, sorted. */
export function listFiles(root: string, sub: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(root, rel));
    } catch {
      return;
    }
    for (const name of names) {
      const child = `${rel}/${name}`;
      if (statSync(join(root, child)).isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(sub);
  return out.sort();
}

/**
 * `count` valid changes made on `device`, one op each, with clocks from
 * `startMillis` on (one per millisecond) and ids that say who made which.
 */
export function makeChanges(device: string, count: number, startMillis = Date.UTC(2026, 11, 2, 10), firstIndex = 0): SyncChange[] {
  const changes: SyncChange[] = [];
  for (let i = firstIndex; i < firstIndex + count; i++) {
    changes.push({
      v: 1,
      id: `${device}-${String(i).padStart(6, '0')}`,
      hlc: formatHlc({ millis: startMillis + i, counter: 0 }, device),
      device,
      kind: 'edit',
      label: { key: 'history.setCell', params: { n: i } },
      ops: [{ tbl: 'matrix_cells', row: `cell-${device}-${i}`, col: 'role', value: i % 4 }],
    });
  }
  return changes;
}
