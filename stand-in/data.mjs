// Sample apps and the user directory, loaded once from apps/*.json and directory.json.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGE_DATE_FIELD, largeNotifications, largePerRecord, largeReminders } from './apps/large.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** @typedef {{ notifications: object[], notifyToCommenter: boolean, revision: string }} Settings */

/**
 * @typedef {{ entity: { type: string, code: string }, includeSubs: boolean }} Target
 * @typedef {{ filterCond: string, title: string, targets: Target[] }} PerRecordNotification
 * @typedef {{ notifications: PerRecordNotification[] }} PerRecordData
 *   An app file's `perRecord` / `previewPerRecord`: the body of GET (preview/)app/notifications/perRecord.json
 *   without `revision`. `filterCond` is a kintone query ("" = every record).
 * @typedef {{ code: string, daysLater: string, hoursLater?: string, time?: string }} ReminderTiming
 *   `code` is the date, datetime, created- or updated-datetime field; `daysLater` and `hoursLater` are strings,
 *   negative = before; `hoursLater` only for a datetime field with hours, otherwise `time` "HH:MM" (10-minute steps).
 * @typedef {{ timing: ReminderTiming, filterCond: string, title: string, targets: Target[] }} ReminderNotification
 * @typedef {{ notifications: ReminderNotification[], timezone: string | null }} ReminderData
 *   An app file's `reminder` / `previewReminder`: the body of GET (preview/)app/notifications/reminder.json
 *   without `revision`. `timezone` is null when the app's reminder time zone was never set.
 *
 * An app file (apps/app-N.json) holds `id`, `name`, `purpose`, `live` (Settings), `fields`, `status` and
 * optionally `preview`, `previewFields`, `previewStatus`, `spaceId`, `manageable: false`, `large: N`,
 * `perRecord`, `previewPerRecord` (PerRecordData), `reminder`, `previewReminder` (ReminderData), `acl`, `previewAcl`
 * (AppRight[]) and `recordAcl`, `previewRecordAcl` (RecordRight[]). Pre-live forms default to live; an app without
 * per-record data has none, one without reminder data has none with the time zone null, one without
 * `acl` has DEFAULT_ACL, one without `recordAcl` none. Large apps generate 50 per-record notifications and 50
 * reminders (apps/large.mjs).
 *
 * @typedef {{ type: 'USER'|'GROUP'|'ORGANIZATION'|'CREATOR', code: string | null }} AclEntity
 * @typedef {{ entity: AclEntity, includeSubs: boolean, appEditable: boolean, recordViewable: boolean,
 *   recordAddable: boolean, recordEditable: boolean, recordDeletable: boolean, recordImportable: boolean,
 *   recordExportable: boolean }} AppRight
 *   One row of an app file's `acl` / `previewAcl` (the `rights` of GET (preview/)app/acl.json), highest priority
 *   first; a USER code of a guest starts with `guest/`, CREATOR has `code: null`.
 * @typedef {{ entity: { type: string, code: string }, viewable: boolean, editable: boolean, deletable: boolean,
 *   includeSubs: boolean }} RecordRightEntity
 * @typedef {{ filterCond: string, entities: RecordRightEntity[] }} RecordRight
 *   One rule of an app file's `recordAcl` / `previewRecordAcl` (the `rights` of GET (preview/)record/acl.json).
 */

/**
 * The stand-in login user's time zone (stand-in/public/kintone.js getLoginUser): what a reminder PUT without
 * `timezone` sets when the app's reminders were never set up (kintone's PUT reference).
 */
export const USER_TIMEZONE = 'Asia/Tokyo';

/** Loads every app file; `large` apps get their recipients generated (count overridable per request). */
export function loadApps() {
  const apps = new Map();
  for (const file of readdirSync(join(here, 'apps')).filter((f) => f.endsWith('.json'))) {
    const app = JSON.parse(readFileSync(join(here, 'apps', file), 'utf8'));
    apps.set(String(app.id), app);
  }
  return apps;
}

export const directory = JSON.parse(readFileSync(join(here, 'directory.json'), 'utf8'));

/** The live or pre-live settings of an app; pre-live defaults to live (nothing pending). */
export function settingsOf(app, env, recipients) {
  if (app.large) {
    return { notifications: largeNotifications(recipients ?? app.large), notifyToCommenter: true, revision: '42' };
  }
  return env === 'preview' ? (app.preview ?? app.live) : app.live;
}

