import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { Lang, WorkspaceCounts, WorkspaceInfo } from '@shared/domain/types';
import { closeDb, openDb, type OpenedDb } from './db/open';
import { writeBackup } from './db/backups';
import { atomicProduce, commitTemp, fsyncFile, removeTemp, sweepStaleTemps, tempPathFor } from './files/atomic-write';
import { LATEST_VERSION } from './db/migrations';
import { GroupCommit } from './journal/group-commit';
import { History } from './journal/history';
import { Journal } from './journal/journal';
import { Snapshots } from './journal/snapshots';
import { CatalogRepo } from './repos/catalog-repo';
import { MatrixRepo } from './repos/matrix-repo';
import { JourneyRepo } from './repos/journey-repo';
import { JourneyService } from './services/journey-service';
import { CatalogService } from './services/catalog-service';
import { MatrixService } from './services/matrix-service';
import { ChartsService } from './services/charts-service';
import { EconomicsRepo } from './repos/economics-repo';
import { EconomicsService } from './services/economics-service';
import { FindingsRepo } from './repos/findings-repo';
import { FindingsService } from './services/findings-service';
import { SettingsRepo } from './repos/settings-repo';
import { WorkspaceSettingsService } from './services/workspace-settings';
import { DeckRepo } from './repos/deck-repo';
import { DeckService } from './services/deck-service';
import { VoteRepo } from './repos/vote-repo';
import { VoteService } from './services/vote-service';
import { workspaceVoteLabeler } from './services/vote-labels';
import { PresentScreen } from './services/present-screen';
import { seedWorkspace } from './seed/seed';
import { deviceIdFor, newDeviceId } from './sync/device-ids';

export interface WorkspaceOptions {
  dataDir: string;
  /**
   * A fixed device id (tests, a throwaway copy). Without it the id is this
   * copy's own, looked up by workspace id and real path (sync/device-ids.ts).
   */
  deviceId?: string;
  readOnly?: boolean;
  /** The wall clock for the journal's timestamps; tests of sync give each laptop its own. */
  now?: () => number;
}

/** The device id for a file at `realPath`; a file without a workspace id (older, read-only) journals nothing, so any id will do. */
function deviceIdOf(db: Database.Database, options: WorkspaceOptions, realPath: string, remember: boolean): string {
  if (options.deviceId) return options.deviceId;
  const workspaceId = db.prepare(`SELECT value FROM workspace_meta WHERE key = 'workspace_id'`).pluck().get() as string | undefined;
  return workspaceId ? deviceIdFor(options.dataDir, workspaceId, realPath, remember) : newDeviceId();
}

/** One open workspace file and the services that work on it. */
export class Workspace {
  readonly journal: Journal;
  /** Writes from the workshop share's participants, grouped into one commit per burst. */
  readonly groupCommit: GroupCommit;
  readonly history: History;
  readonly snapshots: Snapshots;
  readonly catalogRepo: CatalogRepo;
  readonly catalog: CatalogService;
  readonly matrix: MatrixService;
  /** Chart data computed here for a window (charts.data). */
  readonly charts: ChartsService;
  readonly economics: EconomicsService;
  readonly findings: FindingsService;
  readonly journeys: JourneyService;
  /** What travels with the file: its currency. */
  readonly settings: WorkspaceSettingsService;
  /** Which slide is on screen: live state of this open workspace, gone when it closes. */
  readonly screen = new PresentScreen();
  private deckService: DeckService | null = null;
  private voteService: VoteService | null = null;
  private changed = false;
  private closed = false;

