// When a reminder fires for one record: both timing forms, date and datetime fields, zones either side of UTC
// (and a half-hour one), negative and zero offsets, a DST change, empty and malformed values, a bad zone.
import { describe, expect, it } from 'vitest';
import { formatInZone, reminderInstant } from '../../src/model/reminder-time';

const at = (days: string, time: string) => ({ code: 'Due', daysLater: days, time });
const hours = (days: string, h: string) => ({ code: 'Visit', daysLater: days, hoursLater: h });

describe('reminderInstant with a time of day', () => {
  it('puts the time on the date, in the reminder time zone', () => {
    // 2026-12-05 − 1 day = 12-04, 09:00 in Tokyo (UTC+9) = 00:00Z.
    expect(reminderInstant(at('-1', '09:00'), 'DATE', '2026-12-05', 'Asia/Tokyo')).toBe('2026-12-04T00:00:00Z');
    // 09:00 in New York (UTC−5 in December) = 14:00Z.
    expect(reminderInstant(at('0', '09:00'), 'DATE', '2026-12-05', 'America/New_York')).toBe('2026-12-05T14:00:00Z');
    // 09:00 in Kolkata (UTC+5:30) = 03:30Z; 3 days later.
    expect(reminderInstant(at('3', '09:00'), 'DATE', '2026-12-05', 'Asia/Kolkata')).toBe('2026-12-08T03:30:00Z');
    expect(reminderInstant(at('0', '23:50'), 'DATE', '2026-12-31', 'UTC')).toBe('2026-12-31T23:50:00Z');
  });

  it("takes a datetime's calendar date in the reminder time zone, not in UTC", () => {
    // 2026-12-05T20:00Z is already 12-06 05:00 in Tokyo: the reminder is on 12-06 at 09:00 Tokyo = 00:00Z.
    expect(reminderInstant(at('0', '09:00'), 'DATETIME', '2026-12-05T20:00:00Z', 'Asia/Tokyo')).toBe(
      '2026-12-06T00:00:00Z',
    );
    // 2026-12-05T03:00Z is still 12-04 22:00 in New York: 12-04 + 1 day at 08:00 New York = 12-05T13:00Z.
    expect(reminderInstant(at('1', '08:00'), 'CREATED_TIME', '2026-12-05T03:00:00Z', 'America/New_York')).toBe(
      '2026-12-05T13:00:00Z',
    );
  });

  it('keeps the wall-clock time across a DST change (calendar days)', () => {
    // New York moves to UTC−4 on 2027-03-14: 09:00 on 03-15 is 13:00Z, one day after 03-14 09:00 (13:00Z too).
    expect(reminderInstant(at('2', '09:00'), 'DATE', '2027-03-13', 'America/New_York')).toBe('2027-03-15T13:00:00Z');
    expect(reminderInstant(at('0', '09:00'), 'DATE', '2027-03-13', 'America/New_York')).toBe('2027-03-13T14:00:00Z');
  });

  it('moves a time skipped by the clocks going forward on by the gap, as java.time does', () => {
    // 2027-03-14 02:30 does not exist in New York (02:00 EST → 03:00 EDT): 03:30 EDT = 07:30Z.
    expect(reminderInstant(at('1', '02:30'), 'DATE', '2027-03-13', 'America/New_York')).toBe('2027-03-14T07:30:00Z');
  });

  it('takes the earlier of a time shown twice when the clocks go back, either side of UTC', () => {
    // 2027-11-07 01:30 in New York: first EDT (UTC−4) = 05:30Z, then EST = 06:30Z.
    expect(reminderInstant(at('0', '01:30'), 'DATE', '2027-11-07', 'America/New_York')).toBe('2027-11-07T05:30:00Z');
    // 2027-10-31 02:30 in Berlin: first CEST (UTC+2) = 00:30Z, then CET = 01:30Z.
    expect(reminderInstant(at('0', '02:30'), 'DATE', '2027-10-31', 'Europe/Berlin')).toBe('2027-10-31T00:30:00Z');
  });

  it('takes the calendar date of a datetime before 1970 too', () => {
    // 1969-07-20T20:17Z is 1969-07-20 in UTC: 09:00 that day = 09:00Z (not the next day).
    expect(reminderInstant(at('0', '09:00'), 'DATETIME', '1969-07-20T20:17:00Z', 'UTC')).toBe('1969-07-20T09:00:00Z');
  });
});

