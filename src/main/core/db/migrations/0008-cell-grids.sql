-- Channelwise workspace schema, version 8: compact creation ops in the journal.
-- No table changes. From this version a bulk write of new matrix cells may be
-- journaled as one journal_ops row per view, col = '#cells', standing for one
-- row-creation op per cell (see src/main/core/journal/cell-grid.ts and
-- docs/file-format.md). The version is raised because an older app would read
-- such a row as a change to a column named '#cells': it could not undo it and
-- would send it to other laptops, which would drop it. A file of version 8
-- therefore opens read-only in an older app, which changes nothing in it.
SELECT 1;
