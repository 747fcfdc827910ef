/**
 * The browser host's address carries its per-launch key in the URL fragment:
 * `http://127.0.0.1:PORT/#k=<key>`. A fragment never reaches the server (no
 * request line, no Referer), so the key is not in any log. A route may follow
 * after a second `#`, so `${address}#/report` keeps working:
 * `http://127.0.0.1:PORT/#k=<key>#/report`.
 */
const KEY_FRAGMENT = /^#k=([A-Za-z0-9_-]{8,128})(#.*)?$/;

/** The address that opens the app on `origin` (no trailing slash) with `key`. */
export function hostAddress(origin: string, key: string): string {
  return `${origin.replace(/\/+$/, '')}/#k=${key}`;
}

export interface FragmentKey {
  key: string;
  /** What stays in the fragment once the key is taken out: '' or a route like `#/report`. */
  rest: string;
}

/** Reads the key from a `location.hash`; null when the fragment does not carry one. */
export function keyFromFragment(hash: string): FragmentKey | null {
  const match = KEY_FRAGMENT.exec(hash);
  if (!match?.[1]) return null;
  return { key: match[1], rest: match[2] ?? '' };
}
