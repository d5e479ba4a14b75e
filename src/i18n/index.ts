import { MESSAGES, type MessageKey } from './messages';
import { zh } from './zh';

import type { Language } from './language';

export type { MessageKey, Language };
export { loginLanguage, pickLanguage } from './language';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, params) => {
    const [en, ja] = MESSAGES[key].split('|');
    const text = language === 'ja' ? ja : (language === 'zh' && zh[key]) || en;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
}