  private constructor(
    private readonly opened: OpenedDb,
    private readonly options: WorkspaceOptions,
    deviceId: string,
  ) {
    const { db } = opened;
    this.journal = new Journal(db, deviceId, options.now);
    this.groupCommit = new GroupCommit(this.journal);
    this.history = new History(db, this.journal);
    this.snapshots = new Snapshots(db, this.journal);
    this.catalogRepo = new CatalogRepo(db);
    this.catalog = new CatalogService(this.catalogRepo, this.journal);
    this.matrix = new MatrixService(new MatrixRepo(db), this.catalogRepo, this.journal);
    this.charts = new ChartsService(this.matrix, this.catalogRepo);
    this.economics = new EconomicsService(new EconomicsRepo(db), this.catalogRepo, this.journal);
    this.findings = new FindingsService(new FindingsRepo(db), this.journal);
    this.journeys = new JourneyService(new JourneyRepo(db), this.catalogRepo, this.journal);
    this.settings = new WorkspaceSettingsService(new SettingsRepo(db), this.journal);
    this.journal.onCommit(() => {
      this.changed = true;
    });
  }

  static open(path: string, options: WorkspaceOptions): Workspace {
    const opened = openDb(path, { dataDir: options.dataDir, readOnly: options.readOnly ?? false });
    try {
      return new Workspace(opened, options, deviceIdOf(opened.db, options, opened.realPath, !opened.readOnly));
    } catch (err) {
      closeDb(opened);
      throw err;
    }
  }

  /**
   * Create a new file: schema, metadata, the default framework (unless empty) and
   * whatever `fill` adds (an import), all built under a temporary name in the same
   * folder; only a complete file that passes quick_check takes the final name, so a
   * crash leaves no file and the name stays free. An existing file is refused.
   */
  static create(
    path: string,
    lang: Lang,
    template: 'default' | 'empty',
    options: WorkspaceOptions,
    fill?: (ws: Workspace) => void,
    /** A copy of a shared workspace (join): it takes that workspace's id, so its folder or server accepts it. */
    joined?: { workspaceId: string },
  ): Workspace {
    const target = resolve(path);
    if (existsSync(target)) throw new AppError('FILE_EXISTS', `${target} exists`, { path: target });
    sweepStaleTemps(dirname(target));
    const temp = tempPathFor(target);
    try {
      const opened = openDb(temp, { dataDir: options.dataDir, create: true });
      // Before the device id is resolved: it is kept per workspace id and path.
      if (joined) opened.db.prepare(`UPDATE workspace_meta SET value = ? WHERE key = 'workspace_id'`).run(joined.workspaceId);
      // The seed is stamped with the device id of the file under its final name.
      const finalPath = resolve(realpathSync(dirname(target)), basename(target));
      let ws: Workspace;
      try {
        ws = new Workspace(opened, options, deviceIdOf(opened.db, options, finalPath, true));
      } catch (err) {
        closeDb(opened);
        throw err;
      }
      try {
        ws.db.transaction(() => {
          const meta = ws.db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
          meta.run('content_language', lang);
          meta.run('created_at', new Date().toISOString());
          // A joined copy starts with no content of its own: everything, the framework included, comes from the teammates.
          if (!joined) ws.journal.run({ kind: 'import', label: { key: 'history.seed' }, undoable: false }, (w) => seedWorkspace(w, lang, template));
        })();
        fill?.(ws);
        if (ws.db.pragma('quick_check', { simple: true }) !== 'ok') {
          throw new AppError('IO_ERROR', 'the new workspace failed its check', { path: target, reason: 'quick_check' });
        }
      } finally {
        // No close-time backup of a file that is not handed to anyone yet.
        ws.changed = false;
        ws.close();
      }
      fsyncFile(temp);
      commitTemp(temp, target, { noClobber: true });
    } catch (err) {
      removeTemp(temp);
      throw err;
    }
    const created = Workspace.open(target, options);
    // A new workspace counts as changed: the first timed backup or the close keeps a copy of it.
    created.changed = true;
    return created;
  }

  /**
   * The presentation deck (present mode and the deliverables share it). Built
   * on first use, like the votes below: their repositories prepare statements
   * on tables a file opened read-only at an older schema does not have, and
   * such a file must still open.
   */
  get deck(): DeckService {
    if (!this.deckService) {
      const votes = new VoteRepo(this.db);
      this.deckService = new DeckService(new DeckRepo(this.db), this.catalogRepo, () => this.journeys.list(), this.journal, () => votes.sessions());
    }
    return this.deckService;
  }

