import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import { effectiveMatrix } from '@shared/analysis/matrix';
import type { Lens } from '@shared/domain/types';
import { buildPreview } from '@shared/matrix-io/match';
import { planImport } from '@shared/matrix-io/plan';
import { readSheetMatrix } from '@shared/matrix-io/read-table';
import type {
  CurrentRole,
  ImportDecisions,
  ImportPreview,
  ImportResult,
  MatchTarget,
  PlannedTarget,
} from '@shared/matrix-io/types';
import type { Writer } from '../journal/journal';
import { CATALOG_TABLE } from '../repos/catalog-repo';
import { cleanName } from '../services/names';
import { positionBetween } from '../services/positions';
import { blankRow } from '../services/rows';
import type { Workspace } from '../workspace';
import { readCsv } from './csv';
import { sniffFile } from './sniff';
import { readXlsx } from './xlsx-read';

export interface ImportSource {
  fileName: string;
  bytes: Buffer;
  scenarioId: string;
  lens: Lens;
  /** An XLSX worksheet by name; the first one with content when absent. */
  sheet?: string | null | undefined;
}

/**
 * Read the file and match it against the workspace as it is now. Stateless:
 * apply calls this again on the same bytes, so what was previewed is what is
 * written (against the workspace's state at that moment).
 */
export async function previewImport(ws: Workspace, source: ImportSource): Promise<ImportPreview> {
  const { fileName, scenarioId, lens } = source;
  const shown = effectiveMatrix(ws.matrix.get(scenarioId, lens), lens);
  const sniffed = sniffFile(fileName, source.bytes);
  const read =
    sniffed.format === 'xlsx'
      ? { ...(await readXlsx(sniffed.bytes, fileName, source.sheet)), delimiter: null }
      : { ...readCsv(sniffed.text, fileName), sheets: [], sheet: null };
  const matrix = readSheetMatrix(read.grid, fileName);
  const catalog = ws.catalogRepo.catalog();
  const target = (item: { id: string; name: string; key: string | null }): MatchTarget => ({ id: item.id, name: item.name, key: item.key });
  const current: Record<string, CurrentRole> = {};
  for (const [key, cell] of shown) if (cell.role !== null) current[key] = { role: cell.role, inherited: cell.inherited };
  return buildPreview({
    fileName,
    format: sniffed.format,
    sheets: read.sheets,
    sheet: read.sheet,
    delimiter: read.delimiter,
    scenarioId,
    lens,
    matrix,
    targets: { phases: catalog.phases.map(target), channels: catalog.channels.map(target) },
    current,
  });
}

/**
 * Apply the plan `planImport` makes of this preview and these decisions as ONE
 * journaled action: new phases and channels and every cell together, so one
 * undo takes all of it back, and a failure anywhere writes nothing.
 */
export function applyImport(ws: Workspace, preview: ImportPreview, decisions: ImportDecisions): ImportResult {
  assertTargets(preview, decisions);
  const plan = planImport(preview, decisions);
  const conflict = plan.conflicts[0];
  if (conflict) {
    const targets = conflict.kind === 'phase' ? preview.targets.phases : preview.targets.channels;
    const target = targets.find((t) => t.id === conflict.targetId)?.name ?? conflict.targetId;
    throw new AppError('IMPORT_MAPPING_CONFLICT', `${conflict.names.join(', ')} all map to ${target}`, {
      names: conflict.names.map((n) => `“${n}”`).join(', '),
      target,
    });
  }
  const newPhases = plan.create.phases.map(cleanName);
  const newChannels = plan.create.channels.map(cleanName);
  const label = { key: 'history.import', params: { source: preview.fileName } };
  ws.journal.run({ kind: 'import', label, undoable: true }, (w) => {
    const phaseIds = createItems(ws, w, 'phase', newPhases);
    const channelIds = createItems(ws, w, 'channel', newChannels);
    const idOf = (target: PlannedTarget, created: Map<string, string>) =>
      target.kind === 'existing' ? target.id : created.get(cleanName(target.name))!;
    const cells = plan.changes.map((change) => ({
      phaseId: idOf(change.phase, phaseIds),
      channelId: idOf(change.channel, channelIds),
      role: change.to,
    }));
    if (cells.length > 0) ws.matrix.writeView(w, { scenarioId: preview.scenarioId, lens: preview.lens, cells });
  });
  return {
    cellsSet: plan.changes.length,
    unchanged: plan.unchanged,
    skipped: plan.skipped,
    phasesCreated: newPhases.length,
    channelsCreated: newChannels.length,
  };
}

/** A "map to" that names an item that is gone (deleted since the preview) must not pass silently as a skip. */
function assertTargets(preview: ImportPreview, decisions: ImportDecisions): void {
  const check = (decided: ImportDecisions['phases'], targets: readonly MatchTarget[]) => {
    for (const decision of Object.values(decided)) {
      if (decision.action === 'map' && !targets.some((t) => t.id === decision.targetId)) {
        throw new AppError('NOT_FOUND', `No item ${decision.targetId}`, { id: decision.targetId });
      }
    }
  };
  check(decisions.phases, preview.targets.phases);
  check(decisions.channels, preview.targets.channels);
}

/** New phases or channels after the last existing one, in the sheet's order. */
function createItems(ws: Workspace, w: Writer, kind: 'phase' | 'channel', names: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const rows = ws.catalogRepo.rows(kind);
  let position = rows.at(-1)?.position ?? null;
  for (const name of names) {
    if (ws.catalogRepo.nameTaken(kind, name, null)) throw new AppError('NAME_DUPLICATE', `${name} exists`, { name, kind });
    const id = uuidv7();
    position = positionBetween(position, null);
    w.insert(CATALOG_TABLE[kind], { ...blankRow(CATALOG_TABLE[kind]), id, name, position });
    ids.set(name, id);
  }
  return ids;
}
