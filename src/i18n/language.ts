/** The user's language, without any message table: the record-list script needs it and must stay tiny. */
export type Language = 'en' | 'ja' | 'zh';

/** kintone's login user language ('en', 'ja', 'zh', 'zh-TW', 'es', …); English for anything we lack. */
export function pickLanguage(language: unknown): Language {
  const base = String(language).slice(0, 2).toLowerCase();
  return base === 'ja' || base === 'zh' ? base : 'en';
}

/** The language of the signed-in user, read once per mount. */
export function loginLanguage(): Language {
  try {
    return pickLanguage(kintone.getLoginUser().language);
  } catch {
    return 'en';
  }
}
