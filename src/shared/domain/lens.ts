import { LENS_KINDS, type Lens, type LensKind } from './types';

const OWN_KINDS = LENS_KINDS.filter((kind): kind is Exclude<LensKind, 'all'> => kind !== 'all');

/**
 * A lens as one string, "all" or "customerType:<id>": the key of a lens in a
 * map, in a URL and in a <select>, and part of slide and finding ids.
 */
export const lensKey = (lens: Lens): string => (lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.id}`);

/** The lens a key names; a missing or unreadable key is all customers. */
export function lensFromKey(key: string | null): Lens {
  if (!key) return { kind: 'all' };
  const at = key.indexOf(':');
  const kind = OWN_KINDS.find((k) => k === key.slice(0, at));
  const id = key.slice(at + 1);
  return at > 0 && kind && id !== '' ? { kind, id } : { kind: 'all' };
}

export const sameLens = (a: Lens, b: Lens): boolean => a.kind === b.kind && (a.kind === 'all' || (b.kind !== 'all' && a.id === b.id));
