/**
 * What the view across apps reads: the list of apps, then each app's notification settings, every request
 * through one queue that keeps at most six in flight (kintone limits concurrent requests per domain, and each
 * read counts against its own app's daily limit). GET only: the writes of an offboarding are in write.ts.
 */
import { ApiError, toApiError } from './errors';
import { kintoneGet } from './request';
import { inSpace } from './guest-space';
import { kindRead, optional } from './load';
import { isObject, isString } from './guards';
import { parseFormFields, parseNotificationSettings, parseProcessEnabled } from './validate';
import { parsePerRecordSettings, parseReminderSettings } from './validate-kinds';
import type { AppSettings } from '../model/types';
import { EDIT_KINDS, typesOf, type Bodies, type RawBody } from '../model/edit';

export type Get = typeof kintoneGet;

/**
 * The scan's share of the domain's concurrent requests: min(6, limit − running − 5), never below 1 (a crowded
 * domain slows the scan, never stops it); 6 when kintone's answer is not numbers. kintone's reference says
 * `running` is the domain's concurrent REST requests now, shared by every integration; it does not say whether
 * this page's own requests are among them. They are counted as others' here: the cautious reading, which at
 * worst slows the scan by its own few.
 */
export const shareOf = ({ limit, running }: { limit: number; running: number }, most = 6): number =>
  Number.isFinite(limit - running) ? Math.max(1, Math.min(most, limit - running - 5)) : most;

/**
 * A queue running at most `most` (six) requests at once, first come first served, except that `first` jumps the queue:
 * an app's follow-up reads go before other apps' first reads, so apps finish one by one. With `pace`, the queue
 * asks kintone.api.getConcurrencyLimit() before starting another app, at most once a second, and keeps its
 * share (shareOf) in flight; `pace` hears each share. `cancel` drops the requests that would start another app
 * (they reject with CANCELLED and send nothing); the follow-ups of apps already started still run, so every app
 * read is read whole.
 */
export function requestQueue(pace?: (share: number) => void, most = 6) {
  let size = most;
  let running = 0;
  let cancelled = false;
  let askedAt = -Infinity;
  let asking = false;
  const waiting: Array<{ start: () => void; reject: (e: ApiError) => void; first: boolean }> = [];
  const refusal = () => new ApiError('CANCELLED', 'unknown');
  const ask = () => {
    asking = true;
    // Older kintone versions lack it; a failed answer (or a call that throws, asked inside then()) keeps the share,
    // and so does one that takes over a second: the scan never waits on it for good.
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, 1000));
    Promise.race([Promise.resolve().then(() => kintone.api.getConcurrencyLimit?.()), late])
      .then(
        (load) => (load ? shareOf(load, most) : size),
        () => size,
      )
      .then((share) => {
        size = share;
        asking = false;
        // A second from the answer, not the question: a late answer does not make the next app ask at once.
        askedAt = Date.now();
        pace?.(share);
        next();
      });
  };
  const next = () => {
    while (running < size && waiting[0]) {
      // Another app's first read: the domain's load decides first (its follow-ups, `first`, never wait for it).
      if (pace && !waiting[0].first && (asking || Date.now() - askedAt >= 1000)) {
        if (!asking) ask();
        return;
      }
      running++;
      waiting.shift()?.start();
    }
  };
  const get =
    (first: boolean): Get =>
    (path, params, options) =>
      new Promise((resolve, reject) => {
        if (cancelled && !first) {
          reject(refusal());
          return;
        }
        const start = () =>
          kintoneGet(path, params, options)
            .then(resolve, reject)
            .finally(() => {
              running--;
              next();
            });
        waiting[first ? 'unshift' : 'push']({ start, reject, first });
        next();
      });
  return {
    get: get(false),
    first: get(true),
    cancel() {
      cancelled = true;
      for (const dropped of waiting.filter(({ first }) => !first)) {
        waiting.splice(waiting.indexOf(dropped), 1);
        dropped.reject(refusal());
      }
    },
  };
}

