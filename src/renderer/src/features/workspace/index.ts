/**
 * The workspace shell and the hooks that open, create and close a workspace.
 * The props every page receives are a second entry, pageProps.ts: a page that
 * imported them from here would close a cycle (the shell's navigation loads
 * every page).
 */
export { WorkspaceView } from './WorkspaceView';
export { useCloseWorkspace, useCreateWorkspace, useOpenWorkspace, useRecoverWorkspace } from './mutations';
