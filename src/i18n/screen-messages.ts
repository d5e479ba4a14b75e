import type { Language } from './language';

/*
 * Messages that only one screen shows, kept out of the shared tables so that the other screen's bundle
 * does not carry them: each screen has its own size budget. Chinese falls back to English.
 */

export interface SettingsPageMessages {
  options: string;
  listButtonOption: string;
  save: string;
}

export interface RecordListMessages {
  listButton: string;
}

const SETTINGS_PAGE: Record<'en' | 'ja', SettingsPageMessages> = {
  en: {
    options: 'Plug-in options',
    listButtonOption: 'Show a “Notifications” button on the record list to app administrators',
    save: 'Save',
  },
  ja: {
    options: 'プラグインの設定',
    listButtonOption: 'レコード一覧に「通知設定」ボタンを表示(アプリ管理者のみ)',
    save: '保存',
  },
};

const RECORD_LIST: Record<'en' | 'ja', RecordListMessages> = {
  en: { listButton: 'Notifications' },
  ja: { listButton: '通知設定' },
};

export const settingsPageMessages = (language: Language) => SETTINGS_PAGE[language === 'ja' ? 'ja' : 'en'];
export const recordListMessages = (language: Language) => RECORD_LIST[language === 'ja' ? 'ja' : 'en'];

/** For tests: every table, to check that the languages have the same keys. */
export const SCREEN_TABLES = [SETTINGS_PAGE, RECORD_LIST] as const;
