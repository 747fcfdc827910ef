import { useHashRoute } from '../../app/useHashRoute';
import { formatMatrixHash, parseMatrixHash, type MatrixRoute } from './route';

/** The matrix view (scenario, lens, comparison, layout) as kept in the URL hash. */
export const useMatrixRoute = (): [MatrixRoute, (patch: Partial<MatrixRoute>) => void] => useHashRoute(parseMatrixHash, formatMatrixHash);
