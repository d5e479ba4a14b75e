import type { ReminderTiming } from '../model/types';
import type { Translate } from '../i18n';

/**
 * A reminder's timing in words, from the label of its field: "1 day before Due date at 09:00", "2 hours
 * after Created datetime", "on the day of Due date at 17:30". With hoursLater the offset is days and hours
 * together (kintone adds them), said as one span.
 */
export function timingWords(timing: ReminderTiming, field: string, t: Translate): string {
  const span = (n: number, unit: 'day' | 'hour') => (n === 1 ? t(`timing.${unit}`) : t(`timing.${unit}s`, { n }));
  const days = Number(timing.daysLater);
  const hours = days * 24 + Number(timing.hoursLater ?? 0);
  const total = timing.hoursLater === undefined ? days : hours;
  if (total === 0) return timing.time ? t('timing.at', { when: t('timing.on', { field }), time: timing.time }) : field;
  let words: string;
  if (timing.hoursLater === undefined) words = span(Math.abs(days), 'day');
  else {
    const wholeDays = Math.floor(Math.abs(hours) / 24);
    const rest = Math.abs(hours) % 24;
    const parts = [wholeDays && span(wholeDays, 'day'), rest && span(rest, 'hour')].filter(Boolean) as string[];
    words = parts.length === 2 ? t('timing.join', { a: parts[0], b: parts[1] }) : parts[0];
  }
  const when = t(total < 0 ? 'timing.before' : 'timing.after', { span: words, field });
  return timing.time ? t('timing.at', { when, time: timing.time }) : when;
}
