/**
 * The workspace's own settings (see api.ts for how a method is dispatched):
 * what travels with the file, unlike the app settings (language, theme).
 */
import { z } from 'zod';
import { command, empty, query } from './define';

export interface WorkspaceSettings {
  /** ISO 4217 code of the currency every money figure is written in (EUR unless chosen). */
  currency: string;
}

/**
 * Any short text passes here: whether it is an ISO 4217 code the runtime
 * knows is the service's check, so a wrong code gets CURRENCY_UNKNOWN in the
 * user's words instead of a generic validation error.
 */
export const currencyInputSchema = z.string().min(1).max(16);

export const workspaceSettingsMethods = {
  'workspaceSettings.get': query<WorkspaceSettings>()(empty),
  /** Choose the workspace currency as ONE undoable step; an unknown code changes nothing. */
  'workspaceSettings.setCurrency': command<WorkspaceSettings>()(z.object({ currency: currencyInputSchema }).strict()),
} as const;

/** The synced tables this area owns. */
export const workspaceSettingsTables = ['workspace_settings'] as const;
