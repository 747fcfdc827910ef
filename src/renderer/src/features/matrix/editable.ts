/**
 * Second entry of the matrix feature: the editable grid, its layout and axis
 * actions, for a surface other than the Matrix page (the present mode's matrix
 * slide). Kept out of index.ts because it brings the whole grid, which the
 * pages that only read the matrix or use a lens select must not load.
 */
export { EditableMatrix } from './EditableMatrix';
export { Legend } from './Legend';
export { channelAxis, matrixLayout, phaseAxis } from './layout';
export { useAxisActions } from './useAxisActions';
