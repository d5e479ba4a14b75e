import { en, type MessageKey, type Messages } from './en';
import { ja } from './ja';
import { zh } from './zh';

export type { MessageKey };
export type Language = 'en' | 'ja' | 'zh';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Language, Partial<Messages>> = { en, ja, zh };

/** kintone's login user language ('en', 'ja', 'zh', 'zh-TW', 'es', …); English for anything we lack. */
export function pickLanguage(loginLanguage: unknown): Language {
  const base = String(loginLanguage).slice(0, 2).toLowerCase();
  return base === 'ja' || base === 'zh' ? base : 'en';
}

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, params) => {
    const text = table[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
}

/** The language of the signed-in user, read once per mount. */
export function loginLanguage(): Language {
  try {
    return pickLanguage(kintone.getLoginUser().language);
  } catch {
    return 'en';
  }
}
