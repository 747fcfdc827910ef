import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceInfo } from '@shared/domain/types';
import { AppError } from '@shared/errors';
import type { AppCore } from '../core';
import { callCore } from './call';
import { startHost, type HostHandle } from './server';

export interface ServeOptions {
  core: AppCore;
  port?: number;
  host?: string;
  /** Defaults to the built renderer next to the running bundle (see defaultRendererDir). */
  rendererDir?: string;
  /** A workspace to open before the first browser connects. */
  open?: string;
  token?: string;
}

export interface ServeHandle extends HostHandle {
  /** The workspace opened through `open`, else null. */
  workspace: WorkspaceInfo | null;
}

/**
 * Where the built renderer is, seen from the running module. Built, this code
 * lives in out/main/cli.js (or a chunk under out/main/chunks/), so the answer is
 * the `renderer` folder beside the nearest `out` ancestor; run from source
 * (tsx, tests) it is `<repo>/out/renderer`. Never `src/renderer`: that is the
 * unbuilt source.
 */
export function defaultRendererDir(moduleUrl: string = import.meta.url): string {
  const candidates: string[] = [];
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let depth = 0; depth < 6; depth++) {
    if (basename(dir) === 'out') candidates.push(join(dir, 'renderer'));
    candidates.push(join(dir, 'out', 'renderer'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return candidates.find((c) => existsSync(join(c, 'index.html'))) ?? candidates[0]!;
}

/**
 * The `channelwise serve` command's engine: open the workspace first (so a bad
 * file fails before anything listens), then start the browser host. Failures to
 * open come back as an AppError carrying the core's code, for the CLI to translate.
 * Closing the handle stops the server only; the caller owns the core.
 */
export async function serveWorkspace(options: ServeOptions): Promise<ServeHandle> {
  const { core } = options;
  let workspace: WorkspaceInfo | null = null;
  if (options.open !== undefined) {
    const opened = await callCore(core, 'workspace.open', { path: options.open });
    if (!opened.ok) throw new AppError(opened.error.code, opened.error.message, opened.error.params);
    workspace = opened.value;
  }
  try {
    const handle = await startHost({
      core,
      rendererDir: options.rendererDir ?? defaultRendererDir(),
      host: options.host,
      port: options.port,
      token: options.token,
    });
    return { ...handle, workspace };
  } catch (err) {
    if (workspace) await callCore(core, 'workspace.close', {});
    throw err;
  }
}
