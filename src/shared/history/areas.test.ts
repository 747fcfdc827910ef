import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/history';
import { areaOf, HISTORY_AREAS, HISTORY_LABEL_NAMES, isHistoryArea } from './areas';

const catalogNames = [...new Set(Object.keys(en).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))];

describe('history areas', () => {
  it('gives every label of the catalog an area, except the undo and redo wrappers', () => {
    const labels = catalogNames.filter((name) => name !== 'undo' && name !== 'redo');
    expect([...HISTORY_LABEL_NAMES].sort()).toEqual(labels.sort());
    for (const name of labels) expect(HISTORY_AREAS).toContain(areaOf(`history.${name}`));
  });

  it('reads the area from the label key', () => {
    expect(areaOf('history.setCellAll')).toBe('matrix');
    expect(areaOf('history.economicsInputs')).toBe('economics');
    expect(areaOf('history.votes')).toBe('workshop');
    expect(areaOf('history.restore')).toBe('restore');
    expect(areaOf('history.slideNotes')).toBe('presentation');
  });

  it('knows no area for a key from a newer version or outside the history', () => {
    expect(areaOf('history.somethingNew')).toBeNull();
    expect(areaOf('history.toString')).toBeNull();
    expect(areaOf('ui.app.title')).toBeNull();
  });

  it('tells an area from anything else', () => {
    expect(isHistoryArea('matrix')).toBe(true);
    expect(isHistoryArea('all')).toBe(false);
    expect(isHistoryArea(3)).toBe(false);
  });
});
