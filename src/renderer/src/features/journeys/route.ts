/**
 * Where the journeys page is, in the URL hash: the list (#/journeys) or one
 * journey's map (#/journeys?id=..), so a reload or Back keeps the place; a
 * link from elsewhere (a finding) can also name a step to focus (&step=..).
 */
function params(hash: string): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

export function journeyIdFromHash(hash: string): string | null {
  return params(hash).get('id') || null;
}

/** The step to focus on the open journey's map; only with a journey id. */
export function journeyStepFromHash(hash: string): string | null {
  const query = params(hash);
  return (query.get('id') && query.get('step')) || null;
}

export function journeyHash(id: string | null, step: string | null = null): string {
  if (!id) return '#/journeys';
  const query = new URLSearchParams({ id });
  if (step) query.set('step', step);
  return `#/journeys?${query.toString()}`;
}
