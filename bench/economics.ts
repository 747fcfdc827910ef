// Economics figures: the cost-to-serve computation the page runs on every change,
// on the benchmark size (60 channels x 12 phases x 40 customer-type lenses x 3 scenarios).
import { performance } from 'node:perf_hooks';
import type { MatrixCell, Role } from '@shared/domain/types';
import { journeyCost } from '@shared/analysis/economics/journey-cost';
import { lifetimeValue, retentionSensitivity } from '@shared/analysis/economics/lifetime-value';
import { DEFAULT_ROLE_CONTACTS } from '@shared/analysis/economics/rules';
import type { ContactOverride } from '@shared/analysis/economics/types';
import type { Figure } from './bench';

const SIZE = { channels: 60, phases: 12, lenses: 40, scenarios: 3 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function runEconomicsBench(): Figure[] {
  const phases = Array.from({ length: SIZE.phases }, (_, i) => ({ id: `p${i}` }));
  const channels = Array.from({ length: SIZE.channels }, (_, i) => ({ id: `c${i}`, costPerContact: i % 7 === 0 ? null : i * 0.75 }));
  const types = Array.from({ length: SIZE.lenses - 1 }, (_, i) => `t${i}`);
  const timings: number[] = [];
  for (let s = 0; s < SIZE.scenarios; s++) {
    // What matrix.scenarioCells returns: every lens's cells of the scenario.
    const cells: MatrixCell[] = [];
    const overrides: ContactOverride[] = [];
    for (const [l, lensId] of [null, ...types].entries()) {
      for (const [p, phase] of phases.entries()) {
        for (const [c, channel] of channels.entries()) {
          const role = ((p + c + l + s) % 4) as Role;
          const lens = lensId === null ? ({ kind: 'all' } as const) : ({ kind: 'customerType', id: lensId } as const);
          cells.push({ id: `${s}-${l}-${p}-${c}`, scenarioId: `s${s}`, phaseId: phase.id, channelId: channel.id, lens, role, note: '', evidence: null });
          if ((p * c + l) % 50 === 0) overrides.push({ scenarioId: `s${s}`, customerTypeId: lensId, phaseId: phase.id, channelId: channel.id, contacts: 1.5 });
        }
      }
    }
    // Warm the JIT first, so the figures say what a user waits for, not compilation.
    if (s === 0) for (let w = 0; w < 5; w++) journeyCost({ phases, channels, cells, customerTypeId: types[w]!, roleContacts: DEFAULT_ROLE_CONTACTS, overrides });
    for (const customerTypeId of [null, ...types]) {
      const t0 = performance.now();
      journeyCost({ phases, channels, cells, customerTypeId, roleContacts: DEFAULT_ROLE_CONTACTS, overrides });
      timings.push(performance.now() - t0);
    }
  }
  timings.sort((a, b) => a - b);
  const clvInputs = { yearlyMargin: 180, retention: 75, discountRate: 8, horizonYears: 100 };
  const t0 = performance.now();
  for (let i = 0; i < 10_000; i++) {
    lifetimeValue(clvInputs);
    retentionSensitivity(clvInputs);
  }
  const clvMicros = ((performance.now() - t0) / 10_000) * 1000;
  return [
    { name: 'economics: cost to serve, one scenario x lens (p50)', value: percentile(timings, 50), unit: 'ms' },
    { name: 'economics: cost to serve, one scenario x lens (p95)', value: percentile(timings, 95), unit: 'ms', budget: { max: 30 } },
    { name: 'economics: CLV + sensitivity at a 100-year horizon', value: clvMicros, unit: 'µs', budget: { max: 50 } },
  ];
}
