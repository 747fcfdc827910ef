-- Channelwise workspace schema, version 4: the presentation deck.
-- Same conventions as 0001 (docs/file-format.md): UUID ids, tombstones,
-- fractional-index positions, STRICT.
-- A row holds what the facilitator chose about one slide: its place, whether
-- it is hidden, its speaker notes, and for a free text slide its title and
-- body. Slides the workspace suggests (a matrix per scenario, each chart, each
-- journey...) get a row only once something about them is saved; their
-- slide_key spells out the subject ('matrix:<scenario id>:all', 'journey:<id>')
-- and id = UUIDv5 of 'deckSlide|<slide_key>', so two devices that save the
-- same slide converge on one row. A text slide's slide_key is its own id.
-- What a suggested slide shows comes from the workspace, never from here, so a
-- row whose subject was deleted simply stops showing (src/shared/present/deck.ts).
CREATE TABLE deck_slides (
  id        TEXT PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('title', 'matrix', 'chart', 'findings', 'journey', 'economics', 'summary', 'text')),
  slide_key TEXT NOT NULL CHECK (length(slide_key) BETWEEN 1 AND 400),
  title     TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  body      TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
  notes     TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  hidden    INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  position  TEXT NOT NULL,
  deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX deck_slides_by_key ON deck_slides (slide_key);
