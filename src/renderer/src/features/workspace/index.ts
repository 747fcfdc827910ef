/**
 * The hooks that open, create and close a workspace, and the props every page
 * receives. The workspace shell is a second entry, shell.ts.
 */
export { useCloseWorkspace, useCreateWorkspace, useOpenWorkspace, useRecoverWorkspace } from './mutations';
export type { PageProps } from './pageProps';