describe('reminderInstant with hours', () => {
  it('moves a datetime by days and hours, negative too', () => {
    expect(reminderInstant(hours('0', '-2'), 'DATETIME', '2026-12-08T05:00:00Z', 'Asia/Tokyo')).toBe(
      '2026-12-08T03:00:00Z',
    );
    expect(reminderInstant(hours('-1', '3'), 'UPDATED_TIME', '2026-12-08T05:00:00Z', 'UTC')).toBe(
      '2026-12-07T08:00:00Z',
    );
    expect(reminderInstant(hours('0', '0'), 'DATETIME', '2026-12-08T05:00:30Z', 'UTC')).toBe('2026-12-08T05:00:30Z');
  });

  it('starts a date from its 00:00 in the reminder time zone', () => {
    // 2026-12-05 00:00 Tokyo = 12-04T15:00Z, + 1 day 2 hours.
    expect(reminderInstant(hours('1', '2'), 'DATE', '2026-12-05', 'Asia/Tokyo')).toBe('2026-12-05T17:00:00Z');
    // 2026-12-05 00:00 Kolkata (UTC+5:30) = 12-04T18:30Z, − 1 hour.
    expect(reminderInstant(hours('0', '-1'), 'DATE', '2026-12-05', 'Asia/Kolkata')).toBe('2026-12-04T17:30:00Z');
  });

  it('counts days as calendar days across a DST change, hours as elapsed hours', () => {
    // 2027-03-13 00:00 EST + 2 days = 03-15 00:00 EDT (UTC−4) = 04:00Z (not 24 h × 2 = 05:00Z).
    expect(reminderInstant(hours('2', '0'), 'DATE', '2027-03-13', 'America/New_York')).toBe('2027-03-15T04:00:00Z');
    // 2027-03-13T14:00Z = 09:00 EST; + 1 day = 03-14 09:00 EDT = 13:00Z; + 1 hour = 14:00Z.
    expect(reminderInstant(hours('1', '1'), 'DATETIME', '2027-03-13T14:00:00Z', 'America/New_York')).toBe(
      '2027-03-14T14:00:00Z',
    );
    // 2027-11-07T06:30Z is the second 01:30 in New York (EST); with no days it stays that very instant.
    expect(reminderInstant(hours('0', '1'), 'DATETIME', '2027-11-07T06:30:00Z', 'America/New_York')).toBe(
      '2027-11-07T07:30:00Z',
    );
    // 2027-03-15T13:00Z = 09:00 EDT; − 2 days = 03-13 09:00 EST = 14:00Z.
    expect(reminderInstant(hours('-2', '0'), 'DATETIME', '2027-03-15T13:00:00Z', 'America/New_York')).toBe(
      '2027-03-13T14:00:00Z',
    );
  });
});

describe('reminderInstant without an answer', () => {
  it.each([
    ['an empty date', at('0', '09:00'), 'DATE', ''],
    ['a null value', at('0', '09:00'), 'DATE', null],
    ['a malformed date', at('0', '09:00'), 'DATE', '5 Dec 2026'],
    ['a datetime in a date field', at('0', '09:00'), 'DATE', '2026-12-05T00:00:00Z'],
    ['a day the month does not have', at('0', '09:00'), 'DATE', '2026-02-30'],
    ['a 13th month', at('0', '09:00'), 'DATE', '2026-13-01'],
    ['a datetime on a day the month does not have', hours('0', '0'), 'DATETIME', '2026-02-31T00:00:00Z'],
    ['a datetime at 24:00', hours('0', '0'), 'DATETIME', '2026-12-05T24:00:00Z'],
    ['a datetime in a text field', hours('0', '0'), 'SINGLE_LINE_TEXT', '2026-12-05T00:00:00Z'],
    ['a time of 24:00', at('0', '24:00'), 'DATE', '2026-12-05'],
    ['a time of 09:60', at('0', '09:60'), 'DATE', '2026-12-05'],
    ['a value that is no string', at('0', '09:00'), 'DATE', ['2026-12-05']],
    ['daysLater that is no integer', at('x', '09:00'), 'DATE', '2026-12-05'],
    ['hoursLater that is no integer', hours('0', '1.5'), 'DATETIME', '2026-12-05T00:00:00Z'],
    ['neither time nor hours', { code: 'Due', daysLater: '0' }, 'DATE', '2026-12-05'],
  ])('%s', (_, timing, type, value) => {
    expect(reminderInstant(timing, type, value, 'Asia/Tokyo')).toBeUndefined();
  });

  it('an unknown time zone gives no answer rather than an exception', () => {
    for (const zone of ['Mars/Olympus', '', '+09:00'])
      expect(reminderInstant(at('0', '09:00'), 'DATE', '2026-12-05', zone)).toBeUndefined();
    expect(reminderInstant(hours('0', '1'), 'DATETIME', '2026-12-05T00:00:00Z', 'Mars/Olympus')).toBeUndefined();
  });
});

describe('formatInZone', () => {
  it('shows the wall-clock time of an instant in a zone', () => {
    expect(formatInZone('2026-12-04T00:00:00Z', 'Asia/Tokyo')).toBe('2026-12-04 09:00');
    expect(formatInZone('2026-12-04T00:00:00Z', 'America/New_York')).toBe('2026-12-03 19:00');
    // Midnight reads 00:00, not 24:00; 00:00Z is 05:30 in Kolkata.
    expect(formatInZone('2026-12-04T15:00:00Z', 'Asia/Tokyo')).toBe('2026-12-05 00:00');
    expect(formatInZone('2026-12-04T00:00:00Z', 'Asia/Kolkata')).toBe('2026-12-04 05:30');
  });

  it('gives an empty string rather than an exception for an unknown zone or a malformed instant', () => {
    expect(formatInZone('2026-12-04T00:00:00Z', 'Mars/Olympus')).toBe('');
    expect(formatInZone('', 'UTC')).toBe('');
  });
});
