/** The report export button of the top bar. The Report page is loaded only by the lazy loader (features/workspace/navItems.ts). */
export { ExportReportButton } from './ExportReportButton';
