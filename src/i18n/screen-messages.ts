import type { Language } from './language';

/*
 * The record screens' messages, kept out of the settings page's table (messages.ts) so that the record
 * list's bundle stays tiny: each screen has its own size budget. Chinese falls back to English.
 */

export interface RecordListMessages {
  listButton: string;
  recordButton: string;
}

const RECORD_LIST: Record<'en' | 'ja', RecordListMessages> = {
  en: { listButton: 'Notifications', recordButton: 'Who is notified about this record?' },
  ja: { listButton: '通知設定', recordButton: 'このレコードの通知先' },
};

export const recordListMessages = (language: Language) => RECORD_LIST[language === 'ja' ? 'ja' : 'en'];

/** For tests: every table, to check that the languages have the same keys. */
export const SCREEN_TABLES = [RECORD_LIST] as const;
