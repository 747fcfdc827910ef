/**
 * Second entry of the history feature: the history panel, for the workspace
 * shell. Kept out of index.ts because the panel brings its stylesheets, and the
 * commands, which load with the first screen and use only the hooks, would
 * otherwise put those styles ahead of the start screen's (a change of cascade).
 */
export { HistoryPanel } from './HistoryPanel';
