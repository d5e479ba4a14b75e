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

/** `{ entity: { type, code }, includeSubs }`: a recipient of any kind of notification. */
export function parseTarget(item: unknown, where: string): Target {
  if (!isObject(item) || !isObject(item.entity)) return invalid(`${where}.entity`);
  return {
    type: field(item.entity, 'type', `${where}.entity`, isString),
    code: field(item.entity, 'code', `${where}.entity`, isString),
    includeSubs: field(item, 'includeSubs', where, isBoolean),
  };
}

function parseNotification(item: unknown, where: string): PerRecordNotification {
  if (!isObject(item)) return invalid(where);
  // kintone treats an omitted or null condition as "all records".
  const filterCond = item.filterCond ?? '';
  return {
    filterCond: isString(filterCond) ? filterCond : invalid(`${where}.filterCond`),
    title: field(item, 'title', where, isString),
    targets: field(item, 'targets', where, Array.isArray).map((t, i) => parseTarget(t, `${where}.targets[${i}]`)),
  };
}

function parseTiming(item: Json, where: string): ReminderTiming {
  const timing = isObject(item.timing) ? item.timing : invalid(`${where}.timing`);
  const at = `${where}.timing`;
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

const list = (body: unknown): unknown[] => {
  if (!isObject(body)) return invalid('response');
  return field(body, 'notifications', 'response', Array.isArray);
};

export function parsePerRecordSettings(body: unknown): PerRecordSettings {
  return {
    notifications: list(body).map((item, i) => parseNotification(item, `notifications[${i}]`)),
    revision: field(body as Json, 'revision', 'response', isString),
  };
}

export function parseReminderSettings(body: unknown): ReminderSettings {
  const notifications = list(body).map((item, i): ReminderNotification => ({
    ...parseNotification(item, `notifications[${i}]`),
    timing: parseTiming(item as Json, `notifications[${i}]`),
  }));
  const timezone = (body as Json).timezone ?? null;
  return {
    notifications,
    timezone: timezone === null || isString(timezone) ? timezone : invalid('response.timezone'),
    revision: field(body as Json, 'revision', 'response', isString),
  };
}
