import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_KIND } from '@shared/domain/interchange-limits';
import { MAX_NAME_LENGTH } from '@shared/domain/types';
import { createTranslator, errorMessage } from '@shared/i18n/translate';
import { AppError } from '@shared/errors';
import { useTempDir } from '../testing/temp';
import { exportJson, importJsonToNew, parseInterchangeText, serializeJson, type InterchangeDoc } from './json';

type Rows = Record<string, unknown>[];

describe('JSON interchange import', () => {
  const tmp = useTempDir();
  const options = () => ({ dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
  const exported = (): InterchangeDoc => {
    const ws = tmp.create('source.channelwise');
    return JSON.parse(serializeJson(exportJson(ws))) as InterchangeDoc;
  };
  const refusal = (doc: unknown): AppError => {
    const target = tmp.file('new.channelwise');
    try {
      importJsonToNew(target, doc, options()).close();
    } catch (err) {
      // Nothing is left behind: not the file, nor a temporary one.
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(tmp.dir()).filter((f) => f.startsWith('.~cw-'))).toEqual([]);
      if (err instanceof AppError) return err;
      throw err;
    }
    throw new Error('expected a refusal');
  };
  const rows = (doc: InterchangeDoc, table: string): Rows => (doc.tables as Record<string, Rows>)[table]!;

  it('round-trips an export', () => {
    const doc = exported();
    const ws = importJsonToNew(tmp.file('copy.channelwise'), doc, options());
    expect(ws.counts().channels).toBe(rows(doc, 'channels').length);
    ws.close();
  });

  it('reads a file from before product domains could be marked in use: they are not', () => {
    const doc = exported();
    for (const row of rows(doc, 'product_domains')) delete row.in_use;
    delete (doc.tables as Record<string, Rows>).workspace_settings;
    const ws = importJsonToNew(tmp.file('old.channelwise'), doc, options());
    expect(ws.catalogRepo.list('productDomain').map((d) => 'inUse' in d && d.inUse)).toEqual([false, false, false]);
    expect(ws.settings.get().currency).toBe('EUR');
    ws.close();
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const text = `\ufeff${serializeJson(exported())}`;
    expect((parseInterchangeText(text, 'doc.json') as InterchangeDoc).format).toBe('channelwise-workspace');
  });

  it('says in the user language that a file is not JSON, without the parser text', () => {
    const err = (() => {
      try {
        parseInterchangeText('{"format": ', 'doc.json');
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected a refusal');
    })();
    expect(err.code).toBe('INTERCHANGE_NOT_JSON');
    expect(errorMessage(createTranslator('nl'), err.toApiError())).toContain('geen geldige JSON');
    expect(errorMessage(createTranslator('en'), err.toApiError())).not.toMatch(/Unexpected|SyntaxError/);
  });

  it('refuses more channels than the app allows', () => {
    const doc = exported();
    const template = rows(doc, 'channels')[0]!;
    const channels = rows(doc, 'channels');
    for (let i = channels.length; i <= MAX_ITEMS_PER_KIND; i++) {
      channels.push({ ...template, id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`, key: null, name: `C${i}` });
    }
    expect(refusal(doc).code).toBe('INTERCHANGE_TOO_MANY');
  });

  it('refuses a name longer than the app allows', () => {
    const doc = exported();
    rows(doc, 'phases')[0]!.name = 'x'.repeat(MAX_NAME_LENGTH + 1);
    const err = refusal(doc);
    expect(err.code).toBe('INTERCHANGE_TOO_LONG');
    expect(errorMessage(createTranslator('nl'), err.toApiError())).toContain('langer dan de 200 tekens');
  });

  it('refuses two rows for one matrix cell', () => {
    const doc = exported();
    const [scenario] = rows(doc, 'scenarios');
    const [phase] = rows(doc, 'phases');
    const [channel] = rows(doc, 'channels');
    const cell = { scenario_id: scenario!.id, phase_id: phase!.id, channel_id: channel!.id, lens_kind: 'all', lens_id: '', role: 2, note: '', evidence: null };
    rows(doc, 'matrix_cells').push(
      { ...cell, id: '0190a000-0000-7000-8000-00000000aaa1' },
      { ...cell, id: '0190a000-0000-7000-8000-00000000aaa2', role: 3 },
    );
    expect(refusal(doc).code).toBe('INTERCHANGE_DUPLICATE');
  });

  it('points at the field a hand edit broke, in the user language', () => {
    const doc = exported();
    rows(doc, 'phases')[0]!.name = 42;
    const err = refusal(doc);
    expect(err.code).toBe('INVALID_INTERCHANGE');
    expect(errorMessage(createTranslator('nl'), err.toApiError())).toContain('“tables.phases[0].name” is niet wat Channelwise daar schrijft');
  });

  it('refuses a workspace without a scenario', () => {
    const doc = exported();
    for (const table of ['matrix_cells', 'journeys', 'journey_steps', 'economics_contacts', 'deck_slides', 'scenarios']) {
      if (table === 'deck_slides') for (const slide of rows(doc, table)) Object.assign(slide, { scenario_id: null, compare_scenario_id: null });
      else (doc.tables as Record<string, Rows>)[table] = [];
    }
    expect(refusal(doc).code).toBe('INTERCHANGE_NO_SCENARIO');
  });
});
