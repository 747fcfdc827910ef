import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '@shared/analysis/findings/thresholds';
import { exportJson, importJsonToNew, serializeJson } from '../interchange/json';
import { useTempDir } from '../testing/temp';
import { thresholdId } from './findings-service';
import { failure } from '../testing/failure';

describe('findings service (thresholds)', () => {
  const tmp = useTempDir();

  it('starts at the defaults, with nothing tuned', () => {
    expect(tmp.create().findings.getThresholds()).toEqual({ values: DEFAULT_THRESHOLDS, tuned: [] });
  });

  it('stores a change as one undoable step with a history label, and puts it back with null', () => {
    const ws = tmp.create();
    const result = ws.findings.setThresholds({ dominantShareOverall: 30, carryingRole: 3 });
    expect(result.values).toMatchObject({ dominantShareOverall: 30, carryingRole: 3, dominantSharePhase: 60 });
    expect(result.tuned).toEqual(['dominantShareOverall', 'carryingRole']);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.findingsThresholds' });
    ws.history.undo();
    expect(ws.findings.getThresholds()).toEqual({ values: DEFAULT_THRESHOLDS, tuned: [] });
    ws.history.redo();
    expect(ws.findings.getThresholds().values.dominantShareOverall).toBe(30);
    expect(ws.findings.setThresholds({ dominantShareOverall: null }).tuned).toEqual(['carryingRole']);
    expect(ws.findings.getThresholds().values.dominantShareOverall).toBe(40);
  });

  it('refuses a value out of range with a translatable error and changes nothing', () => {
    const ws = tmp.create();
    ws.findings.setThresholds({ dominantSharePhase: 70 });
    const before = ws.history.list(100).length;
    const err = failure(() => ws.findings.setThresholds({ dominantSharePhase: 50, dominantShareOverall: 120 }));
    expect(err.code).toBe('FINDINGS_THRESHOLD_RANGE');
    expect(err.params).toEqual({ key: 'dominantShareOverall', value: 120, min: 5, max: 100, integer: false });
    expect(failure(() => ws.findings.setThresholds({ carryingRole: 2.5 })).params).toMatchObject({ key: 'carryingRole', integer: true });
    expect(ws.findings.getThresholds().values).toMatchObject({ dominantSharePhase: 70, dominantShareOverall: 40 });
    expect(ws.history.list(100)).toHaveLength(before);
  });

  it('stores the "leads nearly everywhere" threshold, 0 included, and refuses a fraction', () => {
    const ws = tmp.create();
    expect(ws.findings.setThresholds({ leadsAllButPhases: 0 }).values.leadsAllButPhases).toBe(0);
    expect(ws.findings.getThresholds()).toMatchObject({ values: { leadsAllButPhases: 0 }, tuned: ['leadsAllButPhases'] });
    expect(failure(() => ws.findings.setThresholds({ leadsAllButPhases: 1.5 })).params).toMatchObject({ key: 'leadsAllButPhases', min: 0, max: 5, integer: true });
  });

  it('writes no step when nothing changes', () => {
    const ws = tmp.create();
    ws.findings.setThresholds({ competingLeads: 3 });
    const before = ws.history.list(100).length;
    ws.findings.setThresholds({ competingLeads: 3, carryingRole: null });
    expect(ws.history.list(100)).toHaveLength(before);
  });

  it('ignores a stored value this version does not accept', () => {
    const ws = tmp.create();
    ws.db.prepare('INSERT INTO findings_thresholds (id, key, value) VALUES (?, ?, ?), (?, ?, ?)').run(
      thresholdId('carryingRole'),
      'carryingRole',
      7,
      thresholdId('future'),
      'future',
      1,
    );
    expect(ws.findings.getThresholds()).toEqual({ values: DEFAULT_THRESHOLDS, tuned: [] });
  });

  it('travels through snapshots and the JSON interchange', () => {
    const ws = tmp.create();
    const snapshot = ws.snapshots.create('before');
    ws.findings.setThresholds({ dominantShareOverall: 25 });
    const json = serializeJson(exportJson(ws));
    const copy = importJsonToNew(tmp.file('copy.channelwise'), JSON.parse(json), { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(copy.findings.getThresholds().values.dominantShareOverall).toBe(25);
      expect(serializeJson(exportJson(copy))).toBe(json);
    } finally {
      copy.close();
    }
    ws.snapshots.restore(snapshot.id);
    expect(ws.findings.getThresholds().tuned).toEqual([]);
  });
});
