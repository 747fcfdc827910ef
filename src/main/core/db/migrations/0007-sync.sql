-- Channelwise workspace schema, version 7: the bookkeeping of team sync.
-- Same conventions as 0001 (docs/file-format.md). Nothing here is synced
-- content: these tables are local to one copy of the workspace and never in
-- TABLES (src/main/core/db/tables.ts), snapshots or the JSON interchange.

-- The workspace's identity: a shared folder or server database belongs to one
-- workspace id. A UUIDv7 built here (48-bit Unix milliseconds, version 7, the
-- RFC 9562 variant, random bits), so a file from before sync gets one on
-- upgrade and a new file gets one when its schema is made.
INSERT INTO workspace_meta (key, value)
SELECT 'workspace_id',
       substr(t, 1, 8) || '-' || substr(t, 9, 4) || '-7' || substr(r, 1, 3) || '-'
       || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(r, 4, 3) || '-' || substr(r, 7, 12)
FROM (SELECT printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) AS t, lower(hex(randomblob(10))) AS r)
WHERE NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'workspace_id');

-- The clock of the value a received op replaced on the laptop that made it
-- ('' when it replaced none). NULL for ops made in this file: their base is the
-- newest earlier op on the same field, read from the journal when needed, so a
-- local edit pays nothing for it.
ALTER TABLE journal_ops ADD COLUMN base TEXT;

-- A value that lost against a concurrent change of the same field, kept so the
-- user can take it back. id = UUIDv5 of the field and the losing clock, the same
-- on every laptop. value_hlc / value_device: the losing change; winner_hlc: the
-- change it lost to.
CREATE TABLE sync_conflicts (
  id           TEXT PRIMARY KEY,
  tbl          TEXT NOT NULL,
  row_id       TEXT NOT NULL,
  col          TEXT NOT NULL,
  value        ANY,
  value_hlc    TEXT NOT NULL,
  value_device TEXT NOT NULL,
  winner_hlc   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved', 'dismissed'))
) STRICT;
CREATE INDEX sync_conflicts_by_field ON sync_conflicts (tbl, row_id, col);

-- The other laptops seen in received changes.
CREATE TABLE sync_peers (
  device_id    TEXT PRIMARY KEY,
  display_name TEXT,
  last_hlc     TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;

-- Sync settings and cursors: mode, target, push cursor (the last local journal
-- seq handed to a transport and confirmed), pull cursors per transport.
CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Received rows that could not be written yet because a row they refer to has
-- not arrived (another laptop's changes still on their way); written when it has.
CREATE TABLE sync_pending (
  tbl    TEXT NOT NULL,
  row_id TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
) STRICT, WITHOUT ROWID;
