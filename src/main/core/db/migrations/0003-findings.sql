-- Channelwise workspace schema, version 3: the Findings list's thresholds.
-- Same conventions as 0001 (docs/file-format.md): UUID ids, tombstones, STRICT.
-- One row per tuned threshold, so two devices that tune different thresholds
-- merge field by field; id = UUIDv5 of 'findingsThreshold|<key>', so two that
-- tune the same one converge on one row. No row (or a tombstone) means the
-- default in src/shared/analysis/findings/thresholds.ts, which also holds each
-- key's range: keys are not listed here so a later version can add thresholds
-- without a migration. Every threshold today lies within 0..100.
CREATE TABLE findings_thresholds (
  id      TEXT PRIMARY KEY,
  key     TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
  value   REAL NOT NULL CHECK (value >= 0 AND value <= 100),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX findings_thresholds_by_key ON findings_thresholds (key);
