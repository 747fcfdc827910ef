/**
 * The IPC channel names and menu commands shared by the preload and the main
 * process (src/main/electron): part of the contract, so it lives in shared, and
 * neither side imports the other. Both bundle this file; it stays free of Node
 * and Electron imports because the sandboxed preload can load neither.
 */
export const IPC_CALL = 'api:call';
export const IPC_EVENT = 'api:event';
export const IPC_COMMAND = 'app:command';
/** Print the asking window's page (the report) to a PDF file the user picks; desktop only. */
export const IPC_PRINT_PDF = 'app:printToPdf';

/** What the renderer asks for: the proposed file name, without folder or extension. */
export interface PdfRequest {
  fileName: string;
}
/** The saved file, or null when the user cancelled the save dialog. */
export type PdfSaved = { path: string } | null;

/**
 * Commands the native menu hands to the renderer. The renderer decides what
 * they mean where focus is: Undo inside a text field undoes typing, elsewhere
 * it undoes the last workspace change (history.undo).
 */
export const APP_COMMANDS = ['edit.undo', 'edit.redo'] as const;
export type AppCommandId = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommandId {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}
