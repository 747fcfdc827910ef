import { v7 as uuidv7 } from 'uuid';
import type { CatalogPatch } from '@shared/api';
import { AppError } from '@shared/errors';
import type { CatalogItem, CatalogKind, ChannelPreference, Label, Lang } from '@shared/domain/types';
import { EXAMPLE_CUSTOMER_TYPES, isExampleKey, type ExampleCustomerType } from '@shared/framework/example-customer-types';
import type { Journal, Writer } from '../journal/journal';
import { CATALOG_TABLE, type CatalogRepo } from '../repos/catalog-repo';
import { derivedId } from '../db/ids';
import { cleanName } from './names';
import { positionBetween } from './positions';
import { blankRow, patchToColumns } from './rows';

/** Create, edit, order and delete the framework lists. Every write is one journaled action. */
export class CatalogService {
  constructor(
    private readonly repo: CatalogRepo,
    private readonly journal: Journal,
  ) {}

  create(kind: CatalogKind, rawName: string, afterId?: string | null): CatalogItem {
    const name = cleanName(rawName);
    this.assertUnique(kind, name, null);
    const id = uuidv7();
    this.journal.run({ kind: 'edit', label: label('create', { name }), undoable: true }, (w) => {
      const row = blankRow(CATALOG_TABLE[kind]);
      Object.assign(row, { id, name, position: this.positionAfter(kind, afterId ?? this.lastId(kind)) });
      w.insert(CATALOG_TABLE[kind], row);
    });
    return this.repo.item(kind, id)!;
  }

  update(id: string, patch: CatalogPatch): CatalogItem {
    const kind = patch.kind;
    const current = this.mustGet(kind, id);
    const name = patch.name === undefined ? undefined : cleanName(patch.name);
    if (name !== undefined && name.toLowerCase() !== current.name.toLowerCase()) this.assertUnique(kind, name, id);
    if (patch.kind === 'customerType' && patch.typologyId) this.mustGet('typology', patch.typologyId);

    this.journal.run({ kind: 'edit', label: updateLabel(current, patch, name), undoable: true }, (w) => {
      const columns = patchToColumns({ ...patch, ...(name === undefined ? {} : { name }) }, ['dimensions']);
      // A renamed example is the user's own customer type now: it loses its example mark.
      if (name !== undefined && name !== current.name && isExampleKey(current.key)) columns.key = null;
      w.update(CATALOG_TABLE[kind], id, columns);
      if (patch.kind === 'productDomain' && patch.isMain === true) this.clearOtherMainDomains(w, id);
      if (patch.kind === 'customerType' && patch.dimensions) this.writeDimensions(w, id, patch.dimensions);
    });
    return this.repo.item(kind, id)!;
  }

  /** Show every hidden item of these kinds as ONE action (one undo step); returns how many. */
  showAll(kinds: readonly CatalogKind[]): number {
    const hidden = kinds.flatMap((kind) => this.repo.rows(kind).filter((r) => r.hidden === 1).map((r) => ({ kind, id: r.id })));
    if (hidden.length === 0) return 0;
    this.journal.run({ kind: 'edit', label: label('showAll', { count: hidden.length }), undoable: true }, (w) => {
      for (const { kind, id } of hidden) w.update(CATALOG_TABLE[kind], id, { hidden: 0 });
    });
    return hidden.length;
  }

  /**
   * Add the example customer types this workspace does not have yet (by key,
   * and never over a customer type of the same name), linked to the default
   * framework's typologies, dimensions and channels that are still there, as
   * ONE action; returns how many were added.
   */
  addExamples(lang: Lang): number {
    const present = this.repo.rows('customerType');
    const missing = EXAMPLE_CUSTOMER_TYPES.filter(
      (example) => !present.some((r) => r.key === example.key) && !this.repo.nameTaken('customerType', example.name[lang], null),
    );
    if (missing.length === 0) return 0;
    const links = { typologies: idsByKey(this.repo.rows('typology')), channels: idsByKey(this.repo.rows('channel')), dimensions: idsByKey(this.repo.dimensions()) };
    this.journal.run({ kind: 'edit', label: label('addExamples', { count: missing.length }), undoable: true }, (w) => {
      let position = present.at(-1)?.position ?? null;
      for (const example of missing) {
        position = positionBetween(position, null);
        this.writeExample(w, example, lang, links, position);
      }
    });
    return missing.length;
  }

  /** Delete every example customer type still marked as one, as ONE action; returns how many. */
  removeExamples(): number {
    const examples = this.repo.rows('customerType').filter((r) => isExampleKey(r.key));
    if (examples.length === 0) return 0;
    this.journal.run({ kind: 'edit', label: label('removeExamples', { count: examples.length }), undoable: true }, (w) => {
      for (const row of examples) w.remove('customer_types', row.id);
    });
    return examples.length;
  }

  private writeExample(
    w: Writer,
    example: ExampleCustomerType,
    lang: Lang,
    links: { typologies: Map<string, string>; channels: Map<string, string>; dimensions: Map<string, string> },
    position: string,
  ): void {
    const id = uuidv7();
    w.insert('customer_types', {
      ...blankRow('customer_types'),
      id,
      key: example.key,
      name: example.name[lang],
      description: example.description[lang],
      position,
      share: example.share,
      color: example.color,
      typology_id: links.typologies.get(example.typology) ?? null,
    });
    for (const [dimensionKey, value] of Object.entries(example.dimensions)) {
      const dimensionId = links.dimensions.get(dimensionKey);
      if (dimensionId) w.put('customer_type_dimensions', dimensionRow(id, dimensionId, value));
    }
    for (const [channelKey, preference] of Object.entries(example.channels)) {
      const channelId = links.channels.get(channelKey);
      if (channelId) w.put('customer_type_channels', preferenceRow(id, channelId, preference));
    }
  }

