import type { Catalog } from '@shared/domain/types';
import type { XlsxSheetSpec } from '../matrix-io/xlsx-write';
import type { SheetText } from './sheet-text';

type Sheet = Omit<XlsxSheetSpec, 'name'> & { title: string };

const namesOf = (catalog: Catalog, ids: readonly string[]): string =>
  ids.map((id) => catalog.channels.find((c) => c.id === id)?.name).filter((n): n is string => n !== undefined).join(', ');

/** The framework lists, one plain table each, in the app's order (hidden items included and marked). */
export function listSheets(catalog: Catalog, s: SheetText): Sheet[] {
  const { t } = s;
  const phases: Sheet = {
    title: t('ui.deliverables.sheets.phases'),
    grid: false,
    rows: [
      [s.col('name'), s.col('description'), s.col('digitalRole'), s.col('hidden')],
      ...catalog.phases.map((p) => [s.text(p.name), s.text(p.description), s.text(p.digitalRole), s.yesNo(p.hidden)]),
    ],
  };
  const channels: Sheet = {
    title: t('ui.deliverables.sheets.channels'),
    grid: false,
    rows: [
      (['name', 'description', 'online', 'personal', 'dialogue', 'costPerContact', 'reach', 'costGroup', 'hidden'] as const).map(s.col),
      ...catalog.channels.map((c) => [
        s.text(c.name),
        s.text(c.description),
        s.yesNo(c.online),
        s.yesNo(c.personal),
        s.yesNo(c.dialogue),
        s.num(c.costPerContact),
        s.num(c.reach),
        c.costGroup === null ? null : s.text(t(`ui.profiles.channel.costGroups.${c.costGroup}`, { defaultValue: c.costGroup })),
        s.yesNo(c.hidden),
      ]),
    ],
    // Cost per contact
    moneyColumns: [5],
  };
  const dimensions = catalog.dimensions;
  const customerTypes: Sheet = {
    title: t('ui.deliverables.sheets.customerTypes'),
    grid: false,
    rows: [
      [
        ...(['name', 'description', 'share', 'value', 'typology', 'preferred', 'refused'] as const).map(s.col),
        ...dimensions.map((d) => s.text(`${d.name} (0 = ${d.poleA}, 100 = ${d.poleB})`)),
        s.col('hidden'),
      ],
      ...catalog.customerTypes.map((c) => [
        s.text(c.name),
        s.text(c.description),
        s.num(c.share),
        s.num(c.value),
        s.text(catalog.typologies.find((ty) => ty.id === c.typologyId)?.name),
        s.text(namesOf(catalog, c.preferredChannelIds)),
        s.text(namesOf(catalog, c.refusedChannelIds)),
        ...dimensions.map((d) => s.num(c.dimensions[d.id])),
        s.yesNo(c.hidden),
      ]),
    ],
  };
  const option = (group: string, value: string | null) => (value === null ? null : s.text(t(`ui.profiles.${group}.${value}`, { defaultValue: value })));
  const typologies: Sheet = {
    title: t('ui.deliverables.sheets.typologies'),
    grid: false,
    rows: [
      (['name', 'description', 'searchBehaviour', 'certainty', 'searchIntensity', 'preferredSources', 'hidden'] as const).map(s.col),
      ...catalog.typologies.map((ty) => [
        s.text(ty.name),
        s.text(ty.description),
        option('typology', ty.searchBehaviour),
        option('typology', ty.certainty),
        option('typology', ty.searchIntensity),
        s.text(ty.preferredSources),
        s.yesNo(ty.hidden),
      ]),
    ],
  };
  const productDomains: Sheet = {
    title: t('ui.deliverables.sheets.productDomains'),
    grid: false,
    rows: [
      (['name', 'description', 'domainType', 'isMain', 'inUse', 'hidden'] as const).map(s.col),
      ...catalog.productDomains.map((d) => [
        s.text(d.name),
        s.text(d.description),
        option('productDomain.types', d.domainType),
        s.yesNo(d.isMain),
        s.yesNo(d.inUse),
        s.yesNo(d.hidden),
      ]),
    ],
  };
  return [phases, channels, customerTypes, typologies, productDomains];
}
