import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeLaunchPage } from './launch-page';

describe('writeLaunchPage', () => {
  it('writes a page only this user can read that forwards to the keyed address, and removes it', async () => {
    const address = 'http://127.0.0.1:4780/#k=abc_DEF-123456789#/report?print=1&x=<y>';
    const page = await writeLaunchPage(address);
    expect(page.url).toMatch(/^file:\/\//);
    expect(page.url).not.toContain('#k=');
    const file = fileURLToPath(page.url);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('content="0;url=http://127.0.0.1:4780/#k=abc_DEF-123456789#/report?print=1&amp;x=&lt;y&gt;"');
    if (process.platform !== 'win32') {
      expect((await stat(file)).mode & 0o077).toBe(0);
      expect((await stat(dirname(file))).mode & 0o077).toBe(0);
    }
    await page.remove();
    await expect(stat(dirname(file))).rejects.toThrow();
  });
});
