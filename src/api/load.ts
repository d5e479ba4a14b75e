/**
 * What the panel reads, in as few waves as possible: the six settings reads in one parallel wave (so the
 * matrix appears after one round trip — six, because browsers open at most six HTTP/1.1 connections per
 * host), then the names (app name, users, groups, departments), which are only an enrichment.
 */
import { kintoneGet } from './request';
import {
  parseAppName,
  parseDirectoryEntries,
  parseFormFields,
  parseNotificationSettings,
  parseProcessEnabled,
} from './validate';
import type { Directory, DirectoryEntry, Environment, FormField, NotificationSettings } from '../model/types';

export interface PerEnvironment<T> {
  live: T;
  preview: T;
}

export interface AppSettings {
  appId: string;
  /** Live settings: the panel cannot work without them, so their failure is the panel's error. */
  live: NotificationSettings;
  /** Pre-live settings; undefined when that read failed (the panel then shows live only). */
  preview?: NotificationSettings;
  fields: PerEnvironment<Map<string, FormField> | undefined>;
  processEnabled: PerEnvironment<boolean | undefined>;
}

const path = (env: Environment, rest: string) => (env === 'preview' ? `/k/v1/preview/${rest}` : `/k/v1/${rest}`);

/** Reads an optional enrichment: a failure means "unknown", never an error on screen. */
const optional = <T>(promise: Promise<unknown>, parse: (body: unknown) => T): Promise<T | undefined> =>
  promise.then(parse, () => undefined);

export async function loadAppSettings(appId: string): Promise<AppSettings> {
  const get = (p: string) => kintoneGet(p, { app: appId });
  const [live, preview, liveFields, previewFields, liveProcess, previewProcess] = await Promise.all([
    get(path('live', 'app/notifications/general.json')).then(parseNotificationSettings),
    optional(get(path('preview', 'app/notifications/general.json')), parseNotificationSettings),
    optional(get(path('live', 'app/form/fields.json')), parseFormFields),
    optional(get(path('preview', 'app/form/fields.json')), parseFormFields),
    optional(get(path('live', 'app/status.json')), parseProcessEnabled),
    optional(get(path('preview', 'app/status.json')), parseProcessEnabled),
  ]);
  return {
    appId,
    live,
    preview,
    fields: { live: liveFields, preview: previewFields },
    processEnabled: { live: liveProcess, preview: previewProcess },
  };
}

/** GET /k/v1/app.json (which names the app by `id`, not `app`): the app's name, or undefined. */
export const loadAppName = (appId: string): Promise<string | undefined> =>
  optional(kintoneGet('/k/v1/app.json', { id: appId }), parseAppName);

/** The User API endpoints per entity type, and the key of the list in each answer. */
const DIRECTORY_SOURCES = [
  ['USER', '/v1/users.json', 'users'],
  ['GROUP', '/v1/groups.json', 'groups'],
  ['ORGANIZATION', '/v1/organizations.json', 'organizations'],
] as const;

/** The User API accepts at most 100 codes per request. */
const CODES_PER_REQUEST = 100;

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Looks up names for every USER, GROUP and ORGANIZATION code, each code once, all requests in parallel.
 * The User API answers only for some accounts: a type whose lookup fails stays undefined (codes shown).
 * Guest users are not in the directory, so their codes are not asked for.
 */
export async function loadDirectory(settings: (NotificationSettings | undefined)[]): Promise<Directory> {
  const directory: Directory = {};
  await Promise.all(
    DIRECTORY_SOURCES.map(async ([type, endpoint, listKey]) => {
      const codes = new Set<string>();
      for (const s of settings) {
        for (const r of s?.recipients ?? []) if (r.type === type && !r.code.startsWith('guest/')) codes.add(r.code);
      }
      if (codes.size === 0) return;
      try {
        const pages = await Promise.all(
          chunk([...codes], CODES_PER_REQUEST).map((batch) =>
            kintoneGet(endpoint, { codes: batch }, { guestAware: false }),
          ),
        );
        const entries = new Map<string, DirectoryEntry>();
        for (const page of pages) for (const e of parseDirectoryEntries(page, listKey)) entries.set(e.code, e);
        directory[type] = entries;
      } catch {
        // 403 for non-administrators, or any failure: keep codes quietly, as the issue asks.
      }
    }),
  );
  return directory;
}
