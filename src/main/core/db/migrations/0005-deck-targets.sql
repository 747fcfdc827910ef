-- Channelwise workspace schema, version 5: every slide kind, and slides pointed
-- at a scenario and lens.
-- 0004 listed the slide kinds in a CHECK that missed 'votes' (a revealed dot
-- vote's results slide), so once a vote was revealed no edit of the deck could
-- be saved. SQLite cannot change a CHECK in place: the table is rebuilt with
-- the full list (the same list as SLIDE_KINDS in src/shared/present/deck.ts; a
-- test compares them) and its rows copied over unchanged.
-- New columns: where the facilitator pointed a slide that shows a scenario
-- through a lens (charts, findings, economics, matrix, scenario change). NULL
-- keeps what the slide shows by itself; lens is a lens key ('all',
-- 'customerType:<id>'). Kinds new in this version: 'change' (the step from one
-- scenario to another) and 'join' (how a workshop's participants join).
CREATE TABLE deck_slides_v5 (
  id        TEXT PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('title', 'matrix', 'chart', 'findings', 'change', 'journey', 'economics', 'summary', 'text', 'votes', 'join')),
  slide_key TEXT NOT NULL CHECK (length(slide_key) BETWEEN 1 AND 400),
  title     TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  body      TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
  notes     TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  hidden    INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  position  TEXT NOT NULL,
  deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  scenario_id         TEXT CHECK (scenario_id IS NULL OR length(scenario_id) BETWEEN 1 AND 64),
  compare_scenario_id TEXT CHECK (compare_scenario_id IS NULL OR length(compare_scenario_id) BETWEEN 1 AND 64),
  lens                TEXT CHECK (lens IS NULL OR length(lens) BETWEEN 1 AND 100)
) STRICT;
INSERT INTO deck_slides_v5 (id, kind, slide_key, title, body, notes, hidden, position, deleted)
  SELECT id, kind, slide_key, title, body, notes, hidden, position, deleted FROM deck_slides;
DROP TABLE deck_slides;
ALTER TABLE deck_slides_v5 RENAME TO deck_slides;
CREATE UNIQUE INDEX deck_slides_by_key ON deck_slides (slide_key);
