import { sameLens } from '../../domain/lens';
import type { Lens } from '../../domain/types';
import { sortFindings } from './index';
import type { Finding } from './types';

/**
 * A scenario's findings in a lens, most important first: for all customers
 * every finding (those about one customer type or journey included), for
 * another lens those about it (journeys in that lens included). The deck's
 * findings slides and the report's findings sections select alike.
 */
export function lensFindings(findings: readonly Finding[], lens: Lens): Finding[] {
  return sortFindings(lens.kind === 'all' ? findings : findings.filter((f) => sameLens(f.lens, lens)));
}