/**
 * Form fields of an app in kintone's wire format; large apps get one user-selection field per row and the DATE
 * field their reminders are timed on (LARGE_DATE_FIELD).
 */
export function fieldsOf(app, env, recipients) {
  const properties = { ...(env === 'preview' ? (app.previewFields ?? app.fields) : app.fields) };
  if (app.large) {
    properties[LARGE_DATE_FIELD.code] ??= { ...LARGE_DATE_FIELD };
    for (const row of largeNotifications(recipients ?? app.large)) {
      if (row.entity.type === 'FIELD_ENTITY' && !properties[row.entity.code]) {
        const code = row.entity.code;
        properties[code] = {
          type: 'USER_SELECT',
          code,
          label: code.replace(/_/g, ' '),
          noLabel: false,
          required: false,
          entities: [],
        };
      }
    }
  }
  return properties;
}

export const statusOf = (app, env) => (env === 'preview' ? (app.previewStatus ?? app.status) : app.status);

/**
 * Per-record notification settings in kintone's wire format (`perRecord.json`): the app's `perRecord` or, pre-live,
 * `previewPerRecord` (defaulting to live), with the revision of the general settings of the same environment.
 * @returns {PerRecordData & { revision: string }}
 */
export function perRecordOf(app, env, recipients) {
  const data = app.large
    ? largePerRecord(recipients ?? app.large)
    : ((env === 'preview' ? (app.previewPerRecord ?? app.perRecord) : app.perRecord) ?? {});
  return { notifications: data.notifications ?? [], revision: settingsOf(app, env).revision };
}

/**
 * Reminder notification settings in kintone's wire format (`reminder.json`): the app's `reminder` or, pre-live,
 * `previewReminder` (defaulting to live), with the revision of the general settings of the same environment.
 * Without data: no notifications, and the time zone null, as kintone answers for reminders never set up.
 * @returns {ReminderData & { revision: string }}
 */
export function reminderOf(app, env, recipients) {
  const data = app.large
    ? largeReminders(recipients ?? app.large)
    : ((env === 'preview' ? (app.previewReminder ?? app.reminder) : app.reminder) ?? {});
  return {
    notifications: data.notifications ?? [],
    timezone: data.timezone ?? null,
    revision: settingsOf(app, env).revision,
  };
}

/**
 * kintone's permissions for a new app (when an app file has no `acl`): the app's creator may do everything,
 * Everyone may view, add, edit and delete records but not manage the app or import and export files.
 * @type {AppRight[]}
 */
export const DEFAULT_ACL = [
  {
    entity: { type: 'CREATOR', code: null },
    includeSubs: false,
    appEditable: true,
    recordViewable: true,
    recordAddable: true,
    recordEditable: true,
    recordDeletable: true,
    recordImportable: true,
    recordExportable: true,
  },
  {
    entity: { type: 'GROUP', code: 'everyone' },
    includeSubs: false,
    appEditable: false,
    recordViewable: true,
    recordAddable: true,
    recordEditable: true,
    recordDeletable: true,
    recordImportable: false,
    recordExportable: false,
  },
];

/**
 * App permissions in kintone's wire format (`app/acl.json`): the app's `acl` or, pre-live, `previewAcl`
 * (defaulting to live, then to DEFAULT_ACL), with the revision of the general settings of the same environment.
 * @returns {{ rights: AppRight[], revision: string }}
 */
export function aclOf(app, env) {
  const rights = (env === 'preview' ? (app.previewAcl ?? app.acl) : app.acl) ?? DEFAULT_ACL;
  return { rights: structuredClone(rights), revision: settingsOf(app, env).revision };
}

/**
 * Record permissions in kintone's wire format (`record/acl.json`): the app's `recordAcl` or, pre-live,
 * `previewRecordAcl` (defaulting to live, then to none), with the general revision of the same environment.
 * @returns {{ rights: RecordRight[], revision: string }}
 */
export function recordAclOf(app, env) {
  const rights = (env === 'preview' ? (app.previewRecordAcl ?? app.recordAcl) : app.recordAcl) ?? [];
  return { rights: structuredClone(rights), revision: settingsOf(app, env).revision };
}
