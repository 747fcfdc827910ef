/**
 * Accessible names of matrix cells. A grid of 720 cells names every cell on
 * each render, so the sentences are translated once per language (texts) and
 * filled in with plain string replacement.
 */
import type { KeysUnder } from '@shared/i18n/keys';
import type { TFunction } from 'i18next';
import type { Evidence, Role } from '@shared/domain/types';
import type { CellChange } from '@shared/analysis/matrix';

export interface CellTexts {
  /** Role words as they read inside a sentence ("lead"), and for a cell without a role. */
  roles: Record<Role, string>;
  unset: string;
  evidence: Record<Evidence, string>;
  own: string;
  inherited: string;
  overridden: string;
  evidenceSuffix: string;
  noteSuffix: string;
  diff: Record<CellChange, string>;
}

export function cellTexts(t: TFunction): CellTexts {
  const k = (key: KeysUnder<'ui.matrix'>) => t(`ui.matrix.${key}`);
  return {
    roles: { 0: k('roles.0'), 1: k('roles.1'), 2: k('roles.2'), 3: k('roles.3') },
    unset: k('roles.unset'),
    evidence: { observed: k('evidence.observed'), inferred: k('evidence.inferred'), hypothesis: k('evidence.hypothesis') },
    own: k('cell.own'),
    inherited: k('cell.inherited'),
    overridden: k('cell.overridden'),
    evidenceSuffix: k('cell.evidenceSuffix'),
    noteSuffix: k('cell.noteSuffix'),
    diff: { rose: k('diff.cell.rose'), fell: k('diff.cell.fell'), appeared: k('diff.cell.appeared'), vanished: k('diff.cell.vanished'), same: k('diff.cell.same') },
  };
}

/** `{{name}}` placeholders filled from params (unknown ones are left as they are). */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}

export const roleWord = (texts: CellTexts, role: Role | null): string => (role === null ? texts.unset : texts.roles[role]);

export interface CellNameInput {
  phase: string;
  channel: string;
  role: Role | null;
  evidence: Evidence | null;
  hasNote: boolean;
  /** Shown value comes from "all customers". */
  inherited: boolean;
  /** Set in this lens itself. */
  overridden: boolean;
  lens: string;
  allLens: string;
}

/** "Attract, Store: lead (All customers), observed, with a note". */
export function cellName(texts: CellTexts, input: CellNameInput): string {
  const template = input.inherited ? texts.inherited : input.overridden ? texts.overridden : texts.own;
  let name = fill(template, {
    phase: input.phase,
    channel: input.channel,
    role: roleWord(texts, input.role),
    lens: input.lens,
    all: input.allLens,
  });
  if (input.evidence) name += fill(texts.evidenceSuffix, { evidence: texts.evidence[input.evidence] });
  if (input.hasNote) name += texts.noteSuffix;
  return name;
}

/** "Attract, Store: rose from supporting to lead". */
export function diffCellName(
  texts: CellTexts,
  input: { phase: string; channel: string; from: Role | null; to: Role | null; change: CellChange },
): string {
  return fill(texts.diff[input.change], {
    phase: input.phase,
    channel: input.channel,
    from: roleWord(texts, input.from),
    to: roleWord(texts, input.to),
  });
}
