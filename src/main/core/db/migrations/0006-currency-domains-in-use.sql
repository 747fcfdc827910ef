-- Channelwise workspace schema, version 6: the workspace's own settings (its
-- currency first) and product domains the user marks as in use.
-- Same conventions as 0001 (docs/file-format.md): UUID ids, tombstones, STRICT.
-- One row per setting, like findings_thresholds: two devices that change
-- different settings merge field by field; id = UUIDv5 of
-- 'workspaceSetting|<key>', so two that change the same one converge on one row.
-- workspace_meta stays for facts fixed at creation (content language, created
-- at): it is not journaled, so an edit there could not be undone or synced.
-- No row (or a tombstone) means the default (the currency: EUR). Keys and their
-- values are checked by the app (src/main/core/services/workspace-settings.ts),
-- not here, so a later version can add a setting without a migration.
CREATE TABLE workspace_settings (
  id      TEXT PRIMARY KEY,
  key     TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
  value   TEXT NOT NULL CHECK (length(value) <= 200),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX workspace_settings_by_key ON workspace_settings (key);

-- A product domain the business works in, even before it has its own lens
-- cells or journeys: the findings then treat it as relevant.
ALTER TABLE product_domains ADD COLUMN in_use INTEGER NOT NULL DEFAULT 0 CHECK (in_use IN (0, 1));
