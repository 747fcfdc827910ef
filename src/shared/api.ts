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
import { journeyMethods } from './contract/journeys';
import { workshopMethods } from './contract/workshop';
import { economicsMethods } from './contract/economics';
import { findingsMethods } from './contract/findings';
import { presentMethods } from './contract/present';
import { deliverablesMethods } from './contract/deliverables';
import { workspaceSettingsMethods } from './contract/workspace-settings';
import { workspaceMethods } from './contract/workspace';
import { frameworkMethods } from './contract/framework';
import { matrixMethods } from './contract/matrix';
import { matrixIoMethods } from './contract/matrix-io';
import { historyMethods } from './contract/history';

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
} as const satisfies Record<string, MethodDef<z.ZodType, unknown>>;

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
