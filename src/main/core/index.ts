/**
 * The core's public entry: what the hosts (desktop shell, browser host, CLI)
 * use. Hosts import from here, never from the core's folders (ESLint), so the
 * core can reshape its inside without touching them.
 */
export { createAppCore, withExtension } from './app-core';
export type { AppCore, AppCoreOptions } from './app-core-types';
export { Workspace } from './workspace';
export type { ParticipantPort, ShareEndpoint, ShareLauncher } from './workshop/room';
export { defaultDataDir, defaultDocumentsFolder, localeFromEnv } from './app/paths';
export { atomicWriteFileSync } from './files/atomic-write';
export { applyImport, previewImport } from './matrix-io/import-service';
export { exportMatrix } from './matrix-io/export-service';
export { assertSize } from './matrix-io/sniff';
export { resolveView } from './matrix-io/views';
export { exportJson, importJsonToNew, parseInterchangeText, serializeJson } from './interchange/json';
export { findChromium, printReportPdf } from './deliverables/chromium';
export { runPlan } from './deliverables/plan';
export { planPptx } from './deliverables/pptx';
export { planWorkbook } from './deliverables/workbook';
export { joinFromFolder, syncWithFolder } from './sync/folder-sync';
export { joinFromServer, serverUrl, syncWithServer, type ServerSyncOptions } from './sync/server-sync';
export type { SyncOptions, SyncResult } from './sync/exchange';
export { syncStatus, type SyncStatus } from './sync/sync-status';
export { sharedFolder, syncTarget } from './sync/sync-state';
export { credentialStore, CREDENTIALS_FILE, type CredentialSeal, type CredentialStore, type SyncCredentials } from './sync/credentials';
export { startSyncRunner, type SyncRunner, type SyncRunnerOptions, type SyncRunState } from './sync/sync-runner';
