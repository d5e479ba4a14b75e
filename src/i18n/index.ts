import { en, type MessageKey, type Messages } from './en';
import { ja } from './ja';
import { zh } from './zh';

import type { Language } from './language';

export type { MessageKey, Language };
export { loginLanguage, pickLanguage } from './language';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Language, Partial<Messages>> = { en, ja, zh };

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, params) => {
    const text = table[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
}
