/**
 * Guards for the per-record and reminder notification settings (GET …/notifications/perRecord.json and
 * …/reminder.json). Strict like the general settings: a missing or wrongly typed field is INVALID, which
 * the panel shows for that kind only.
 */
import { field, invalid, isBoolean, isObject, isString, type Json } from './guards';
import type {
  PerRecordNotification,
  PerRecordSettings,
  ReminderNotification,
  ReminderSettings,
  ReminderTiming,
  Target,
} from '../model/types';

const isInteger = (v: unknown): v is string | number =>
  (typeof v === 'string' && /^-?\d{1,6}$/.test(v)) || Number.isInteger(v);

/** A string, null or nothing: an optional setting. */
const isStringOrNone = (v: unknown): v is string | null | undefined => v == null || isString(v);

/** `{ entity: { type, code }, includeSubs }`: a recipient of any kind of notification. */
export function parseTarget(item: unknown, where: string): Target {
  const at = `${where}.entity`;
  if (!isObject(item) || !isObject(item.entity)) return invalid(at);
  return {
    type: field(item.entity, 'type', at, isString),
    code: field(item.entity, 'code', at, isString),
    includeSubs: field(item, 'includeSubs', where, isBoolean),
  };
}

function parseNotification(item: unknown, where: string): PerRecordNotification {
  if (!isObject(item)) return invalid(where);
  return {
    // kintone treats an omitted or null condition as "all records".
    filterCond: field(item, 'filterCond', where, isStringOrNone) ?? '',
    title: field(item, 'title', where, isString),
    targets: field(item, 'targets', where, Array.isArray).map((t, i) => parseTarget(t, `${where}.targets[${i}]`)),
  };
}

function parseTiming(item: Json, where: string): ReminderTiming {
  const at = `${where}.timing`;
  const timing = isObject(item.timing) ? item.timing : invalid(at);
  const { hoursLater, time } = timing;
  if (hoursLater === undefined && time === undefined) return invalid(`${at}.time`);
  return {
    code: field(timing, 'code', at, isString),
    daysLater: String(field(timing, 'daysLater', at, isInteger)),
    ...(hoursLater === undefined ? {} : { hoursLater: String(field(timing, 'hoursLater', at, isInteger)) }),
    ...(time === undefined
      ? {}
      : { time: field(timing, 'time', at, (v): v is string => isString(v) && /^\d\d:\d\d$/.test(v)) }),
  };
}

/** The `notifications` list of a settings answer, each entry parsed with `parse`. */
export const notificationsOf = <T>(body: unknown, parse: (item: unknown, where: string) => T): T[] => {
  if (!isObject(body)) return invalid('response');
  return field(body, 'notifications', 'response', Array.isArray).map((item, i) => parse(item, `notifications[${i}]`));
};

export function parsePerRecordSettings(body: unknown): PerRecordSettings {
  return {
    notifications: notificationsOf(body, parseNotification),
    revision: field(body as Json, 'revision', 'response', isString),
  };
}

export function parseReminderSettings(body: unknown): ReminderSettings {
  return {
    notifications: notificationsOf(body, (item, where): ReminderNotification => ({
      ...parseNotification(item, where),
      timing: parseTiming(item as Json, where),
    })),
    // null, or no time zone at all, when it was never set.
    timezone: field(body as Json, 'timezone', 'response', isStringOrNone) ?? null,
    revision: field(body as Json, 'revision', 'response', isString),
  };
}
