/**
 * Where the journeys page is, in the URL hash: the list (#/journeys) or one
 * journey's map (#/journeys?id=..), so a reload or Back keeps the place.
 */
export function journeyIdFromHash(hash: string): string | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  return new URLSearchParams(hash.slice(at + 1)).get('id') || null;
}

export function journeyHash(id: string | null): string {
  return id ? `#/journeys?${new URLSearchParams({ id }).toString()}` : '#/journeys';
}
