import { AppError } from '@shared/errors';
import type { Catalog, Lens } from '@shared/domain/types';
import { DEFAULT_DOMAINS, DEFAULT_TYPOLOGIES } from '@shared/framework/default-framework';
import { ALL_CUSTOMERS, lensName, lensesOf } from '@shared/matrix-io/export-rows';
import { nameKey } from '@shared/matrix-io/text';
import type { Workspace } from '../workspace';

export interface NamedView {
  scenarioId: string;
  scenarioName: string;
  lens: Lens;
  lensName: string;
}

/** Default-framework names in both languages, by key: "--lens Diensten" works in an English workspace. */
const DEFAULT_NAMES = new Map<string, string[]>(
  [...DEFAULT_TYPOLOGIES, ...DEFAULT_DOMAINS].map((row) => [row.key, Object.values(row.name).map(nameKey)]),
);

/**
 * A scenario and lens from the names a user typed (the CLI): any case, either
 * language for "All customers"/"Alle klanten" and for default-framework
 * items. Defaults: the first scenario, all customers.
 */
export function resolveView(ws: Workspace, scenario?: string, lens?: string): NamedView {
  const catalog = ws.catalogRepo.catalog();
  const lang = ws.info().contentLanguage;
  const first = catalog.scenarios[0];
  const found =
    scenario === undefined ? first : catalog.scenarios.find((s) => nameKey(s.name) === nameKey(scenario));
  if (!found) {
    const list = catalog.scenarios.map((s) => s.name).join(', ');
    throw new AppError('SCENARIO_NOT_FOUND', `No scenario ${scenario ?? ''}`, { name: scenario ?? '', list });
  }
  const resolved = lens === undefined ? ({ kind: 'all' } as const) : findLens(catalog, lang, lens);
  return { scenarioId: found.id, scenarioName: found.name, lens: resolved, lensName: lensName(catalog, lang, resolved) };
}

function findLens(catalog: Catalog, lang: 'en' | 'nl', wanted: string): Lens {
  const key = nameKey(wanted);
  if (Object.values(ALL_CUSTOMERS).some((name) => nameKey(name) === key)) return { kind: 'all' };
  const lenses = lensesOf(catalog, lang).slice(1);
  const exact = lenses.find((l) => nameKey(l.name) === key);
  if (exact) return exact.lens;
  const items = [...catalog.customerTypes, ...catalog.typologies, ...catalog.productDomains];
  const byDefault = items.find((item) => item.key !== null && (DEFAULT_NAMES.get(item.key) ?? []).includes(key));
  if (byDefault) return lenses.find((l) => l.lens.kind !== 'all' && l.lens.id === byDefault.id)!.lens;
  const list = lensesOf(catalog, lang).map((l) => l.name).join(', ');
  throw new AppError('LENS_NOT_FOUND', `No lens ${wanted}`, { name: wanted, list });
}
