/**
 * Search typologies against the matrix, in each typology's lens:
 * - high search intensity (well-founded, perpetual seekers) wants dialogue
 *   where it informs itself and asks for advice: inform and advise resting
 *   only on one-way channels is a mismatch;
 * - impulsive and unfounded decision makers buy on the spot: their transact
 *   phase needs a fast path (see capabilities.ts).
 * Phases are found by their default key, so renamed phases still count; a
 * typology without a key counts as impulsive/unfounded when it searches
 * unstructured with low intensity (what those two share).
 *
 * Only typologies the workspace uses are checked: linked to a customer type,
 * or with lens cells of their own (AnalysisContext.isTypologyRelevant).
 */
import type { Typology } from '../../../domain/types';
import type { AnalysisContext } from '../context';
import { isFastPath, isLowDialogue } from '../capabilities';
import type { Finding, LensView } from '../types';
import type { FindingRule } from '../context';
import { activeInPhase, carriersOf, cellsInPhase, channelNames, makeFinding, roleAt } from './shared';

const QUICK_DECIDERS = new Set(['impulsive', 'unfounded']);

export function decidesQuickly(t: Typology): boolean {
  if (t.key && QUICK_DECIDERS.has(t.key)) return true;
  return t.key === null && t.searchBehaviour === 'unstructured' && t.searchIntensity === 'low';
}

function lowDialogue(ctx: AnalysisContext, view: LensView, typology: Typology): Finding[] {
  if (typology.searchIntensity !== 'high') return [];
  const phases = ['inform', 'advise']
    .map((key) => ctx.phaseIndexByKey(key))
    .filter((p) => p >= 0)
    .map((p) => ({ p, carriers: carriersOf(ctx, view, p) }))
    .filter(({ carriers }) => carriers.length > 0 && carriers.every((c) => isLowDialogue(ctx.channels[c]!)));
  if (phases.length === 0) return [];
  const carriers = [...new Set(phases.flatMap((x) => x.carriers))].sort((a, b) => a - b);
  return [
    makeFinding(ctx, view, {
      family: 'typologies',
      rule: 'typology.lowDialogue',
      severity: 'attention',
      subject: typology.id,
      cells: phases.flatMap(({ p, carriers: cs }) => cellsInPhase(ctx, p, cs)),
      params: {
        typology: typology.name,
        phases: phases.map(({ p }) => ctx.phases[p]!.name),
        channels: channelNames(ctx, carriers),
        count: phases.length,
      },
    }),
  ];
}

function noFastPath(ctx: AnalysisContext, view: LensView, typology: Typology): Finding[] {
  if (!decidesQuickly(typology)) return [];
  const p = ctx.phaseIndexByKey('transact');
  if (p < 0) return [];
  const { fastPathPersonalRole } = ctx.thresholds;
  if (ctx.channels.some((channel, c) => isFastPath(channel, roleAt(ctx, view, p, c), fastPathPersonalRole))) return [];
  const active = activeInPhase(ctx, view, p);
  const phase = ctx.phases[p]!;
  return [
    makeFinding(ctx, view, {
      family: 'typologies',
      rule: 'typology.noFastPath',
      severity: 'warning',
      subject: `${typology.id}|${phase.id}`,
      // Nothing active: the whole row is what needs a channel.
      cells: cellsInPhase(ctx, p, active.length > 0 ? active : ctx.channels.map((_, c) => c)),
      params: { typology: typology.name, phase: phase.name, channels: channelNames(ctx, active) },
      messageKey: active.length > 0 ? 'typology.noFastPath' : 'typology.noFastPathEmpty',
    }),
  ];
}

export const typologyRules: FindingRule = {
  family: 'typologies',
  rules: ['typology.lowDialogue', 'typology.noFastPath'],
  scope: 'typology',
  run(ctx, view) {
    const typology = ctx.typologies.find((t) => view.lens.kind === 'typology' && t.id === view.lens.id);
    if (!typology || ctx.channels.length === 0 || !ctx.isTypologyRelevant(typology)) return [];
    return [...lowDialogue(ctx, view, typology), ...noFastPath(ctx, view, typology)];
  },
};
