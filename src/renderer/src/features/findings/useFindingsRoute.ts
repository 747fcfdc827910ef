import { useHashRoute } from '../../app/useHashRoute';
import { formatFindingsHash, parseFindingsHash, type FindingsRoute } from './route';

/** The Findings view (scenario, baseline, grouping) as kept in the URL hash. */
export const useFindingsRoute = (): [FindingsRoute, (patch: Partial<FindingsRoute>) => void] => useHashRoute(parseFindingsHash, formatFindingsHash);
