/** The framework part of the contract: the catalog lists (phases, channels, customer types, typologies, domains, scenarios). */
import { z } from 'zod';
import {
  CERTAINTIES,
  CHANNEL_PREFERENCES,
  COST_GROUPS,
  DOMAIN_TYPES,
  SEARCH_BEHAVIOURS,
  SEARCH_INTENSITIES,
  type Catalog,
  type CatalogItem,
  type DeleteImpact,
  type Scenario,
} from '../domain/types';
import {
  catalogKindSchema,
  colorSchema,
  command,
  empty,
  idSchema,
  moneySchema,
  nameSchema,
  percentSchema,
  query,
  textSchema,
} from './define';

const basePatch = {
  name: nameSchema.optional(),
  description: textSchema.optional(),
  hidden: z.boolean().optional(),
};

export const catalogPatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phase'), ...basePatch, digitalRole: textSchema.optional() }).strict(),
  z
    .object({
      kind: z.literal('channel'),
      ...basePatch,
      online: z.boolean().optional(),
      personal: z.boolean().optional(),
      dialogue: z.boolean().optional(),
      costPerContact: moneySchema.nullable().optional(),
      reach: moneySchema.nullable().optional(),
      costGroup: z.enum(COST_GROUPS).nullable().optional(),
      color: colorSchema.optional(),
      icon: z.string().max(64).nullable().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('customerType'),
      ...basePatch,
      share: percentSchema.nullable().optional(),
      value: z.number().finite().nullable().optional(),
      color: colorSchema.optional(),
      picture: z.string().max(2_000_000).startsWith('data:image/').nullable().optional(),
      typologyId: idSchema.nullable().optional(),
      dimensions: z.record(idSchema, z.number().finite().min(0).max(100)).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('typology'),
      ...basePatch,
      searchBehaviour: z.enum(SEARCH_BEHAVIOURS).nullable().optional(),
      certainty: z.enum(CERTAINTIES).nullable().optional(),
      searchIntensity: z.enum(SEARCH_INTENSITIES).nullable().optional(),
      preferredSources: textSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('productDomain'),
      ...basePatch,
      domainType: z.enum(DOMAIN_TYPES).nullable().optional(),
      isMain: z.boolean().optional(),
      inUse: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('scenario'), ...basePatch }).strict(),
]);
export type CatalogPatch = z.infer<typeof catalogPatchSchema>;

export const frameworkMethods = {
  'catalog.get': query<Catalog>()(empty),
  'catalog.create': command<CatalogItem>()(
    z
      .object({ kind: catalogKindSchema, name: nameSchema, afterId: idSchema.nullable().optional() })
      .strict(),
  ),
  'catalog.update': command<CatalogItem>()(z.object({ id: idSchema, patch: catalogPatchSchema }).strict()),
  'catalog.move': command<CatalogItem>()(
    z.object({ kind: catalogKindSchema, id: idSchema, afterId: idSchema.nullable() }).strict(),
  ),
  /** Show every hidden item of these kinds, as one undoable action; the count shown. */
  'catalog.showAll': command<number>()(z.object({ kinds: z.array(catalogKindSchema).min(1).max(6) }).strict()),
  /** Add the example customer types the workspace lacks, as one undoable action; how many were added. */
  'catalog.addExamples': command<number>()(empty),
  /** Delete every customer type still marked as an example, as one undoable action; how many. */
  'catalog.removeExamples': command<number>()(empty),
  'catalog.delete': command<null>()(z.object({ kind: catalogKindSchema, id: idSchema }).strict()),
  'catalog.deleteImpact': query<DeleteImpact>()(z.object({ kind: catalogKindSchema, id: idSchema }).strict()),
  /** A new scenario holding a copy of every cell (all lenses) of an existing one. */
  'catalog.copyScenario': command<Scenario>()(z.object({ id: idSchema, name: nameSchema }).strict()),
  'catalog.setChannelPreference': command<CatalogItem>()(
    z
      .object({
        customerTypeId: idSchema,
        channelId: idSchema,
        preference: z.enum(CHANNEL_PREFERENCES).nullable(),
      })
      .strict(),
  ),
} as const;

/** The synced tables this area owns (their columns are in src/main/core/db/tables.ts). */
export const frameworkTables = [
  'phases',
  'channels',
  'typologies',
  'dimensions',
  'customer_types',
  'customer_type_dimensions',
  'customer_type_channels',
  'product_domains',
  'scenarios',
] as const;
