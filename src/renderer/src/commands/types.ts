/** The commands of the application: one object drives the shortcut, the toolbar button and (later) menu and palette. */
export const COMMAND_IDS = ['edit.undo', 'edit.redo', 'app.settings', 'workspace.close', 'present.start', 'present.startCurrent'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface Command {
  id: CommandId;
  /** Short translated name ("Undo"), also the accessible name of its button. */
  label: string;
  /** Longer translated text for tooltips ("Undo: Rename “A” to “B”"); falls back to label. */
  detail?: string;
  /** Key combinations (see shortcuts.ts); the first one is shown to the user. */
  shortcut: readonly string[];
  enabled: boolean;
  run(): void;
}

export type CommandMap = Record<CommandId, Command>;
