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

describe('Japanese says what the English says, in kintone’s own terms', () => {
  const ja = translator('ja');

  it('says the meaning of each message that once said something else', () => {
    // GAIA_IL23: the app is in a guest space and must be read through its path, not "could not be read with it".
    expect(ja('error.guestSpace')).toContain('ゲストスペースのパスを通して');
    // A reminder whose time has passed was not necessarily sent: the condition may not have been met.
    expect(ja('at.passed', { when: 'x' })).not.toContain('通知済み');
    expect(ja('at.passed', { when: 'x' })).toContain('過ぎています');
    // Record permissions may hide records; the English says may.
    expect(ja('caveat.record-acl', { count: 2 })).toContain('可能性があります');
    // What is not sent until Update App is the notifications from pre-live settings.
    expect(ja('caveat.pre-live')).toMatch(/設定による通知は.*アプリを更新するまで送信されません/);
    // They may turn e-mail off; try again shortly.
    expect(ja('caveat.email')).toContain('オフ');
    expect(ja('error.busy')).toContain('しばらくしてから');
    // Invalid (a body of another shape) and unknown (not read) read differently.
    expect(ja('error.invalid')).toContain('形式');
    expect(ja('error.invalid')).not.toBe(ja('error.unknown'));
  });

  it('uses one pair for pre-live and live, and kintone’s names for the kinds and badges', () => {
    const japanese = Object.values(MESSAGES).map((pair) => pair.split('|')[1]);
    expect(japanese.filter((text) => text.includes('未反映の設定'))).toEqual([]);
    expect(japanese.filter((text) => /他の/.test(text))).toEqual([]);
    expect(ja('env.preview')).toBe('動作テスト環境');
    expect(ja('env.live')).toBe('運用環境');
    expect(ja('kind.reminder')).toBe('リマインダーの条件通知');
    expect(ja('kind.ALL')).toBe('「すべて」通知');
    expect(ja('kind.TO_ME')).toBe('「自分宛」通知');
    expect(ja('apps.findings')).toBe(ja('findings'));
    expect(ja('commenterSentence')).toContain('過去にそのレコードにコメントを書き込んだユーザー');
    expect(ja('writing')).toBe('保存中…');
    // Everyone's compact column words are whole words, not clipped ones.
    expect([ja('column.perRecord'), ja('column.reminder')]).toEqual(['レコード', '期日']);
  });

  it('lists every message whose Japanese is its English: names only', () => {
    const same = Object.entries(MESSAGES)
      .filter(([, pair]) => pair.split('|')[0] === pair.split('|')[1])
      .map(([key]) => key);
    expect(same).toEqual(['downloadCsv', 'copyMarkdown']);
  });
});
