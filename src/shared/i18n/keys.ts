/**
 * The translation keys as a type (from the English catalog, see i18next.d.ts),
 * for fields that hold a key (a chart's title, a column's label) rather than
 * passing a literal to t().
 */
import type { ParseKeys } from 'i18next';

export type TKey = ParseKeys;

/**
 * The one way to use a key assembled at run time from values the type system
 * cannot list (an error code from another process, a key stored in data).
 * Everything else passes a literal key or one built from a typed union
 * (`ui.findings.severity.${Severity}`). The catalog tests
 * (src/renderer/src/i18n/catalogKeys.test.ts, the *Keys tests beside the
 * catalogs) check that such keys exist.
 */
export const runtimeKey = (key: string): TKey => key as TKey;

/** The keys under a prefix, without it: `KeysUnder<'ui.nav'>` is 'matrix' | 'charts' | ...; for helpers that add the prefix themselves. */
export type KeysUnder<P extends string> = TKey extends infer K ? (K extends `${P}.${infer Rest}` ? Rest : never) : never;
