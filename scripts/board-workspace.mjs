// `node scripts/board-workspace.mjs FILE [--lang nl]`: write a workspace as a board sees it
// (src/main/core/testing/board-workspace.ts) for screenshots and a first look at the deliverables.
import { importTs } from './run-ts.mjs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('Usage: node scripts/board-workspace.mjs FILE [--lang en|nl]');
  process.exit(2);
}
const lang = rest[0] === '--lang' && rest[1] === 'nl' ? 'nl' : 'en';
const { Workspace } = await importTs('src/main/core/workspace.ts');
const { fillBoardWorkspace } = await importTs('src/main/core/testing/board-workspace.ts');
const { dirname, join } = await import('node:path');
const ws = Workspace.create(file, lang, 'default', { dataDir: join(dirname(file), '.channelwise-data'), deviceId: '0123456789abcdef' });
try {
  fillBoardWorkspace(ws);
} finally {
  ws.close();
}
console.log(`Wrote ${file}`);
