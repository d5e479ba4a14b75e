// Sample apps and the user directory, loaded once from apps/*.json and directory.json.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeNotifications } from './apps/large.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** @typedef {{ notifications: object[], notifyToCommenter: boolean, revision: string }} Settings */

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

/** Form fields of an app in kintone's wire format; large apps get one user-selection field per row. */
export function fieldsOf(app, env, recipients) {
  const properties = { ...(env === 'preview' ? (app.previewFields ?? app.fields) : app.fields) };
  if (app.large) {
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
