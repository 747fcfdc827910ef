/**
 * Second entry of the matrix import/export feature: its toolbar and dialogs,
 * for the Matrix page. Kept out of index.ts because the workspace shell saves
 * report files through index.ts, and must not load the dialogs for that.
 */
export { MatrixIoToolbar } from './MatrixIoToolbar';
