import { describe, expect, it } from 'vitest';
import { pickLanguage, translator } from '../../src/i18n';
import { MESSAGES } from '../../src/i18n/messages';
import { zh } from '../../src/i18n/zh';
import { SCREEN_TABLES, recordListMessages } from '../../src/i18n/screen-messages';

describe('i18n', () => {
  it.each([
    ['ja', 'ja'],
    ['zh', 'zh'],
    ['zh-TW', 'zh'],
    ['en', 'en'],
    ['es', 'en'],
    [undefined, 'en'],
    [42, 'en'],
  ])('login language %s → %s', (language, expected) => {
    expect(pickLanguage(language)).toBe(expected);
  });

  it('has every message in English and Japanese, none empty, with the same parameters', () => {
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, pair] of Object.entries(MESSAGES)) {
      const texts = pair.split('|');
      expect(texts, key).toHaveLength(2);
      const [en, ja] = texts;
      expect(en && ja, key).toBeTruthy();
      expect(params(ja), key).toEqual(params(en));
    }
    expect(translator('ja')('title')).toBe('通知マトリクス');
    expect(translator('en')('title')).toBe('Notification matrix');
  });

  it('has every screen-only message in Japanese too, and English for the rest', () => {
    for (const table of SCREEN_TABLES) {
      expect(Object.keys(table.ja).sort()).toEqual(Object.keys(table.en).sort());
      for (const text of Object.values(table.ja)) expect(text).toBeTruthy();
    }
    expect(translator('ja')('saveOptions')).toBe('保存');
    expect(recordListMessages('zh').listButton).toBe('Notifications');
  });

  it('uses kintone’s own trigger wording and substitutes parameters', () => {
    const t = translator('ja');
    expect(t('trigger.recordAdded')).toBe('レコード追加');
    expect(t('trigger.commentAdded')).toBe('コメント書き込み');
    expect(translator('en')('shown', { shown: 3, total: 10 })).toBe('3 of 10 recipients');
  });

  it('falls back to English where Chinese has no message', () => {
    const t = translator('zh');
    expect(t('trigger.recordAdded')).toBe(zh['trigger.recordAdded']);
    expect(t('error.permission')).toBe(translator('en')('error.permission'));
  });
});
