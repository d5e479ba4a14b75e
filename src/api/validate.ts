/**
 * Response guards at the REST boundary. The notification settings are the product, so they are checked
 * strictly: a missing or wrongly typed field is the INVALID error. Form fields only enrich the matrix, so
 * bad entries are dropped. A User API answer of the wrong shape is INVALID too, which the caller turns into
 * "names unavailable": reading it as an empty directory would flag every user as unknown.
 * Hand-written rather than a schema library: five small shapes cost less than any library in the bundle.
 */
import { field, invalid, isBoolean, isObject, isString, type Json } from './guards';
import { notificationsOf, parseTarget } from './validate-kinds';
import {
  TRIGGERS,
  type DirectoryEntry,
  type FormField,
  type NotificationSettings,
  type Recipient,
} from '../model/types';

function parseRecipient(item: unknown, where: string): Recipient {
  const target = parseTarget(item, where);
  const triggers = {} as Recipient['triggers'];
  for (const trigger of TRIGGERS) triggers[trigger] = field(item as Json, trigger, where, isBoolean);
  return { ...target, triggers };
}

/** GET /k/v1/(preview/)app/notifications/general.json */
export function parseNotificationSettings(body: unknown): NotificationSettings {
  return {
    recipients: notificationsOf(body, parseRecipient),
    notifyToCommenter: field(body as Json, 'notifyToCommenter', 'response', isBoolean),
    revision: field(body as Json, 'revision', 'response', isString),
  };
}

/** GET /k/v1/app.json → the app's name and its creator's login name (app permissions name the creator). */
export function parseApp(body: unknown): { name?: string; creator?: string } {
  if (!isObject(body)) return {};
  const creator = isObject(body.creator) && isString(body.creator.code) ? body.creator.code : undefined;
  return { name: isString(body.name) && body.name ? body.name : undefined, creator };
}

/** GET /k/v1/(preview/)app/form/fields.json → fields by code; entries of the wrong shape are skipped. */
export function parseFormFields(body: unknown): Map<string, FormField> {
  const fields = new Map<string, FormField>();
  const properties = isObject(body) ? body.properties : undefined;
  if (!isObject(properties)) return fields;
  const add = (value: unknown, table?: string) => {
    if (!isObject(value) || !isString(value.code) || !isString(value.type)) return;
    const entry: FormField = { code: value.code, type: value.type, label: isString(value.label) ? value.label : '' };
    fields.set(value.code, table ? { ...entry, table } : entry);
    // A table's own fields are in its `fields`: recipients and conditions may name them too.
    if (value.type === 'SUBTABLE' && isObject(value.fields))
      for (const inner of Object.values(value.fields)) add(inner, value.code);
  };
  for (const value of Object.values(properties)) add(value);
  return fields;
}

/** GET /k/v1/(preview/)app/status.json → whether process management is on; undefined when unknown. */
export function parseProcessEnabled(body: unknown): boolean | undefined {
  return isObject(body) && isBoolean(body.enable) ? body.enable : undefined;
}

/**
 * GET /v1/users.json, groups.json, organizations.json → entries under `listKey`. Throws INVALID when the
 * answer is not that shape: the caller then treats names as unavailable rather than as "nobody exists".
 */
export function parseDirectoryEntries(body: unknown, listKey: string): DirectoryEntry[] {
  const list = isObject(body) ? body[listKey] : undefined;
  if (!Array.isArray(list)) return invalid(listKey);
  return list.map((item, i): DirectoryEntry => {
    if (!isObject(item) || !isString(item.code) || !isString(item.name)) return invalid(`${listKey}[${i}]`);
    return { code: item.code, name: item.name, ...(isBoolean(item.valid) ? { valid: item.valid } : {}) };
  });
}