  /** The dot votes (workshop methods and exports alike), with saved items named as the workspace names them now. */
  get votes(): VoteService {
    this.voteService ??= new VoteService(new VoteRepo(this.db), this.catalogRepo, this.journal, () => workspaceVoteLabeler(this));
    return this.voteService;
  }

  get db(): Database.Database {
    return this.opened.db;
  }

  /** The workspace's identity: a shared folder or server database belongs to one (schema version 7). */
  get workspaceId(): string | undefined {
    return this.meta('workspace_id');
  }

  /** Who this copy is in the journal and in sync. */
  get deviceId(): string {
    return this.journal.deviceId;
  }

  get path(): string {
    return this.opened.path;
  }

  get readOnly(): boolean {
    return this.opened.readOnly;
  }

  info(): WorkspaceInfo {
    const lang = this.meta('content_language');
    return {
      path: this.opened.path,
      name: basename(this.opened.path).replace(/\.channelwise$/i, ''),
      contentLanguage: lang === 'nl' ? 'nl' : 'en',
      readOnly: this.opened.readOnly,
      readOnlyReason: this.opened.readOnlyReason,
      schemaVersion: LATEST_VERSION,
      fileSchemaVersion: this.opened.fileSchemaVersion,
      warnings: this.opened.warnings,
    };
  }

  meta(key: string): string | undefined {
    return this.db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined;
  }

  counts(): WorkspaceCounts {
    const count = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    const live = (table: string) => count(`SELECT count(*) FROM ${table} WHERE deleted = 0`);
    return {
      phases: live('phases'),
      channels: live('channels'),
      customerTypes: live('customer_types'),
      typologies: live('typologies'),
      productDomains: live('product_domains'),
      scenarios: live('scenarios'),
      matrixCells: live('matrix_cells'),
      journeys: live('journeys'),
      journeySteps: live('journey_steps'),
      schemaVersion: this.opened.fileSchemaVersion,
    };
  }

  /** Integrity and schema checks for `channelwise check`; an empty list means sound. */
  check(): string[] {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      problems.push(...integrity.map((r) => `integrity: ${r.integrity_check}`));
    }
    const fk = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const v of fk) problems.push(`foreign key: ${v.table} row ${v.rowid} points to a missing ${v.parent} row`);
    // What the app needs to show the workspace at all.
    if (this.meta('content_language') === undefined) problems.push('content: the workspace has no content language');
    if (this.counts().scenarios === 0) problems.push('content: the workspace has no scenario');
    if (this.opened.fileSchemaVersion > LATEST_VERSION) {
      problems.push(`schema: version ${this.opened.fileSchemaVersion} is newer than this app's ${LATEST_VERSION}`);
    }
    return problems;
  }

  backup(reason: string): string {
    return writeBackup(this.db, this.options.dataDir, this.opened.realPath, reason);
  }

  /** Timed backups only copy a workspace that changed since the last one. */
  backupIfChanged(reason: string): string | null {
    if (!this.changed || this.readOnly) return null;
    this.changed = false;
    return this.backup(reason);
  }

  /** A consistent copy under a new name: built under a temporary name, so a crash leaves no half copy; never replaces a file. */
  saveCopy(target: string): void {
    atomicProduce(target, (temp) => this.db.prepare('VACUUM INTO ?').run(temp), { noClobber: true });
  }

  assertWritable(): void {
    if (this.readOnly) throw new AppError('READ_ONLY', 'This workspace is read-only', { reason: this.opened.readOnlyReason ?? '' });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      // Participants' writes still queued get their answer (saved, or why not) now.
      this.groupCommit.flush();
      if (!this.readOnly && this.changed) this.backup('close');
    } finally {
      closeDb(this.opened);
    }
  }
}
