import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { credentialStore, CREDENTIALS_FILE, type CredentialSeal } from './credentials';

/** A stand-in for the OS keychain: reversible, and never the plain text. */
const seal: CredentialSeal = {
  encrypt: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ 0x2a)).toString('base64'),
  decrypt: (text) => Buffer.from([...Buffer.from(text, 'base64')].map((b) => b ^ 0x2a)).toString('utf8'),
};

describe('sync server credentials', () => {
  const tmp = useTempDir();

  it('keeps them per user in a file only its owner can read, keyed by the database URL without user info', () => {
    const dataDir = join(tmp.dir(), 'data');
    const store = credentialStore(dataDir);
    store.set('https://ann:typed@couch.example.com/plan/', { user: 'ann', password: 'pa55' });
    const file = join(dataDir, CREDENTIALS_FILE);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain('typed');
    expect(store.get('https://couch.example.com/plan')).toEqual({ user: 'ann', password: 'pa55' });
    expect(credentialStore(dataDir).get('https://couch.example.com/other')).toBeNull();
    store.remove('https://couch.example.com/plan');
    expect(store.get('https://couch.example.com/plan')).toBeNull();
  });

  it('stores no plain text when the host seals passwords, and cannot open them without the seal', () => {
    const dataDir = join(tmp.dir(), 'data');
    credentialStore(dataDir, seal).set('https://couch.example.com/plan', { user: 'ann', password: 'correct horse battery' });
    const file = join(dataDir, CREDENTIALS_FILE);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('correct horse');
    expect(text).not.toContain('"password"');
    expect(credentialStore(dataDir, seal).get('https://couch.example.com/plan')).toEqual({ user: 'ann', password: 'correct horse battery' });
    expect(credentialStore(dataDir).get('https://couch.example.com/plan')).toBeNull();
  });

  it('reads a damaged file as empty rather than failing', async () => {
    const dataDir = join(tmp.dir(), 'data');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, CREDENTIALS_FILE), '{ torn');
    expect(credentialStore(dataDir).get('https://couch.example.com/plan')).toBeNull();
  });
});
