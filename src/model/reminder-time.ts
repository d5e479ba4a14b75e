/**
 * When a reminder fires for one record: the record's date or datetime, moved by the reminder's timing, in the
 * app's reminder time zone. Time zones come from Intl alone (no library): the offset of a zone at an instant
 * is read off Intl.DateTimeFormat. An unknown zone makes Intl throw a RangeError; callers here catch it.
 */
import type { ReminderTiming } from './types';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The wall-clock time of an instant in a zone, as a UTC-based number (for offset arithmetic). */
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
 * The instant at which the zone's clocks show `wall`, trying the zone's offsets a day before and after (any one
 * change of offset lies between). kintone's reference is silent on DST changes; like java.time, a time shown
 * twice (clocks go back) is the earlier instant, and a time skipped (clocks go forward) moves on by the gap.
 */
function fromWallClock(wall: number, timeZone: string): number {
  const [before, after] = [wall - DAY, wall + DAY].map((ms) => wall + ms - wallClock(ms, timeZone));
  return wallClock(before, timeZone) !== wall && wallClock(after, timeZone) === wall ? after : before;
}

/** 'YYYY-MM-DD HH:mm' of an instant in a zone; '' for an unknown zone or a malformed instant. */
export function formatInZone(instant: string, timeZone: string): string {
  try {
    return new Date(wallClock(Date.parse(instant), timeZone)).toISOString().slice(0, 16).replace('T', ' ');
  } catch {
    return '';
  }
}

const FIELD_TYPES = ['DATE', 'DATETIME', 'CREATED_TIME', 'UPDATED_TIME'];
const DATE = /^\d{4}-\d\d-\d\d$/;
const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INTEGER = /^-?\d+$/;

/**
 * The UTC instant ('YYYY-MM-DDTHH:mm:ssZ') at which a reminder fires for a record whose timing field holds
 * `value`, or undefined when the value is empty or not a real date, or the timing or time zone unusable. With
 * `time`: the date (a datetime's calendar date in the reminder time zone) plus daysLater days, at that time in
 * the zone. With hoursLater: the datetime (a date's 00:00 in the zone) plus daysLater days and hoursLater hours.
 * kintone's reference does not say whether a day across a DST change is 24 hours: here days are calendar days
 * in both forms (the wall-clock time is kept, as with `time`), and hours are elapsed hours.
 */
export function reminderInstant(
  timing: ReminderTiming,
  fieldType: string,
  value: unknown,
  timeZone: string,
): string | undefined {
  const { daysLater, hoursLater, time } = timing;
  const isDate = fieldType === 'DATE';
  const [, hh, mm] = TIME.exec(time ?? '') ?? [];
  if (
    typeof value !== 'string' ||
    !FIELD_TYPES.includes(fieldType) ||
    !(isDate ? DATE : DATETIME).test(value) ||
    !INTEGER.test(daysLater) ||
    (hoursLater === undefined ? !hh : !INTEGER.test(hoursLater))
  )
    return undefined;
  const days = Number(daysLater) * DAY;
  try {
    // A date is read as UTC: only its calendar date counts. Date.parse rolls 02-30 over to March and 24:00 to
    // the next day; the round trip tells a real date from those.
    const ms = Date.parse(isDate ? `${value}T00:00:00Z` : value);
    if (!new Date(ms).toISOString().startsWith(value.slice(0, 16))) return undefined;
    const wall = isDate ? ms : wallClock(ms, timeZone);
    const at =
      hoursLater === undefined
        ? fromWallClock(Math.floor(wall / DAY) * DAY + days + (+hh * 60 + +mm) * 60_000, timeZone)
        : // With no days to add a datetime stays the very instant (an hour shown twice is not re-guessed).
          (isDate || days ? fromWallClock(wall + days, timeZone) : ms) + Number(hoursLater) * HOUR;
    return new Date(at).toISOString().slice(0, 19) + 'Z';
  } catch {
    // An unknown time zone (RangeError from Intl), or a date beyond what Date holds.
    return undefined;
  }
}
