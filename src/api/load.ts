/**
 * What the panel reads. The settings reads go out in one parallel wave: first the six the general matrix
 * draws with (browsers open at most six HTTP/1.1 connections per host) — the live general settings, which
 * the panel cannot work without, and five optional reads (pre-live general settings, form fields and
 * process management of both environments) — then the per-record and reminder settings of both
 * environments. Everything but the live general settings is handed back as a promise of its own, so the
 * caller decides how long to wait: a slow read never holds the matrix back, and a failed one only affects
 * its own kind. Names (app name, users, groups, departments) come after, as a further enrichment.
 */
import { kintoneGet, silently } from './request';
import { toApiError } from './errors';
import { parsePerRecordSettings, parseReminderSettings } from './validate-kinds';
import {
  parseApp,
  parseDirectoryEntries,
  parseFormFields,
  parseNotificationSettings,
  parseProcessEnabled,
} from './validate';
import type {
  Directory,
  Environment,
  FormField,
  KindError,
  NotificationSettings,
  PerEnvironment,
  PerRecordSettings,
  ReminderSettings,
  Target,
} from '../model/types';
import type { RawBody } from '../model/edit';
import { isGuestCode } from '../model/rows';

/** The optional reads of one wave; each resolves to undefined when it fails (never rejects). */
export interface OptionalReads {
  preview: Promise<NotificationSettings | undefined>;
  fields: PerEnvironment<Promise<Map<string, FormField> | undefined>>;
  processEnabled: PerEnvironment<Promise<boolean | undefined>>;
}

/** The per-record and reminder reads of one wave; each resolves to its settings or its error (never rejects). */
export interface KindReads {
  perRecord: PerEnvironment<Promise<PerRecordSettings | KindError>>;
  reminder: PerEnvironment<Promise<ReminderSettings | KindError>>;
}

export interface SettingsWave {
  /** Rejects with an ApiError: the panel's error. */
  live: Promise<NotificationSettings>;
  optional: OptionalReads;
  kinds: KindReads;
}

/** A settings path of the live or the pre-live environment. */
export const envPath = (env: Environment, rest: string) =>
  env === 'preview' ? `/k/v1/preview/${rest}` : `/k/v1/${rest}`;

/** Reads an optional enrichment: a failure means "unknown", never an error on screen. */
export const optional = <T>(promise: Promise<unknown>, parse: (body: unknown) => T): Promise<T | undefined> =>
  silently(promise.then(parse));

/** A read of one kind: its settings, or its error as the panel shows it for that kind alone. */
export const kindRead = <T>(promise: Promise<unknown>, parse: (body: unknown) => T): Promise<T | KindError> =>
  promise.then(parse).catch((raw: unknown) => {
    const { code, kind, detail } = toApiError(raw);
    return { failed: true, code, kind, detail } as const;
  });

/**
 * The pre-live answers exactly as kintone sent them, by the settings parsed from them: edits are applied
 * to these, so a PUT sends back every field as read, including any this panel does not know.
 */
export const rawBodyOf = new WeakMap<object, RawBody>();

const keepingRaw =
  <T extends object>(parse: (body: unknown) => T) =>
  (body: unknown): T => {
    const parsed = parse(body);
    rawBodyOf.set(parsed, body as RawBody);
    return parsed;
  };

/** Sends the ten settings reads at once, the six the general matrix draws with first. */
export function startSettingsWave(appId: string): SettingsWave {
  const get = (env: Environment, rest: string) => kintoneGet(envPath(env, rest), { app: appId });
  return {
    live: get('live', 'app/notifications/general.json').then(parseNotificationSettings),
    optional: {
      preview: optional(get('preview', 'app/notifications/general.json'), keepingRaw(parseNotificationSettings)),
      fields: {
        live: optional(get('live', 'app/form/fields.json'), parseFormFields),
        preview: optional(get('preview', 'app/form/fields.json'), parseFormFields),
      },
      processEnabled: {
        live: optional(get('live', 'app/status.json'), parseProcessEnabled),
        preview: optional(get('preview', 'app/status.json'), parseProcessEnabled),
      },
    },
    kinds: {
      perRecord: {
        live: kindRead(get('live', 'app/notifications/perRecord.json'), parsePerRecordSettings),
        preview: kindRead(get('preview', 'app/notifications/perRecord.json'), keepingRaw(parsePerRecordSettings)),
      },
      reminder: {
        live: kindRead(get('live', 'app/notifications/reminder.json'), parseReminderSettings),
        preview: kindRead(get('preview', 'app/notifications/reminder.json'), keepingRaw(parseReminderSettings)),
      },
    },
  };
}

/** GET /k/v1/app.json (which names the app by `id`, not `app`): its name and creator, or undefined. */
export const loadApp = (appId: string): Promise<{ name?: string; creator?: string } | undefined> =>
  optional(kintoneGet('/k/v1/app.json', { id: appId }), parseApp);

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
 * The User API answers only for some accounts: a type whose lookup fails, or answers in a shape this
 * panel cannot read, stays undefined ("names unavailable", codes shown) — never an empty directory, which
 * would flag everyone as unknown. Guest users are not in the directory, so their codes are not asked for.
 */
export async function loadDirectory(
  settings: Array<NotificationSettings | undefined>,
  targets: Target[] = [],
  /** How to send each request: the scan across apps sends them through its queue. */
  get = kintoneGet,
): Promise<Directory> {
  const directory: Directory = {};
  const everyone = [...settings.flatMap((s) => s?.recipients ?? []), ...targets];
  await Promise.all(
    DIRECTORY_SOURCES.map(async ([type, endpoint, listKey]) => {
      const codes = new Set<string>();
      for (const r of everyone) if (r.type === type && !isGuestCode(r.code)) codes.add(r.code);
      if (codes.size === 0) return;
      try {
        const pages = await Promise.all(
          chunk([...codes], CODES_PER_REQUEST).map((batch) => get(endpoint, { codes: batch }, { guestAware: false })),
        );
        const entries = pages.flatMap((page) => parseDirectoryEntries(page, listKey));
        directory[type] = new Map(entries.map((entry) => [entry.code, entry]));
      } catch {
        // 403 for non-administrators, an unreadable answer, or any failure: keep codes quietly.
      }
    }),
  );
  return directory;
}
