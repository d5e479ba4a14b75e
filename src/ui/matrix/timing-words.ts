import type { ReminderTiming } from '../../model/types';
import type { Translate } from '../../i18n';

/**
 * A reminder's timing in words, from the label of its field: "1 day before Due date at 09:00", "2 hours
 * after Created datetime", "on the day of Due date at 17:30". With hoursLater the offset is days and hours
 * together (kintone adds them), said as one span.
 */
export function timingWords(timing: ReminderTiming, field: string, t: Translate): string {
  const span = (n: number, unit: 'day' | 'hour') => (n === 1 ? t(`timing.${unit}`) : t(`timing.${unit}s`, { n }));
  // Without hoursLater the offset is whole days: the same span as days × 24 hours.
  const hours = Number(timing.daysLater) * 24 + Number(timing.hoursLater ?? 0);
  // No offset: the day of the field (at a time of day), or the field's own date and time.
  if (hours === 0)
    return timing.time
      ? t('timing.at', { when: t('timing.on', { field }), time: timing.time })
      : t('timing.exact', { field });
  const wholeDays = Math.floor(Math.abs(hours) / 24);
  const rest = Math.abs(hours) % 24;
  const dayWords = wholeDays && span(wholeDays, 'day');
  const hourWords = rest && span(rest, 'hour');
  const words = dayWords && hourWords ? t('timing.join', { a: dayWords, b: hourWords }) : dayWords || hourWords;
  const when = t(hours < 0 ? 'timing.before' : 'timing.after', { span: words, field });
  return timing.time ? t('timing.at', { when, time: timing.time }) : when;
}
