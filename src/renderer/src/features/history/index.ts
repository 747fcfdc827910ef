/** Undo, redo and the state of the history, for the commands. The history panel is a second entry, panel.ts. */
export { useHistoryState } from './queries';
export { useRedo, useUndo } from './mutations';
export { UndoOverTeammateDialog } from './UndoOverTeammateDialog';
