import type { Lang } from '../domain/types';

/**
 * The locale a deliverable writes dates, money and numbers in: the
 * workspace's content language as it is written in the Netherlands or in
 * Britain, whatever the computer that prints it is set to.
 */
export const CONTENT_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', nl: 'nl-NL' };

export const contentLocale = (lang: Lang): string => CONTENT_LOCALES[lang];
