/**
 * Where a workspace syncs: a shared folder, or one database on a CouchDB
 * server (its URL, without any user name or password in it) with the account
 * that signs in. One per workspace; the Sync panel and `sync-status` show it.
 */
export type SyncTarget = { mode: 'folder'; folder: string } | { mode: 'server'; url: string; user: string };

export type ServerUrl = { ok: true; url: string; database: string } | { ok: false; reason: 'not a URL' | 'not http or https' | 'no database name' | 'not a database name' };

/**
 * CouchDB's rule for database names: a lower-case letter first, then lower-case
 * letters, digits and _ $ ( ) + - /. A URL whose last part breaks it is not a
 * database's address (often the server's, with the database left out).
 */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/**
 * A database URL as Channelwise keeps and shows it: http(s), no user name or
 * password (those never go in a URL we store or print; fetch refuses them
 * anyway), no query or fragment, no trailing slash. The same database typed
 * two ways gives the same text, which keys its credentials and push cursor.
 */
export function normalizeServerUrl(text: string): ServerUrl {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not http or https' };
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last === '') return { ok: false, reason: 'no database name' };
  let database: string;
  try {
    database = decodeURIComponent(last);
  } catch {
    return { ok: false, reason: 'not a database name' };
  }
  if (!DATABASE_NAME.test(database)) return { ok: false, reason: 'not a database name' };
  url.pathname = path;
  return { ok: true, url: url.toString(), database };
}

/** The key a target's push cursor is kept under: switching target (folder to server) sends everything again. */
export function targetKey(target: SyncTarget): string {
  return target.mode === 'folder' ? `folder:${target.folder}` : `server:${target.url}`;
}

/** Where a target is, in one line (the CLI and logs). */
export function targetPlace(target: SyncTarget): string {
  return target.mode === 'folder' ? target.folder : target.url;
}