  /** Place an item right after `afterId` (null: first). */
  move(kind: CatalogKind, id: string, afterId: string | null): CatalogItem {
    const item = this.mustGet(kind, id);
    if (afterId === id) return item;
    if (afterId !== null) this.mustGet(kind, afterId);
    this.journal.run({ kind: 'edit', label: label('move', { name: item.name }), undoable: true }, (w) => {
      const others = this.repo.rows(kind).filter((r) => r.id !== id);
      const index = afterId === null ? -1 : others.findIndex((r) => r.id === afterId);
      const before = others[index]?.position ?? null;
      const after = others[index + 1]?.position ?? null;
      w.update(CATALOG_TABLE[kind], id, { position: positionBetween(before, after) });
    });
    return this.repo.item(kind, id)!;
  }

  /** Tombstone the item; cells and steps that refer to it stay, so undo brings everything back. */
  delete(kind: CatalogKind, id: string): void {
    const item = this.mustGet(kind, id);
    this.journal.run({ kind: 'edit', label: label('delete', { name: item.name }), undoable: true }, (w) => {
      w.remove(CATALOG_TABLE[kind], id);
    });
  }

  setChannelPreference(customerTypeId: string, channelId: string, preference: ChannelPreference | null): CatalogItem {
    const type = this.mustGet('customerType', customerTypeId);
    this.mustGet('channel', channelId);
    const id = preferenceId(customerTypeId, channelId);
    this.journal.run({ kind: 'edit', label: label('preference', { name: type.name }), undoable: true }, (w) => {
      const existing = w.get('customer_type_channels', id);
      if (preference === null) {
        if (existing && existing.deleted === 0) w.remove('customer_type_channels', id);
        return;
      }
      w.put('customer_type_channels', preferenceRow(customerTypeId, channelId, preference), existing ?? null);
    });
    return this.repo.item('customerType', customerTypeId)!;
  }

  private writeDimensions(w: Writer, customerTypeId: string, values: Record<string, number>): void {
    const known = new Set(this.repo.dimensions().map((d) => d.id));
    for (const [dimensionId, value] of Object.entries(values)) {
      if (!known.has(dimensionId)) throw new AppError('NOT_FOUND', `No dimension ${dimensionId}`, { id: dimensionId });
      w.put('customer_type_dimensions', dimensionRow(customerTypeId, dimensionId, value));
    }
  }

  private clearOtherMainDomains(w: Writer, keepId: string): void {
    for (const row of this.repo.rows('productDomain')) {
      if (row.id !== keepId && row.is_main === 1) w.update('product_domains', row.id, { is_main: 0 }, row);
    }
  }

  private positionAfter(kind: CatalogKind, afterId: string | null): string {
    const rows = this.repo.rows(kind);
    if (afterId === null) return positionBetween(null, rows[0]?.position ?? null);
    const index = rows.findIndex((r) => r.id === afterId);
    if (index < 0) throw new AppError('NOT_FOUND', `No ${kind} ${afterId}`, { id: afterId });
    return positionBetween(rows[index]!.position, rows[index + 1]?.position ?? null);
  }

  private lastId(kind: CatalogKind): string | null {
    const rows = this.repo.rows(kind);
    return rows.at(-1)?.id ?? null;
  }

  private mustGet(kind: CatalogKind, id: string): CatalogItem {
    const item = this.repo.item(kind, id);
    if (!item) throw new AppError('NOT_FOUND', `No ${kind} ${id}`, { kind, id });
    return item;
  }

  private assertUnique(kind: CatalogKind, name: string, exceptId: string | null): void {
    if (this.repo.nameTaken(kind, name, exceptId)) throw new AppError('NAME_DUPLICATE', `${name} exists`, { name, kind });
  }
}

/** A customer type's place on a dimension; its id comes from the pair, so two laptops setting it converge on one row. */
function dimensionRow(customerTypeId: string, dimensionId: string, value: number) {
  return { id: derivedId('dim', customerTypeId, dimensionId), customer_type_id: customerTypeId, dimension_id: dimensionId, value, deleted: 0 };
}

/** A customer type's preference for a channel; its id comes from the pair, as a dimension's does. */
const preferenceId = (customerTypeId: string, channelId: string): string => derivedId('pref', customerTypeId, channelId);

function preferenceRow(customerTypeId: string, channelId: string, preference: ChannelPreference) {
  return { id: preferenceId(customerTypeId, channelId), customer_type_id: customerTypeId, channel_id: channelId, preference, deleted: 0 };
}

/** Default-framework items by their key (user-made items have none). */
function idsByKey(items: readonly { key: string | null; id: string }[]): Map<string, string> {
  return new Map(items.flatMap((item) => (item.key ? [[item.key, item.id] as const] : [])));
}

function label(key: string, params: Record<string, string | number>): Label {
  return { key: `history.${key}`, params };
}

function updateLabel(current: CatalogItem, patch: CatalogPatch, name: string | undefined): Label {
  const keys = Object.keys(patch).filter((k) => k !== 'kind');
  if (name !== undefined && name !== current.name && keys.length === 1) {
    return label('rename', { from: current.name, name });
  }
  if (keys.length === 1 && patch.hidden !== undefined) return label(patch.hidden ? 'hide' : 'show', { name: current.name });
  // One field, as the editors save them: the history names it ("Change “Cost per contact” of “Store”").
  if (keys.length === 1 && keys[0] !== 'name') return label('updateField', { name: current.name, field: keys[0]! });
  return label('update', { name: name ?? current.name });
}
