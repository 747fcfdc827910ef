/** Undo, redo and the history panel of the workspace shell. */
export { useRedo, useUndo } from './mutations';
export { useHistoryState } from './queries';
export { HistoryPanel } from './HistoryPanel';
