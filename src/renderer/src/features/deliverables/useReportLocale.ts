import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFromLocale } from '@shared/i18n/resources';
import { contentLocale } from '@shared/report/locale';
import { useCurrency } from '../currency';
import { makeFormats, type Formats } from '../economics';

/**
 * The locale the report writes dates, money and numbers in: the content
 * language's (nl-NL, en-GB). The report renders inside the workspace's
 * content language (ReportPage), so that is the language in context here.
 * Money is in the workspace currency.
 */
export function useReportLocale(): { locale: string; formats: Formats; signedMoney: (value: number) => string } {
  const { i18n } = useTranslation();
  const currency = useCurrency();
  const locale = contentLocale(languageFromLocale(i18n.language));
  return useMemo(() => {
    const formats = makeFormats(locale, currency);
    return { locale, formats, signedMoney: formats.signedMoney };
  }, [locale, currency]);
}
