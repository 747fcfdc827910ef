/**
 * The matrix's data, its route and the small controls other pages reuse (the
 * lens select, the menu button). The editable grid for other surfaces is a
 * second entry, editable.ts, with the stylesheets `matrix.css`, `grid.css` and
 * `panels.css` (declared entries too, see the feature-entry rule in eslint.config.js).
 */
export { useMatrix } from './queries';
export { useSetCells } from './mutations';
export { useScenarioCells, useScenarioPackedCells } from './scenarioCells';
export { formatMatrixHash, type CellRef, type MatrixRoute } from './route';
export { LensSelect, lensName } from './LensSelect';
export { MenuButton, type MenuItem } from './MenuButton';
export { EVIDENCE_MARKS } from './RoleGlyph';
export { useLatest } from './useLatest';
