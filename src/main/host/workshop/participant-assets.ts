import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export const PARTICIPANT_PAGE = 'participant.html';

export interface ParticipantSite {
  html: string;
  /** File names under assets/ the participant page needs, and nothing else of the build. */
  assets: ReadonlySet<string>;
  assetsDir: string;
}

const HTML_REF = /(?:src|href)\s*=\s*["']\.?\/?assets\/([\w.-]+)["']/g;
// Chunks import each other as "./name.js"; Vite's preload list says "assets/name.js".
const JS_REF = /["'`](?:\.\/|assets\/)([\w.-]+\.(?:js|css|woff2?|svg|png))["'`]/g;

/**
 * Reads the built participant page and follows its references (HTML to
 * scripts and styles, scripts to the chunks they import) so the share
 * listener serves exactly those files: the facilitator's app is not reachable.
 */
export async function loadParticipantSite(rendererDir: string): Promise<ParticipantSite> {
  const assetsDir = join(rendererDir, 'assets');
  const html = await readFile(join(rendererDir, PARTICIPANT_PAGE), 'utf8');
  const assets = new Set<string>();
  const queue = [...html.matchAll(HTML_REF)].map((m) => m[1]!);
  while (queue.length > 0) {
    const name = basename(queue.pop()!);
    if (assets.has(name)) continue;
    let text: string;
    try {
      text = await readFile(join(assetsDir, name), 'utf8');
    } catch {
      continue;
    }
    assets.add(name);
    if (name.endsWith('.js') || name.endsWith('.css')) for (const m of text.matchAll(JS_REF)) queue.push(m[1]!);
  }
  return { html, assets, assetsDir };
}
