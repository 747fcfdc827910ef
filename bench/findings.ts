// Findings figures: the whole Findings list of one scenario (every rule, every lens,
// plus the as-is vs to-be paragraph and the money rules, with costs for most channels
// and contact numbers per customer type) on the benchmark size: 60 channels x 12 phases x
// 40 lenses (all customers + 13 customer types, 13 typologies, 13 product domains),
// every lens setting every cell, as `npm run bench`'s workspace does; and 20 journeys of
// 50 steps per scenario (emotions and evidence spread over the phases) for the journey rules.
import { performance } from 'node:perf_hooks';
import type { Emotion, JourneyDetail } from '@shared/domain/journeys';
import type { Catalog, DomainType, Evidence, Lens, MatrixCell, Role } from '@shared/domain/types';
import { computeFindings, DEFAULT_THRESHOLDS } from '@shared/analysis/findings';
import { DEFAULT_ROLE_CONTACTS } from '@shared/analysis/economics/rules';
import type { Figure } from './bench';

const SIZE = { channels: 60, phases: 12, lenses: 40, scenarios: 3, journeys: 20, steps: 50 };
const KEYS = ['attract', 'inform', 'advise', 'transact', 'support', 'relationship'];
const TYPOLOGY_KEYS = ['well_founded', 'perpetual_seeker', 'impulsive', 'unfounded'] as const;
const DOMAIN_TYPES: DomainType[] = ['catalogue', 'sensory', 'service'];

const pos = (i: number) => `a${String(i).padStart(4, '0')}`;
const base = (id: string, i: number) => ({ id, key: null, name: id, description: '', position: pos(i), hidden: false });

function catalog(): Catalog {
  const third = (SIZE.lenses - 1) / 3;
  return {
    phases: Array.from({ length: SIZE.phases }, (_, i) => ({ ...base(`p${i}`, i), kind: 'phase', digitalRole: '', key: KEYS[i] ?? null })),
    channels: Array.from({ length: SIZE.channels }, (_, i) => ({
      ...base(`c${i}`, i),
      kind: 'channel',
      online: i % 2 === 0,
      personal: i % 3 === 0,
      dialogue: i % 4 !== 1,
      // Every sixth channel without a cost, as when a user has not priced everything yet.
      costPerContact: i % 6 === 0 ? null : 0.5 + (i % 9) * 3,
      reach: null,
      costGroup: i % 5 === 0 ? 'telephone' : null,
      color: null,
      icon: null,
    })),
    customerTypes: Array.from({ length: third }, (_, i) => ({
      ...base(`t${i}`, i),
      kind: 'customerType',
      share: i + 1,
      value: null,
      color: null,
      picture: null,
      typologyId: null,
      dimensions: {},
      preferredChannelIds: [`c${i}`, `c${i + 20}`],
      refusedChannelIds: [`c${i + 40}`],
    })),
    typologies: Array.from({ length: third }, (_, i) => {
      const key = TYPOLOGY_KEYS[i % 4]!;
      const high = key === 'well_founded' || key === 'perpetual_seeker';
      return { ...base(`y${i}`, i), kind: 'typology', key, searchBehaviour: high ? 'structured' : 'unstructured', certainty: null, searchIntensity: high ? 'high' : 'low', preferredSources: '' };
    }),
    productDomains: Array.from({ length: third }, (_, i) => ({ ...base(`d${i}`, i), kind: 'productDomain', domainType: DOMAIN_TYPES[i % 3]!, isMain: false, inUse: false })),
    scenarios: Array.from({ length: SIZE.scenarios }, (_, i) => ({ ...base(`s${i}`, i), kind: 'scenario' })),
    dimensions: [],
  };
}

