-- Channelwise workspace schema, version 1.
-- Conventions (see docs/file-format.md):
--  * every id is a UUID string (v7 for rows users create, v5 for rows whose identity
--    is their key, such as matrix cells), never an autoincrement number;
--  * synced things are never removed: `deleted = 1` is a tombstone;
--  * order is a fractional-index string in `position` (sort ascending, byte order);
--  * booleans are INTEGER 0/1.

CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE phases (
  id           TEXT PRIMARY KEY,
  key          TEXT,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  digital_role TEXT NOT NULL DEFAULT '',
  position     TEXT NOT NULL,
  hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE channels (
  id               TEXT PRIMARY KEY,
  key              TEXT,
  name             TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '',
  position         TEXT NOT NULL,
  hidden           INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  online           INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
  personal         INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1)),
  dialogue         INTEGER NOT NULL DEFAULT 0 CHECK (dialogue IN (0, 1)),
  cost_per_contact REAL CHECK (cost_per_contact IS NULL OR cost_per_contact >= 0),
  reach            REAL CHECK (reach IS NULL OR reach >= 0),
  cost_group       TEXT CHECK (cost_group IS NULL OR cost_group IN ('office', 'telephone', 'internet')),
  color            TEXT,
  icon             TEXT
) STRICT;

