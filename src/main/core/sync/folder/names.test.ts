import { describe, expect, it } from 'vitest';
import { COPY_STYLES, copyName } from '../../testing/hostile-folder';
import { hlcToStamp, isSafeDeviceId, parseSegmentName, segmentName } from './names';

const HASH = 'ab'.repeat(32);
const FROM = '2026-12-02T10:00:00.000Z-0000-dev1';
const TO = '2026-12-02T10:05:00.250Z-00a1-dev1';

describe('segment names', () => {
  it('turn clocks into stamps without characters Windows or macOS refuse, still sorting as the clocks do', () => {
    expect(hlcToStamp(FROM)).toBe('20261202T100000000Z-0000');
    const clocks = ['2026-12-02T10:00:00.000Z-0001-b', '2026-12-02T09:59:59.999Z-ffff-a', '2027-01-01T00:00:00.000Z-0000-a', '2026-12-02T10:00:00.000Z-0000-z'];
    const byClock = [...clocks].sort().map(hlcToStamp);
    expect([...byClock].sort()).toEqual(byClock);
    for (const stamp of byClock) expect(stamp).not.toMatch(/[:/\\<>"|?*]/);
    expect(() => hlcToStamp('yesterday')).toThrow();
  });

  it('read back what they were made from', () => {
    const name = segmentName(FROM, TO, HASH);
    expect(name).toBe(`20261202T100000000Z-0000_20261202T100500250Z-00a1_${HASH}.ops.gz`);
    expect(parseSegmentName(name)).toEqual({ from: '20261202T100000000Z-0000', to: '20261202T100500250Z-00a1', hash: HASH, copy: false });
  });

  it('recognise every cloud client copy as a copy of the same segment', () => {
    const name = segmentName(FROM, TO, HASH);
    for (const style of COPY_STYLES) {
      expect(parseSegmentName(copyName(name, style)), style).toMatchObject({ hash: HASH, copy: true });
    }
  });

  it('name no segment for temporary, hidden or foreign files', () => {
    const name = segmentName(FROM, TO, HASH);
    for (const other of [`.~cw-${name}.0123456789ab.tmp`, `.tmp-${name}`, `${name}.partial`, `.${name}`, 'device.json', 'notes.txt', `${name.slice(0, 40)}.ops.gz`, name.replace(HASH, 'zz'.repeat(32))]) {
      expect(parseSegmentName(other), other).toBeNull();
    }
  });

  it('accept only device ids that are safe as folder names', () => {
    expect(isSafeDeviceId('0123456789abcdef')).toBe(true);
    expect(isSafeDeviceId('018f2a4c-7b1e-7c3a-9d2e-1234567890ab')).toBe(true);
    for (const bad of ['', '..', 'a/b', 'a\\b', 'c:', '.hidden', 'x'.repeat(200)]) expect(isSafeDeviceId(bad), bad).toBe(false);
  });
});
