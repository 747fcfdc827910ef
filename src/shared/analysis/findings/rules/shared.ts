/** Helpers the rule families share: building a finding and reading a lens view. */
import type { AnalysisContext } from '../context';
import type { CellRef, Finding, FindingParams, LensView, Severity } from '../types';

interface FindingSpec {
  family: string;
  rule: string;
  severity: Severity;
  /** What the finding is about within its scope (a phase id, channel id, pair...): part of the stable id. */
  subject: string;
  cells: CellRef[];
  params: FindingParams;
  /** Message key when it differs from the rule id (a rule with several wordings). */
  messageKey?: string;
}

export function makeFinding(ctx: AnalysisContext, view: LensView, spec: FindingSpec): Finding {
  return {
    id: `${spec.rule}|${ctx.scenarioId}|${view.lensKey}|${spec.subject}`,
    rule: spec.rule,
    family: spec.family,
    severity: spec.severity,
    scenarioId: ctx.scenarioId,
    lens: view.lens,
    cells: spec.cells,
    message: { key: spec.messageKey ?? spec.rule, params: spec.params },
  };
}

/** The part of a finding's id that names the problem without the lens: rule and subject (what a lens may not say again). */
export function problemOf(f: Finding): string {
  const [rule, , , ...subject] = f.id.split('|');
  return `${rule}|${subject.join('|')}`;
}

export const roleAt = (ctx: AnalysisContext, view: LensView, p: number, c: number): number => view.roles[p * ctx.channels.length + c]!;

/** Whether channel c has any role in any phase of a view. */
export function playsARole(ctx: AnalysisContext, view: LensView, c: number): boolean {
  for (let p = 0; p < ctx.phases.length; p++) if (roleAt(ctx, view, p, c) > 0) return true;
  return false;
}

/** Channel indexes active (role above none) in a phase, strongest role first, then in column order. */
export function activeInPhase(ctx: AnalysisContext, view: LensView, p: number): number[] {
  const width = ctx.channels.length;
  const row = view.roles.subarray(p * width, (p + 1) * width);
  const result: number[] = [];
  // One pass per role, strongest first: no comparator in this hot path.
  for (let role = 3; role >= 1; role--) for (let c = 0; c < width; c++) if (row[c] === role) result.push(c);
  return result;
}

/**
 * The channels a phase rests on: those at or above the carrying role, or, when
 * none reaches it, every active one (a phase served only by supporting
 * channels still rests on them).
 */
export function carriersOf(ctx: AnalysisContext, view: LensView, p: number): number[] {
  const active = activeInPhase(ctx, view, p);
  const strong = active.filter((c) => roleAt(ctx, view, p, c) >= ctx.thresholds.carryingRole);
  return strong.length > 0 ? strong : active;
}

export const channelNames = (ctx: AnalysisContext, indexes: readonly number[]): string[] => indexes.map((c) => ctx.channels[c]!.name);

/** Cells of some channels in one phase. */
export const cellsInPhase = (ctx: AnalysisContext, p: number, channels: readonly number[]): CellRef[] =>
  [...channels].sort((a, b) => a - b).map((c) => ctx.cell(p, c));

/** A share as a whole percentage for messages (41.7 → 42). */
export const percent = (share: number): number => Math.round(share * 100);