export interface AppEntry {
  id: string;
  name: string;
  /** The space the list says the app is in; whether it is a guest space, only a read of the app tells. */
  space?: string;
}

/** Every app the user can see (GET apps.json, 100 at a time), in kintone's order; entries of another shape are skipped. */
export async function listApps(get: Get = kintoneGet): Promise<AppEntry[]> {
  const apps: AppEntry[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await get('/k/v1/apps.json', { limit: 100, offset }, { guestAware: false });
    const list = isObject(page) && Array.isArray(page.apps) ? page.apps : [];
    for (const app of list)
      if (isObject(app) && isString(app.appId))
        apps.push({
          id: app.appId,
          name: isString(app.name) ? app.name : '',
          space: isString(app.spaceId) ? app.spaceId : undefined,
        });
    if (list.length < 100) return apps;
  }
}

/** An app's settings as the panel holds them, or why they could not be read; `space` is where it answered. */
export type ScannedApp = { settings: AppSettings; space: string } | { error: ApiError };

/**
 * The eight reads of one app: its live general settings first, then — once that answered — the pre-live general
 * settings, per-record and reminder settings of both environments, and the live form and process management
 * that findings need. An app in a guest space answers GAIA_IL23 on the plain path: it is read again under its
 * space's path (one read more). An app refused on its first read (CB_NO02: not managed by this user) costs one.
 */
export async function scanApp(app: AppEntry, queue: ReturnType<typeof requestQueue>): Promise<ScannedApp> {
  let space = '';
  const read = (rest: string, preview = false, get = queue.first) =>
    get(inSpace(`/k/v1/${preview ? 'preview/' : ''}${rest}`, space), { app: app.id }, { guestAware: false });
  const general = 'app/notifications/general.json';
  let live;
  try {
    live = parseNotificationSettings(
      await read(general, false, queue.get).catch((raw: unknown) => {
        if (!app.space || toApiError(raw).code !== 'GAIA_IL23') throw raw;
        space = app.space;
        return read(general);
      }),
    );
  } catch (raw) {
    return { error: toApiError(raw) };
  }
  const kinds = <T extends object>(rest: string, parse: (body: unknown) => T) =>
    Promise.all([kindRead(read(rest), parse), kindRead(read(rest, true), parse)]);
  const [preview, fields, processEnabled, [perRecordLive, perRecordPreview], [reminderLive, reminderPreview]] =
    await Promise.all([
      optional(read(general, true), parseNotificationSettings),
      optional(read('app/form/fields.json'), parseFormFields),
      optional(read('app/status.json'), parseProcessEnabled),
      kinds('app/notifications/perRecord.json', parsePerRecordSettings),
      kinds('app/notifications/reminder.json', parseReminderSettings),
    ]);
  return {
    space,
    settings: {
      appId: app.id,
      live,
      preview,
      fields: { live: fields, preview: undefined },
      processEnabled: { live: processEnabled, preview: undefined },
      perRecord: { live: perRecordLive, preview: perRecordPreview },
      reminder: { live: reminderLive, preview: reminderPreview },
    },
  };
}

const PRE_LIVE_PARSERS = [parseNotificationSettings, parsePerRecordSettings, parseReminderSettings];

/**
 * For an offboarding: the pre-live answers of the three kinds exactly as kintone sent them (checked first: an
 * answer of another shape fails the app), and the pre-live form's field types, which tell the fields whose
 * conditions name people (unread, no condition is changed).
 */
export async function readPreLive(id: string, space: string, get: Get) {
  const read = (rest: string) => get(inSpace(`/k/v1/preview/app/${rest}`, space), { app: id }, { guestAware: false });
  const bodies: Bodies = {};
  const [fields] = await Promise.all([
    optional(read('form/fields.json'), parseFormFields),
    ...EDIT_KINDS.map(async (kind, i) => {
      const body = await read(`notifications/${kind}.json`);
      PRE_LIVE_PARSERS[i](body);
      bodies[kind] = body as RawBody;
    }),
  ]);
  return { bodies, fields: typesOf(fields) };
}