function scenarioCells(c: Catalog, s: number): MatrixCell[] {
  const lenses: Lens[] = [
    { kind: 'all' },
    ...c.customerTypes.map((x): Lens => ({ kind: 'customerType', id: x.id })),
    ...c.typologies.map((x): Lens => ({ kind: 'typology', id: x.id })),
    ...c.productDomains.map((x): Lens => ({ kind: 'productDomain', id: x.id })),
  ];
  const cells: MatrixCell[] = [];
  lenses.forEach((lens, l) => {
    for (let p = 0; p < SIZE.phases; p++) {
      for (let ch = 0; ch < SIZE.channels; ch++) {
        const role = ((p + ch + l + s) % 4) as Role;
        const note = (p * ch + l) % 9 === 0 ? 'how they divide it' : '';
        cells.push({ id: `${s}-${l}-${p}-${ch}`, scenarioId: `s${s}`, phaseId: `p${p}`, channelId: `c${ch}`, lens, role, note, evidence: null });
      }
    }
  });
  return cells;
}

const EVIDENCE: Evidence[] = ['hypothesis', 'observed', 'inferred'];

function scenarioJourneys(s: number): JourneyDetail[] {
  return Array.from({ length: SIZE.journeys }, (_, j) => {
    const id = `j${s}-${j}`;
    return {
      journey: { id, name: id, description: '', scenarioId: `s${s}`, customerTypeId: j % 2 === 0 ? `t${j % 13}` : null, typologyId: null, productDomainId: null, position: pos(j), stepCount: SIZE.steps },
      steps: Array.from({ length: SIZE.steps }, (_, i) => ({
        id: `${id}-${i}`,
        journeyId: id,
        phaseId: `p${i % SIZE.phases}`,
        channelId: `c${(i * 7) % SIZE.channels}`,
        position: pos(i),
        title: `Step ${i}`,
        does: '',
        thinks: '',
        feels: '',
        emotion: (((i + j + s) % 5) - 2) as Emotion,
        painPoints: '',
        opportunities: '',
        momentOfTruth: false,
        owner: '',
        kpi: '',
        evidence: i % 4 === 3 ? null : EVIDENCE[(i + j) % 3]!,
        phaseMissing: false,
        channelMissing: false,
      })),
    };
  });
}

export function runFindingsBench(): Figure[] {
  const c = catalog();
  const cells = Array.from({ length: SIZE.scenarios }, (_, s) => scenarioCells(c, s));
  const journeys = Array.from({ length: SIZE.scenarios }, (_, s) => scenarioJourneys(s));
  // Explicit contact numbers for each customer type in every phase, on top of the default per role.
  const money = (s: number) => ({
    roleContacts: DEFAULT_ROLE_CONTACTS,
    overrides: c.customerTypes.flatMap((t, i) =>
      c.phases.map((p, k) => ({ scenarioId: `s${s}`, customerTypeId: t.id, phaseId: p.id, channelId: `c${(i + k + s) % SIZE.channels}`, contacts: 1 + ((i + k) % 3) })),
    ),
  });
  const input = (s: number) => ({
    catalog: c,
    scenarioId: `s${s}`,
    cells: cells[s]!,
    thresholds: DEFAULT_THRESHOLDS,
    baseline: s > 0 ? { scenarioId: 's0', cells: cells[0]! } : null,
    journeys: journeys[s]!,
    economics: { scenario: money(s), baseline: s > 0 ? money(0) : null },
  });
  // Warm the JIT first, so the figures say what a user waits for, not compilation.
  for (let w = 0; w < 3; w++) computeFindings(input(1));
  const timings: number[] = [];
  let count = 0;
  for (let round = 0; round < 10; round++) {
    for (let s = 0; s < SIZE.scenarios; s++) {
      const t0 = performance.now();
      count = computeFindings(input(s)).length;
      timings.push(performance.now() - t0);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;
  return [
    { name: 'findings: one scenario, all rules and lenses (p50)', value: at(50), unit: 'ms' },
    { name: 'findings: one scenario, all rules and lenses (p95)', value: at(95), unit: 'ms', budget: { max: 50 } },
    { name: 'findings: one scenario, all rules and lenses (max of 30)', value: timings[timings.length - 1]!, unit: 'ms' },
    { name: 'findings: in the last scenario', value: count, unit: 'findings' },
  ];
}
