import type { Catalog, Lens } from '../../domain/types';
import { argMax, argMin, percent, pick, sum, visibleChannels, visiblePhases, weightGrid, type AxisItem, type CellIndex } from './cells';
import { reading, type Reading } from './reading';

export interface BalancePhase extends AxisItem {
  online: number;
  offline: number;
  /** Online share of the phase's role weight in percent; null when the phase carries no weight. */
  onlinePercent: number | null;
}

export interface BalanceData {
  phases: BalancePhase[];
  online: number;
  offline: number;
  reading: Reading;
}

/** Online vs offline role weight per phase (a channel is online or offline as set in its profile). */
export function balanceData(catalog: Pick<Catalog, 'phases' | 'channels'>, index: CellIndex, lens: Lens): BalanceData {
  const phases = visiblePhases(catalog).map(pick);
  const channels = visibleChannels(catalog);
  const weights = weightGrid(index, lens, phases, channels);
  const rows = phases.map((phase, p) => {
    const row = weights[p]!;
    const online = sum(row.filter((_, c) => channels[c]!.online));
    const offline = sum(row) - online;
    return { ...phase, online, offline, onlinePercent: online + offline === 0 ? null : percent(online, online + offline) };
  });
  const online = sum(rows.map((r) => r.online));
  const offline = sum(rows.map((r) => r.offline));
  return { phases: rows, online, offline, reading: readBalance(rows, online, offline, channels.length) };
}

function readBalance(rows: BalancePhase[], online: number, offline: number, channelCount: number): Reading {
  if (rows.length === 0 || channelCount === 0) return reading('balance.noAxes');
  if (online + offline === 0) return reading('balance.empty');
  const weighed = rows.filter((r) => r.onlinePercent !== null);
  const shares = weighed.map((r) => r.onlinePercent!);
  return reading('balance.summary', {
    percent: percent(online, online + offline),
    online: weighed[argMax(shares)]!.name,
    offline: weighed[argMin(shares)]!.name,
  });
}
