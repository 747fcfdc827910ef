import type { TFunction } from 'i18next';
import { languageFromLocale } from '@shared/i18n/resources';
import { createTranslator } from '@shared/i18n/translate';
import type { Lang } from '@shared/domain/types';
import { defaultDataDir, localeFromEnv } from '../core';

/** What every command needs: where to write, the user's language and data folder. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

export interface CliContext extends CliIo {
  t: TFunction;
  lang: Lang;
  dataDir: string;
}

export function createContext(io: CliIo): CliContext {
  const lang = languageFromLocale(localeFromEnv(io.env));
  const dataDir = defaultDataDir(io.env);
  return { ...io, t: createTranslator(lang), lang, dataDir };
}
