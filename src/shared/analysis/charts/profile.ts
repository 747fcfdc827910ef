import type { Catalog } from '../../domain/types';
import { argMax, argMin, pick, sum, visibleChannels, visiblePhases, visibleSorted, weightGrid, type AxisItem, type CellIndex } from './cells';
import { reading, type Reading } from './reading';

export interface ProfileSeries {
  typeId: string;
  name: string;
  /** Per phase: role weight over the channels this type does not refuse, in its own lens. */
  values: number[];
}

export interface ProfileData {
  phases: AxisItem[];
  series: ProfileSeries[];
  /** Largest value of any series (at least 1), so overlaid radars share one scale. */
  max: number;
  reading: Reading;
}

/** Types shown when the user has not picked any: the three largest by share, else the first three. */
export function defaultProfileTypes(catalog: Pick<Catalog, 'customerTypes'>, count = 3): string[] {
  const types = visibleSorted(catalog.customerTypes);
  return types
    .map((type, i) => ({ id: type.id, share: type.share ?? -1, i }))
    .sort((a, b) => b.share - a.share || a.i - b.i)
    .slice(0, count)
    .map((t) => t.id);
}

/**
 * How strongly each phase is served for each chosen customer type: the role
 * weight summed over the channels in the type's lens (inheriting from all
 * customers), leaving out channels the type refuses.
 */
export function profileData(catalog: Pick<Catalog, 'phases' | 'channels' | 'customerTypes'>, index: CellIndex, typeIds: readonly string[]): ProfileData {
  const phases = visiblePhases(catalog).map(pick);
  const channels = visibleChannels(catalog);
  const types = visibleSorted(catalog.customerTypes);
  const chosen = typeIds.map((id) => types.find((type) => type.id === id)).filter((type) => type !== undefined);
  const series = chosen.map((type) => {
    const refused = new Set(type.refusedChannelIds);
    const served = channels.filter((channel) => !refused.has(channel.id));
    const weights = weightGrid(index, { kind: 'customerType', id: type.id }, phases, served);
    return { typeId: type.id, name: type.name, values: weights.map(sum) };
  });
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  return { phases, series, max, reading: readProfile(phases, series) };
}

function readProfile(phases: AxisItem[], series: ProfileSeries[]): Reading {
  if (series.length === 0) return reading('profile.noTypes');
  if (phases.length === 0 || series.every((s) => sum(s.values) === 0)) return reading('profile.empty');
  if (series.length === 1) {
    const only = series[0]!;
    return reading('profile.single', { type: only.name, strong: phases[argMax(only.values)]!.name, weak: phases[argMin(only.values)]!.name });
  }
  const gaps = phases.map((_, p) => {
    const column = series.map((s) => s.values[p]!);
    return Math.max(...column) - Math.min(...column);
  });
  const widest = argMax(gaps);
  if (gaps[widest] === 0) return reading('profile.same');
  const column = series.map((s) => s.values[widest]!);
  return reading('profile.compare', {
    phase: phases[widest]!.name,
    high: series[argMax(column)]!.name,
    low: series[argMin(column)]!.name,
    gap: gaps[widest]!,
  });
}
