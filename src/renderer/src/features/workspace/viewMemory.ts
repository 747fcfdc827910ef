/**
 * The hash to come back to on a page that keeps its view (the matrix's
 * scenario and lens, the charts' choices): the last one seen there, without
 * one-off requests such as a cell to focus, which were for that visit only.
 */
export function keptView(hash: string): string {
  const at = hash.indexOf('?');
  if (at < 0) return hash;
  const params = new URLSearchParams(hash.slice(at + 1));
  params.delete('cell');
  const query = params.toString();
  return query ? `${hash.slice(0, at)}?${query}` : hash.slice(0, at);
}
