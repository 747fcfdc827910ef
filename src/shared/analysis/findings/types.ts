/**
 * The vocabulary of the Findings list: what a finding is and what a rule gets
 * to look at. Findings are computed from the catalog, one scenario's cells and
 * the workspace's thresholds; they carry message keys, never sentences, so the
 * renderer words them in the user's language.
 */
import type { JourneyDetail } from '../../domain/journeys';
import type { EconomicsData } from '../economics/types';
import type { Catalog, Lens, ScenarioCell } from '../../domain/types';
import type { Thresholds } from './thresholds';

export const SEVERITIES = ['warning', 'attention', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface CellRef {
  phaseId: string;
  channelId: string;
}

/** A sum of money: written in the workspace currency by whoever words the finding (signed: "+€20.12"). */
export interface MoneyParam {
  money: number;
  signed?: boolean;
}

/** Channels with a sum each ("Account manager +€20.12"), joined as a list. */
export interface MoneyListParam {
  moneyList: { name: string; money: number }[];
}

export type FindingParam = string | number | string[] | MoneyParam | MoneyListParam;

/** Names, counts and sums a message is filled in with; lists are joined by the renderer in its language. */
export type FindingParams = Record<string, FindingParam>;

/** What one phase gains and loses from one scenario to another (channel names per kind of change). */
export interface PhaseChange {
  phaseId: string;
  phase: string;
  appeared: string[];
  vanished: string[];
  rose: string[];
  fell: string[];
  /**
   * Only for the scenario comparison: the phase had no lead channel in the
   * baseline and has these now (leadGained), or had these and has none now
   * (leadLost). Absent when the phase keeps (or keeps lacking) a lead.
   */
  leadGained?: string[];
  leadLost?: string[];
}

/** The journey a finding is about, and its steps in reading order (titles for the links). */
export interface FindingJourney {
  id: string;
  name: string;
  steps: { id: string; title: string }[];
}

export interface Finding {
  /** Rule plus scope plus subject: the same problem keeps its id while the data around it changes. */
  id: string;
  rule: string;
  /** The rule family (a heading in the list). */
  family: string;
  severity: Severity;
  scenarioId: string;
  lens: Lens;
  /** The matrix cells the finding is about, in phase-then-channel order. */
  cells: CellRef[];
  /** i18n key (under ui.findings.messages) and what fills it in. */
  message: { key: string; params: FindingParams };
  /** Only for the scenario comparison: the per-phase detail of its paragraph. */
  changes?: PhaseChange[];
  /** Only for the scenario comparison: the scenario compared with (the matrix opens on both). */
  baselineId?: string;
  /**
   * Only for the scenario comparison: channels that had a role in the baseline
   * and have none in the scenario (for all customers). The change retires
   * them, so they are said here rather than as "plays no role" warnings.
   */
  retired?: string[];
  /** Only for journey findings: the journey and steps it links to (`lens` is the journey's lens). */
  journey?: FindingJourney;
}

export type AnalysisCatalog = Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies' | 'productDomains' | 'scenarios'>;

export interface FindingsInput {
  catalog: AnalysisCatalog;
  scenarioId: string;
  /** Every set cell of the scenario in every lens (matrix.scenarioCells). */
  cells: readonly ScenarioCell[];
  thresholds: Thresholds;
  /** The scenario to describe the change from (as-is), with its cells; none: no comparison. */
  baseline?: { scenarioId: string; cells: readonly ScenarioCell[] } | null;
  /** The scenario's journeys with their steps (journeys.details); none: no journey findings. */
  journeys?: readonly JourneyDetail[];
  /**
   * The scenario's economics inputs (economics.get), and the baseline's for the
   * cost change; none: nothing is said about money. Costs per contact come
   * from the catalog's channels.
   */
  economics?: FindingsEconomics | null;
}

/** What the money rules need besides the catalog: the expected contacts of each scenario. */
export interface FindingsEconomics {
  scenario: MoneyInput;
  baseline?: MoneyInput | null;
}

export type MoneyInput = Pick<EconomicsData, 'roleContacts' | 'overrides'>;


/**
 * One lens of the scenario as the rules see it: roles and notes resolved
 * through inheritance, in flat arrays indexed `phaseIndex * channelCount +
 * channelIndex` over the context's visible phases and channels (the rules'
 * inner loops run thousands of times on a big workspace).
 */
export interface LensView {
  lens: Lens;
  /** "all", or "customerType:<id>" etc. (also part of finding ids). */
  lensKey: string;
  /** 0 for none or unset. */
  roles: Uint8Array;
  /** 1 where the (effective) cell has a note. */
  notes: Uint8Array;
}
