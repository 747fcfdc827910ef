import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodResult } from '@shared/api';
import { cellItemId, type VoteItem } from '@shared/domain/workshop';
import type { Catalog } from '@shared/domain/types';
import { createAppCore, type AppCore } from '../../core';
import { callCore } from '../call';
import { createShareLauncher, type ShareOptions } from './share-server';

/**
 * A real core with a real share listener on 127.0.0.1 and a tiny stand-in
 * build (a participant page, the chunk it imports, and the facilitator's
 * bundle that must stay out of reach), for tests of the share over HTTP.
 */
export interface ShareHarness {
  core: AppCore;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  catalog: Catalog;
  cells(count: number): VoteItem[];
  close(): Promise<void>;
}

export async function startShareHarness(options: Partial<ShareOptions> = {}): Promise<ShareHarness> {
  const root = await mkdtemp(join(tmpdir(), 'cw-share-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'participant.html'),
    '<!doctype html><script type="module" src="./assets/participant-a1.js"></script><link rel="stylesheet" href="./assets/participant-b2.css">',
  );
  await writeFile(join(rendererDir, 'assets', 'participant-a1.js'), 'import "./shared-c3.js";');
  await writeFile(join(rendererDir, 'assets', 'shared-c3.js'), 'export const x = 1;');
  await writeFile(join(rendererDir, 'assets', 'participant-b2.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'index-d4.js'), 'facilitator app');
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><script src="./assets/index-d4.js"></script>');

  const core = createAppCore({
    dataDir: join(root, 'home'),
    host: 'browser',
    version: '0.0.0-test',
    osLanguage: 'en',
    defaultFolder: root,
    backupIntervalMinutes: 0,
    share: createShareLauncher({ rendererDir, bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', ...options }),
  });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const result = await callCore(core, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  await call('workspace.create', { path: join(root, 'w.channelwise'), lang: 'en', template: 'default' });
  const catalog = await call('catalog.get', {});
  return {
    core,
    call,
    catalog,
    cells(count) {
      const scenario = catalog.scenarios[0]!;
      const items: VoteItem[] = [];
      for (const phase of catalog.phases) {
        for (const channel of catalog.channels) {
          if (items.length < count) {
            items.push({ kind: 'cell', id: cellItemId(scenario.id, { kind: 'all' }, phase.id, channel.id), label: `${phase.name} × ${channel.name}` });
          }
        }
      }
      return items;
    },
    async close() {
      await callCore(core, 'workshop.stop', {});
      core.shutdown();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = unknown> {
  status: number;
  body: { ok: boolean; value?: T; error?: { code: string } };
}

/** One participant-side request; `secret` goes in the participant header. */
export async function participantRequest<T = unknown>(
  url: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; secret?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const res = await fetch(url, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(options.secret ? { 'x-participant': options.secret } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: Reply<T>['body'];
  try {
    body = JSON.parse(text) as Reply<T>['body'];
  } catch {
    body = { ok: false };
  }
  return { status: res.status, body };
}
