/**
 * Typed translation keys: every translator (the shared createTranslator, the
 * renderer's react-i18next, the Electron menus, the participant page) reads
 * the same resources (resources.ts), and i18next checks each literal key
 * against the English catalog, so a missing or misspelt key fails
 * `npm run typecheck`. Keys built from a template string are typed by the
 * union they are built from (`ui.findings.severity.${Severity}`).
 */
import 'i18next';
import type { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
