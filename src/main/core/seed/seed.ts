import { v7 as uuidv7 } from 'uuid';
import type { Lang } from '@shared/domain/types';
import {
  DEFAULT_CHANNELS,
  DEFAULT_DIMENSIONS,
  DEFAULT_DOMAINS,
  DEFAULT_PHASES,
  DEFAULT_SCENARIOS,
  DEFAULT_TYPOLOGIES,
} from '@shared/framework/default-framework';
import type { TableName, Row } from '../db/tables';
import type { Writer } from '../journal/journal';
import { blankRow } from '../services/rows';
import { positionsFor } from '../services/positions';

/**
 * Write the default framework in the workspace's content language. Dimensions and
 * the two scenarios are written for an empty workspace too: a matrix always needs
 * a scenario, and customer types always sit on the three dimensions.
 */
export function seedWorkspace(w: Writer, lang: Lang, template: 'default' | 'empty'): void {
  const put = <T>(table: TableName, items: readonly T[], toRow: (item: T) => Row) => {
    const positions = positionsFor(items.length);
    items.forEach((item, i) => w.insert(table, { ...blankRow(table), id: uuidv7(), position: positions[i]!, ...toRow(item) }));
  };
  put('dimensions', DEFAULT_DIMENSIONS, (d) => ({ key: d.key, name: d.name[lang], pole_a: d.poleA[lang], pole_b: d.poleB[lang] }));
  put('scenarios', DEFAULT_SCENARIOS, (s) => ({ key: s.key, name: s.name[lang], description: s.description[lang] }));
  if (template === 'empty') return;
  put('phases', DEFAULT_PHASES, (p) => ({
    key: p.key,
    name: p.name[lang],
    description: p.description[lang],
    digital_role: p.digitalRole[lang],
  }));
  put('channels', DEFAULT_CHANNELS, (c) => ({
    key: c.key,
    name: c.name[lang],
    description: c.description[lang],
    online: c.online ? 1 : 0,
    personal: c.personal ? 1 : 0,
    dialogue: c.dialogue ? 1 : 0,
    cost_group: c.costGroup,
  }));
  put('typologies', DEFAULT_TYPOLOGIES, (t) => ({
    key: t.key,
    name: t.name[lang],
    description: t.description[lang],
    search_behaviour: t.searchBehaviour,
    certainty: t.certainty,
    search_intensity: t.searchIntensity,
    preferred_sources: t.preferredSources[lang],
  }));
  put('product_domains', DEFAULT_DOMAINS, (d) => ({
    key: d.key,
    name: d.name[lang],
    description: d.description[lang],
    domain_type: d.domainType,
  }));
}
