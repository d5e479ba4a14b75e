/**
 * When a reminder fires for one record: the record's date or datetime, moved by the reminder's timing, in the
 * app's reminder time zone. Time zones come from Intl alone (no library): the offset of a zone at an instant
 * is read off Intl.DateTimeFormat.
 */
import type { ReminderTiming } from './types';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The wall-clock parts of an instant in a zone, as a UTC-based number (for offset arithmetic). */
function wallClock(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/**
 * The instant at which the zone's clocks show `wall` (a UTC-based number). Guess, correct by the offset there,
 * and correct once more across a change of offset. A wall time that does not exist (skipped by a DST change)
 * comes out shifted by the change; kintone's reference does not say what it does then.
 */
function fromWallClock(wall: number, timeZone: string): number {
  let ms = wall - (wallClock(wall, timeZone) - wall);
  ms += wall - wallClock(ms, timeZone);
  return ms;
}

/** 'YYYY-MM-DD HH:mm' of an instant in a zone. */
export const formatInZone = (instant: string, timeZone: string): string =>
  new Date(wallClock(Date.parse(instant), timeZone)).toISOString().slice(0, 16).replace('T', ' ');

const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;
const TIME = /^(\d\d):(\d\d)$/;
const INTEGER = /^-?\d+$/;

/**
 * The UTC instant ('YYYY-MM-DDTHH:mm:ssZ') at which a reminder fires for a record whose timing field holds
 * `value`, or undefined when the value is empty, malformed, or the time zone unknown. With `time`: the date
 * (a datetime's calendar date in the reminder time zone) plus daysLater days, at that time in the zone. With
 * hoursLater: the datetime (a date's 00:00 in the zone) plus daysLater days and hoursLater hours. kintone's
 * reference does not say whether a "day" across a DST change is 24 hours or a calendar day: with `time` it is a
 * calendar day (the time is a wall-clock time); with hoursLater days count as 24 hours, like the hours.
 */
export function reminderInstant(
  timing: ReminderTiming,
  fieldType: string,
  value: unknown,
  timeZone: string,
): string | undefined {
  if (typeof value !== 'string' || !INTEGER.test(timing.daysLater)) return undefined;
  const days = Number(timing.daysLater);
  try {
    let dateWall: number;
    let instant: number | undefined;
    const date = DATE.exec(value);
    if (fieldType === 'DATE' && date) dateWall = Date.UTC(+date[1], +date[2] - 1, +date[3]);
    else if (fieldType !== 'DATE' && DATETIME.test(value)) {
      instant = Date.parse(value);
      const wall = wallClock(instant, timeZone);
      dateWall = wall - (wall % DAY);
    } else return undefined;
    let at: number;
    const time = TIME.exec(timing.time ?? '');
    if (timing.hoursLater !== undefined) {
      if (!INTEGER.test(timing.hoursLater)) return undefined;
      at = (instant ?? fromWallClock(dateWall, timeZone)) + days * DAY + Number(timing.hoursLater) * HOUR;
    } else if (time) at = fromWallClock(dateWall + days * DAY + (+time[1] * 60 + +time[2]) * 60_000, timeZone);
    else return undefined;
    return Number.isFinite(at) ? new Date(at).toISOString().slice(0, 19) + 'Z' : undefined;
  } catch {
    // An unknown time zone: Intl throws a RangeError.
    return undefined;
  }
}
