import type { TextKey } from './texts';

/** The participant pages' translator: its own file so the views need not import the app that renders them. */
export type T = (key: TextKey, params?: Record<string, string | number>) => string;