CREATE TABLE typologies (
  id                TEXT PRIMARY KEY,
  key               TEXT,
  name              TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  position          TEXT NOT NULL,
  hidden            INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  search_behaviour  TEXT CHECK (search_behaviour IS NULL OR search_behaviour IN ('structured', 'unstructured')),
  certainty         TEXT CHECK (certainty IS NULL OR certainty IN ('certain', 'uncertain')),
  search_intensity  TEXT CHECK (search_intensity IS NULL OR search_intensity IN ('high', 'low')),
  preferred_sources TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE dimensions (
  id       TEXT PRIMARY KEY,
  key      TEXT,
  name     TEXT NOT NULL,
  pole_a   TEXT NOT NULL,
  pole_b   TEXT NOT NULL,
  position TEXT NOT NULL,
  deleted  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE customer_types (
  id          TEXT PRIMARY KEY,
  key         TEXT,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    TEXT NOT NULL,
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  share       REAL CHECK (share IS NULL OR (share >= 0 AND share <= 100)),
  value       REAL,
  color       TEXT,
  picture     TEXT,
  typology_id TEXT REFERENCES typologies (id)
) STRICT;

-- One row per customer type and dimension: position 0 (pole A) .. 100 (pole B).
CREATE TABLE customer_type_dimensions (
  id               TEXT PRIMARY KEY, -- UUIDv5 of (customer_type_id, dimension_id)
  customer_type_id TEXT NOT NULL REFERENCES customer_types (id),
  dimension_id     TEXT NOT NULL REFERENCES dimensions (id),
  value            REAL NOT NULL CHECK (value >= 0 AND value <= 100),
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX customer_type_dimensions_by_type ON customer_type_dimensions (customer_type_id);

-- Contact preferences: channels a customer type prefers or refuses.
CREATE TABLE customer_type_channels (
  id               TEXT PRIMARY KEY, -- UUIDv5 of (customer_type_id, channel_id)
  customer_type_id TEXT NOT NULL REFERENCES customer_types (id),
  channel_id       TEXT NOT NULL REFERENCES channels (id),
  preference       TEXT NOT NULL CHECK (preference IN ('preferred', 'refused')),
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX customer_type_channels_by_type ON customer_type_channels (customer_type_id);

CREATE TABLE product_domains (
  id          TEXT PRIMARY KEY,
  key         TEXT,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    TEXT NOT NULL,
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  domain_type TEXT CHECK (domain_type IS NULL OR domain_type IN ('catalogue', 'sensory', 'service')),
  is_main     INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1))
) STRICT;

CREATE TABLE scenarios (
  id          TEXT PRIMARY KEY,
  key         TEXT,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    TEXT NOT NULL,
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

-- The role of a channel in a phase, per scenario and lens. The lens is "all
-- customers" (lens_kind 'all', lens_id '') or one customer type, typology or
-- product domain. A lens inherits every cell from 'all' until a cell is set in it.
-- id = UUIDv5 of 'scenario_id|phase_id|channel_id|lens_kind|lens_id', so two
-- devices that set the same cell converge on one row.
CREATE TABLE matrix_cells (
  id          TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL REFERENCES scenarios (id),
  phase_id    TEXT NOT NULL REFERENCES phases (id),
  channel_id  TEXT NOT NULL REFERENCES channels (id),
  lens_kind   TEXT NOT NULL CHECK (lens_kind IN ('all', 'customerType', 'typology', 'productDomain')),
  lens_id     TEXT NOT NULL DEFAULT '',
  role        INTEGER CHECK (role IS NULL OR role BETWEEN 0 AND 3),
  note        TEXT NOT NULL DEFAULT '',
  evidence    TEXT CHECK (evidence IS NULL OR evidence IN ('observed', 'inferred', 'hypothesis')),
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX matrix_cells_by_view ON matrix_cells (scenario_id, lens_kind, lens_id);
CREATE INDEX matrix_cells_by_phase ON matrix_cells (phase_id);
CREATE INDEX matrix_cells_by_channel ON matrix_cells (channel_id);

CREATE TABLE journeys (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  scenario_id       TEXT NOT NULL REFERENCES scenarios (id),
  customer_type_id  TEXT REFERENCES customer_types (id),
  typology_id       TEXT REFERENCES typologies (id),
  product_domain_id TEXT REFERENCES product_domains (id),
  position          TEXT NOT NULL,
  deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE journey_steps (
  id              TEXT PRIMARY KEY,
  journey_id      TEXT NOT NULL REFERENCES journeys (id),
  phase_id        TEXT REFERENCES phases (id),
  channel_id      TEXT REFERENCES channels (id),
  position        TEXT NOT NULL,
  title           TEXT NOT NULL DEFAULT '',
  does            TEXT NOT NULL DEFAULT '',
  thinks          TEXT NOT NULL DEFAULT '',
  feels           TEXT NOT NULL DEFAULT '',
  emotion         INTEGER CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2),
  pain_points     TEXT NOT NULL DEFAULT '',
  opportunities   TEXT NOT NULL DEFAULT '',
  moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (moment_of_truth IN (0, 1)),
  owner           TEXT NOT NULL DEFAULT '',
  kpi             TEXT NOT NULL DEFAULT '',
  evidence        TEXT CHECK (evidence IS NULL OR evidence IN ('observed', 'inferred', 'hypothesis')),
  deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX journey_steps_by_journey ON journey_steps (journey_id);

-- Dot voting in workshops.
CREATE TABLE vote_sessions (
  id                   TEXT PRIMARY KEY,
  title                TEXT NOT NULL,
  target_kind          TEXT NOT NULL CHECK (target_kind IN ('cell', 'finding', 'step')),
  dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant > 0),
  status               TEXT NOT NULL CHECK (status IN ('open', 'closed', 'revealed')),
  created_at           TEXT NOT NULL,
  deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE participants (
  id           TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  joined_at    TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

-- One row per participant and item: id = UUIDv5 of (session, participant, item).
CREATE TABLE votes (
  id             TEXT PRIMARY KEY,
  session_id     TEXT NOT NULL REFERENCES vote_sessions (id),
  participant_id TEXT NOT NULL REFERENCES participants (id),
  item_kind      TEXT NOT NULL,
  item_id        TEXT NOT NULL,
  dots           INTEGER NOT NULL CHECK (dots >= 0),
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX votes_by_session ON votes (session_id);

-- The change journal. One row per user action (a transaction) ...
CREATE TABLE journal_txns (
  seq        INTEGER PRIMARY KEY,            -- local order of actions
  id         TEXT NOT NULL UNIQUE,           -- UUIDv7
  hlc        TEXT NOT NULL,                  -- hybrid logical clock timestamp
  device_id  TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo', 'restore', 'import')),
  label      TEXT NOT NULL,                  -- JSON {key, params}: translatable description
  state      TEXT CHECK (state IS NULL OR state IN ('done', 'undone', 'discarded')),
  target_seq INTEGER REFERENCES journal_txns (seq) -- for undo/redo: the action undone or redone
) STRICT;
CREATE INDEX journal_txns_by_state ON journal_txns (state, seq);

-- ... and one row per field it changed. col '*' records a whole new row (new_value
-- holds the row as JSON); any other col is one field's old and new value. An op's
-- global id is '<journal_txns.id>#<idx>': a txn id already seen means its ops are
-- already applied, so applying them twice changes nothing.
CREATE TABLE journal_ops (
  txn_seq   INTEGER NOT NULL REFERENCES journal_txns (seq),
  idx       INTEGER NOT NULL,                -- order within the action
  tbl       TEXT NOT NULL,
  row_id    TEXT NOT NULL,
  col       TEXT NOT NULL,
  old_value ANY,
  new_value ANY,
  PRIMARY KEY (txn_seq, idx)
) STRICT, WITHOUT ROWID;

-- Named snapshots: the workspace's content as gzip-compressed JSON.
CREATE TABLE snapshots (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  txn_seq    INTEGER,                        -- journal position when it was taken
  content    BLOB NOT NULL,
  deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
