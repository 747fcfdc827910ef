/**
 * The session part of the contract: the application itself (info, settings,
 * recent files, folders) and opening, creating and closing a workspace. These
 * methods work without an open workspace, except the counts, copy and backups.
 */
import { z } from 'zod';
import {
  SCALES,
  THEMES,
  type AppInfo,
  type AppSettings,
  type BackupInfo,
  type FolderListing,
  type RecentWorkspace,
  type WorkspaceCounts,
  type WorkspaceInfo,
} from '../domain/types';
import { empty, langSchema, pathSchema, query } from './define';

export const workspaceMethods = {
  // The application (no workspace needed)
  'app.info': query<AppInfo>()(empty),
  'app.getSettings': query<AppSettings>()(empty),
  'app.setSettings': query<AppSettings>()(
    z
      .object({
        uiLanguage: langSchema.nullable().optional(),
        theme: z.enum(THEMES).optional(),
        scale: z.literal(SCALES).optional(),
        // Longer names get NAME_TOO_LONG from the core (translated), not a schema error.
        displayName: z.string().max(10_000).optional(),
      })
      .strict(),
  ),
  'recent.list': query<RecentWorkspace[]>()(empty),
  'recent.remove': query<RecentWorkspace[]>()(z.object({ path: pathSchema }).strict()),
  'files.list': query<FolderListing>()(z.object({ dir: pathSchema.optional() }).strict()),

  // Opening and closing a workspace
  'workspace.create': query<WorkspaceInfo>()(
    z.object({ path: pathSchema, lang: langSchema, template: z.enum(['default', 'empty']) }).strict(),
  ),
  'workspace.open': query<WorkspaceInfo>()(z.object({ path: pathSchema }).strict()),
  'workspace.recover': query<WorkspaceInfo>()(
    z.object({ path: pathSchema, backupPath: pathSchema }).strict(),
  ),
  'workspace.close': query<null>()(empty),
  'workspace.current': query<WorkspaceInfo | null>()(empty),
  'workspace.counts': query<WorkspaceCounts>()(empty),
  'workspace.saveCopy': query<{ path: string }>()(z.object({ path: pathSchema }).strict()),
  'workspace.backups': query<BackupInfo[]>()(empty),
} as const;
