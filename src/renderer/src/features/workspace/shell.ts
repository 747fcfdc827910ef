/**
 * Second entry of the workspace feature: the workspace shell, for the app.
 * Kept out of index.ts because the shell brings the navigation (which loads
 * every page), the top bar and their styles, while the start screen and the
 * commands use only the hooks, and a page that imported its props from an
 * entry holding the shell would close an import cycle through the navigation.
 */
export { WorkspaceView } from './WorkspaceView';
