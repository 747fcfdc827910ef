/** Saving an exported file. The import/export toolbar is a second entry, toolbar.ts. */
export { downloadFile } from './files';
