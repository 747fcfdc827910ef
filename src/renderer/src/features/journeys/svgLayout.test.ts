import { describe, expect, it } from 'vitest';
import { EXPORT_METRICS, layoutMap, wrapText } from './svgLayout';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('research online then buy in store', 12)).toEqual(['research', 'online then', 'buy in store']);
  });

  it('splits a word longer than a line, and keeps paragraphs', () => {
    expect(wrapText('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrapText('one\ntwo', 20)).toEqual(['one', 'two']);
  });

  it('cuts after the last allowed line with an ellipsis', () => {
    const lines = wrapText('a b c d e f g h', 3, 2);
    expect(lines).toEqual(['a b', 'c …']);
  });

  it('gives nothing for empty text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });
});

describe('layoutMap', () => {
  const step = (title: string, lanes: { label: string; text: string }[] = []) => ({ title, channel: 'Website', emotion: '+1', marks: '', warning: null, lanes });

  it('places columns side by side and cards below each other', () => {
    const layout = layoutMap('Journey', 'As-is', [
      { name: 'Attract', steps: [step('A'), step('B')] },
      { name: 'Inform', steps: [step('C')] },
    ]);
    expect(layout.columns).toHaveLength(2);
    expect(layout.columns[1]!.x - layout.columns[0]!.x).toBe(EXPORT_METRICS.column + EXPORT_METRICS.gap);
    const [a, b] = layout.columns[0]!.cards;
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(layout.height).toBeGreaterThan(b!.y + b!.height);
  });

  it('keeps every line of a very long text inside its card', () => {
    const long = 'word '.repeat(400) + 'x'.repeat(500);
    const layout = layoutMap('J', 'S', [{ name: 'P', steps: [step(long, [{ label: 'Does', text: long }])] }]);
    const card = layout.columns[0]!.cards[0]!;
    for (const line of card.lines) {
      const maxChars = Math.floor((card.width - 2 * EXPORT_METRICS.pad) / (EXPORT_METRICS.font[line.kind] * EXPORT_METRICS.charWidth));
      expect(line.text.length).toBeLessThanOrEqual(maxChars);
      expect(line.y).toBeLessThanOrEqual(card.y + card.height);
    }
    expect(card.lines.filter((l) => l.kind === 'lane').length).toBe(EXPORT_METRICS.maxLaneLines);
  });
});
