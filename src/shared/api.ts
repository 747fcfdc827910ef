/**
 * The whole contract between the UI and the core. Every host (Electron IPC, the
 * HTTP/WebSocket browser host, the CLI) dispatches through this table: the input
 * is validated with the method's zod schema before any service runs, and the
 * answer is always a `Result` (see errors.ts). Nothing throws across the boundary.
 */
import type { z } from 'zod';
import type { AppSettings, WorkspaceInfo } from './domain/types';
import type { Result } from './errors';
import {
  catalogKindSchema,
  evidenceSchema,
  idSchema,
  langSchema,
  lensSchema,
  roleSchema,
  type MethodDef,
} from './contract/define';
import { journeyMethods, journeyTables } from './contract/journeys';
import { workshopMethods, workshopTables } from './contract/workshop';
import { economicsMethods, economicsTables } from './contract/economics';
import { findingsMethods, findingsTables } from './contract/findings';
import { presentMethods, presentTables } from './contract/present';
import { deliverablesMethods } from './contract/deliverables';
import { workspaceSettingsMethods, workspaceSettingsTables } from './contract/workspace-settings';
import { workspaceMethods } from './contract/workspace';
import { frameworkMethods, frameworkTables } from './contract/framework';
import { matrixMethods, matrixTables } from './contract/matrix';
import { matrixIoMethods } from './contract/matrix-io';
import { historyMethods, SNAPSHOTS_TABLE } from './contract/history';
import { syncMethods, SYNC_STATUS_TABLE } from './contract/sync';
import { chartsMethods } from './contract/charts';

export { idSchema, langSchema, catalogKindSchema, roleSchema, evidenceSchema, lensSchema };
export { catalogPatchSchema, type CatalogPatch } from './contract/framework';

// ---- the method table: every area's table, each in src/shared/contract/<area>.ts ----

export const api = {
  ...deliverablesMethods,
  ...workshopMethods,
  ...journeyMethods,
  ...economicsMethods,
  ...findingsMethods,
  ...workspaceSettingsMethods,
  ...presentMethods,
  ...workspaceMethods,
  ...frameworkMethods,
  ...matrixMethods,
  ...matrixIoMethods,
  ...historyMethods,
  ...syncMethods,
  ...chartsMethods,
} as const satisfies Record<string, MethodDef<z.ZodType, unknown>>;

/**
 * Every synced table, by the area that owns it (each area declares its own in
 * its contract file). The queries a change to a table makes stale are declared
 * per area beside the renderer's queries (features/<area>/tableKeys.ts). Tests hold
 * this list equal to src/main/core/db/tables.ts and check that every table has
 * query keys.
 */
export const areaTables = {
  framework: frameworkTables,
  matrix: matrixTables,
  journeys: journeyTables,
  workshop: workshopTables,
  economics: economicsTables,
  findings: findingsTables,
  present: presentTables,
  workspaceSettings: workspaceSettingsTables,
} as const;
export type SyncedTable = (typeof areaTables)[keyof typeof areaTables][number];
export const SYNCED_TABLES: readonly SyncedTable[] = Object.values(areaTables).flat();
/** What a workspace.changed event names besides the synced tables. */
export const EVENT_ONLY_TABLES = [SNAPSHOTS_TABLE, SYNC_STATUS_TABLE] as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodResult<M extends MethodName> = Exclude<Api[M]['result'], undefined>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What every transport exposes to the renderer (window.api in Electron). */
export interface ApiBridge {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodResult<M>>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

// ---- events pushed to every connected client --------------------------------

export type ApiEvent =
  | { type: 'workspace.changed'; tables: string[] }
  | { type: 'session.changed'; workspace: WorkspaceInfo | null }
  | { type: 'settings.changed'; settings: AppSettings };
