/** The findings of a scenario, what changed from the baseline, and the journeys they read. */
export { useFindings, useScenarioJourneys } from './queries';
export { useChangeHighlights } from './changeHighlights';
