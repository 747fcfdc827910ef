import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { exportDeck } from './deck-source';

describe('exportDeck', () => {
  const tmp = useTempDir();

  it("follows the facilitator's saved deck: hidden slides left out, text slides and notes carried", () => {
    const ws = tmp.create();
    const decks = ws.deck;
    const suggested = exportDeck(ws);
    const hidden = suggested[1]!;
    decks.save(hidden.id, { hidden: true });
    decks.save(suggested[0]!.id, { notes: 'Welcome everyone' });
    const text = decks.addText('Next steps', 'Pilot in two shops', 'Ask for a volunteer', suggested[0]!.id);

    const exported = exportDeck(ws);
    expect(exported.map((s) => s.id)).not.toContain(hidden.id);
    expect(exported[0]!.notes).toBe('Welcome everyone');
    expect(exported[1]).toMatchObject({ id: text.id, kind: 'text', notes: 'Ask for a volunteer' });
    expect(exported).toHaveLength(suggested.length);
  });
});
