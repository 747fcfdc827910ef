export { useCatalog } from '../framework/queries';
