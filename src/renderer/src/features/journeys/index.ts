/** The journeys of the workspace, their step moves and the hash that opens one. */
export { useJourney, useJourneys } from './queries';
export { useMoveStep } from './mutations';
export { journeyHash } from './route';
