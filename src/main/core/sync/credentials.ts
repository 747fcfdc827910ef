import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeServerUrl } from '@shared/sync/target';
import { atomicWriteFileSync } from '../files/atomic-write';

/**
 * How a host protects passwords at rest: Electron's safeStorage (the OS
 * keychain) plugs in here; the core never imports electron. `encrypt` returns
 * text that is safe to store (base64, say); `decrypt` reverses it and throws
 * when it cannot (another user, a new keychain).
 */
export interface CredentialSeal {
  encrypt(text: string): string;
  decrypt(text: string): string;
}

export interface SyncCredentials {
  user: string;
  password: string;
}

/** The sync server accounts of one user, kept outside every workspace file and never in a shared folder. */
export interface CredentialStore {
  /** The account remembered for a database URL, or null (none, or sealed by a keychain that cannot open it now). */
  get(url: string): SyncCredentials | null;
  set(url: string, credentials: SyncCredentials): void;
  remove(url: string): void;
  readonly path: string;
}

export const CREDENTIALS_FILE = 'sync-credentials.json';

const entrySchema = z.object({ user: z.string(), password: z.string().optional(), sealed: z.string().optional() });
const fileSchema = z.object({ version: z.literal(1), servers: z.record(z.string(), entrySchema) });
type CredentialsFile = z.infer<typeof fileSchema>;

/**
 * `<dataDir>/sync-credentials.json`, mode 0600 (only this user reads it),
 * written atomically, keyed by the database URL without any user info. With a
 * seal, a password is stored only sealed; without one (no keychain: a Linux
 * desktop without a secret service, the CLI) the file mode is the protection.
 */
export function credentialStore(dataDir: string, seal: CredentialSeal | null = null): CredentialStore {
  const path = join(dataDir, CREDENTIALS_FILE);
  const read = (): CredentialsFile => {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : { version: 1, servers: {} };
    } catch {
      return { version: 1, servers: {} };
    }
  };
  const write = (file: CredentialsFile): void => {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    atomicWriteFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    // The umask cannot widen 0600, but a file system that ignores the mode at creation may honour an explicit chmod.
    try {
      chmodSync(path, 0o600);
    } catch {
      // Windows: the file inherits the user profile's ACL, which is per user already.
    }
  };
  return {
    path,
    get(url) {
      const entry = read().servers[keyOf(url)];
      if (!entry) return null;
      if (entry.sealed !== undefined) {
        if (!seal) return null;
        try {
          return { user: entry.user, password: seal.decrypt(entry.sealed) };
        } catch {
          return null;
        }
      }
      return entry.password === undefined ? null : { user: entry.user, password: entry.password };
    },
    set(url, credentials) {
      const file = read();
      file.servers[keyOf(url)] = seal
        ? { user: credentials.user, sealed: seal.encrypt(credentials.password) }
        : { user: credentials.user, password: credentials.password };
      write(file);
    },
    remove(url) {
      const file = read();
      const key = keyOf(url);
      if (!(key in file.servers)) return;
      write({ ...file, servers: Object.fromEntries(Object.entries(file.servers).filter(([k]) => k !== key)) });
    },
  };
}

/** The same database typed two ways is one key, and a user name or password in the URL never becomes part of it. */
function keyOf(url: string): string {
  const parsed = normalizeServerUrl(url);
  return parsed.ok ? parsed.url : url.trim();
}
