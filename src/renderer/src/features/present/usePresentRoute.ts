import { useHash } from '../../app/useHashRoute';
import { parsePresentRoute, type PresentRoute } from './route';

export function usePresentRoute(): PresentRoute {
  const hash = useHash();
  const { view, start } = parsePresentRoute(hash);
  return { view, start };
}
