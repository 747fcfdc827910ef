import type { Catalog, Lens } from '../../domain/types';
import { argMax, percent, pick, sum, visibleChannels, visiblePhases, weightGrid, type AxisItem, type CellIndex } from './cells';
import { foldByWeight } from './downsample';
import { reading, type Reading } from './reading';

/** Stacks drawn in one bar: a dozen stays readable and keeps colours and patterns distinct. */
export const MIX_BUDGET = 12;

export interface MixSeries {
  /** Stable key for the drawing layer ("s0", "s1", ...). */
  key: string;
  /** The channel's name; empty for "Other (n)". */
  name: string;
  channelId: string | null;
  /** 0 for a channel; n for "Other (n)". */
  folded: number;
  total: number;
}

export interface MixPhase extends AxisItem {
  total: number;
  /** Role weight per series, in series order. */
  values: number[];
}

export interface MixData {
  series: MixSeries[];
  phases: MixPhase[];
  total: number;
  reading: Reading;
}

/** Channel mix per phase: role weight per channel, stacked per phase. */
export function mixData(catalog: Pick<Catalog, 'phases' | 'channels'>, index: CellIndex, lens: Lens, budget = MIX_BUDGET): MixData {
  const phases = visiblePhases(catalog).map(pick);
  const channels = visibleChannels(catalog).map(pick);
  const weights = weightGrid(index, lens, phases, channels);
  const channelTotal = channels.map((_, c) => sum(weights.map((row) => row[c]!)));
  // Channels that carry nothing would only be empty legend entries.
  const carrying = channels.map((channel, c) => ({ channel, c })).filter(({ c }) => channelTotal[c]! > 0);
  const { kept, folded } = foldByWeight(carrying, ({ c }) => channelTotal[c]!, budget);
  const series: MixSeries[] = kept.map(({ channel, c }, i) => ({ key: `s${i}`, name: channel.name, channelId: channel.id, folded: 0, total: channelTotal[c]! }));
  if (folded.length > 0) {
    series.push({ key: `s${kept.length}`, name: '', channelId: null, folded: folded.length, total: sum(folded.map(({ c }) => channelTotal[c]!)) });
  }
  const mixPhases = phases.map((phase, p) => {
    const row = weights[p]!;
    const values = kept.map(({ c }) => row[c]!);
    if (folded.length > 0) values.push(sum(folded.map(({ c }) => row[c]!)));
    return { ...phase, total: sum(row), values };
  });
  const total = sum(channelTotal);
  return { series, phases: mixPhases, total, reading: readMix(channels, phases, weights, channelTotal, total) };
}

function readMix(channels: AxisItem[], phases: AxisItem[], weights: number[][], channelTotal: number[], total: number): Reading {
  if (channels.length === 0 || phases.length === 0) return reading('mix.noAxes');
  if (total === 0) return reading('mix.empty');
  const top = argMax(channelTotal);
  // The phase that depends on the fewest channels (among phases that have any).
  const active = weights.map((row) => row.filter((w) => w > 0).length);
  let lean = -1;
  active.forEach((count, p) => {
    if (count > 0 && (lean === -1 || count < active[lean]!)) lean = p;
  });
  return reading('mix.summary', {
    channel: channels[top]!.name,
    percent: percent(channelTotal[top]!, total),
    phase: phases[lean]!.name,
    count: active[lean]!,
  });
}
