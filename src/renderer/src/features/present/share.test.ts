import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Catalog, MatrixCell } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { NO_TARGET } from '@shared/present/slide-keys';
import { sharedSlide } from './share';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;
const item = (id: string, position: string, hidden = false) => ({ id, key: null, name: id.toUpperCase(), description: '', position, hidden });
const catalog = {
  phases: [item('p2', 'b'), item('p1', 'a')].map((p) => ({ ...p, kind: 'phase' as const, digitalRole: '' })),
  channels: [item('c1', 'a'), item('c2', 'b', true)].map((c) => ({
    ...c,
    kind: 'channel' as const,
    online: true,
    personal: false,
    dialogue: false,
    costPerContact: null,
    reach: null,
    costGroup: null,
    color: null,
    icon: null,
  })),
  customerTypes: [],
  typologies: [],
  productDomains: [],
  scenarios: [],
  dimensions: [],
} as Catalog;
const slide = (params: Slide['params']): Slide => ({ id: 'x', kind: params.kind, params, hidden: false, notes: 'secret', position: 'a0', saved: false, target: NO_TARGET, removable: false });
const cell = (phaseId: string, role: 0 | 1 | 2 | 3): MatrixCell => ({ id: phaseId, scenarioId: 's', phaseId, channelId: 'c1', lens: { kind: 'all' }, role, note: '', evidence: null });

describe('sharedSlide', () => {
  it('shows the matrix as a table of role names, visible phases and channels in order', () => {
    const shared = sharedSlide(t, slide({ kind: 'matrix', scenarioId: 's', lens: { kind: 'all' } }), 'Matrix: S', catalog, [cell('p1', 3)]);
    expect(shared).toEqual({
      kind: 'table',
      title: 'Matrix: S',
      subtitle: '',
      columns: ['', 'C1'],
      rows: [
        { header: 'P1', cells: ['<ui.matrix.roles.3>'] },
        { header: 'P2', cells: [''] },
      ],
    });
  });

  it('shows a text slide as its text and never the speaker notes', () => {
    const shared = sharedSlide(t, slide({ kind: 'text', title: 'Break', body: 'Ten minutes' }), 'Break', catalog, null);
    expect(shared).toEqual({ kind: 'text', title: 'Break', body: 'Ten minutes' });
    expect(JSON.stringify(shared)).not.toContain('secret');
  });

  it('names any other slide by its title', () => {
    expect(sharedSlide(t, slide({ kind: 'summary' }), 'Summary', catalog, null)).toEqual({ kind: 'text', title: 'Summary', body: '' });
  });

  it('shows a revealed vote as its totals, and only its title while the totals are hidden', () => {
    const params = { kind: 'votes', voteId: 'v1', title: 'Top cells' } as const;
    const results = (status: 'closed' | 'revealed') => ({
      session: { id: 'v1', title: 'Top cells', targetKind: 'cell' as const, dotsPerParticipant: 3, status, createdAt: '2026-01-01' },
      totals: [
        { kind: 'cell' as const, id: 'a', label: 'Attract × Web', dots: 4, voters: 2 },
        { kind: 'cell' as const, id: 'b', label: 'Inform × Store', dots: 0, voters: 0 },
      ],
      voters: 2,
      dotsCast: 4,
    });
    expect(sharedSlide(t, slide(params), 'Vote: Top cells', catalog, null, results('revealed'))).toEqual({
      kind: 'results',
      title: 'Vote: Top cells',
      voteId: 'v1',
      rows: [{ label: 'Attract × Web', dots: 4 }],
    });
    expect(sharedSlide(t, slide(params), 'Vote: Top cells', catalog, null, results('closed'))).toEqual({ kind: 'text', title: 'Vote: Top cells', body: '' });
  });
});
