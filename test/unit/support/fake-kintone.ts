// A fake `kintone` global for unit tests. Its api() routes each call to a handler the test gives and
// records every call; api.url() behaves like kintone's, origin and guest-space prefix included, so a test
// can prove the code used it rather than building paths by hand.
export interface ApiCall {
  url: string;
  method: string;
  params: Record<string, unknown>;
}

export type Handler = (call: ApiCall) => unknown | Promise<unknown>;

export const ORIGIN = 'https://example.cybozu.com';

/** Path of a recorded call without origin and guest prefix, e.g. /k/v1/app/notifications/general.json. */
export const plainPath = (url: string) => url.replace(ORIGIN, '').replace(/^\/k\/guest\/\d+\//, '/k/');

export function installKintone(
  handler: Handler,
  options: {
    spaceId?: number;
    language?: string;
    appId?: number | null;
    user?: string;
    /** The user's time zone in kintone (getLoginUser().timezone). */
    timezone?: string;
    /** kintone.app.getPermissions(); absent like on kintone versions without it. */
    permissions?: () => Promise<{ addRecord: boolean; editApp: boolean }>;
  } = {},
) {
  const calls: ApiCall[] = [];
  const config = new Map<string, Record<string, string>>();
  const api = (url: string, method: string, params: Record<string, unknown>) => {
    const call = { url, method, params };
    calls.push(call);
    return Promise.resolve().then(() => handler(call));
  };
  api.url = (path: string, detectGuestSpace?: boolean) => {
    const rest = path.replace(/^\/k\//, '');
    return `${ORIGIN}${detectGuestSpace && options.spaceId ? `/k/guest/${options.spaceId}/` : '/k/'}${rest}`;
  };
  // kintone's GET URL for these params: arrays as key[0]=a, every value URL-encoded.
  api.urlForGet = (path: string, params: Record<string, unknown>, detectGuestSpace?: boolean) =>
    `${api.url(path, detectGuestSpace)}?${Object.entries(params)
      .flatMap(([key, value]) =>
        Array.isArray(value)
          ? value.map((v, i) => `${encodeURIComponent(`${key}[${i}]`)}=${encodeURIComponent(String(v))}`)
          : [`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`],
      )
      .join('&')}`;
  (globalThis as unknown as { kintone: unknown }).kintone = {
    api,
    $PLUGIN_ID: 'plugin-id',
    app: {
      getId: () => (options.appId === undefined ? 1 : options.appId),
      getHeaderMenuSpaceElement: () => document.getElementById('menu'),
      getPermissions: options.permissions,
    },
    getLoginUser: () => ({
      language: options.language ?? 'en',
      code: options.user ?? 'sato',
      timezone: options.timezone ?? 'Asia/Tokyo',
    }),
    plugin: {
      app: {
        getConfig: (id: string) => config.get(id) ?? {},
        setConfig: (value: Record<string, string>, done?: () => void) => {
          config.set('plugin-id', value);
          done?.();
        },
      },
    },
    events: { on: () => undefined },
  };
  return { calls, config };
}

/** A handler answering from a table of plain paths; anything else fails like kintone's 404. */
export function routes(table: Record<string, unknown>): Handler {
  return (call) => {
    const key = plainPath(call.url);
    if (key in table) {
      const value = table[key];
      // kintone error bodies (code like CB_NO02) are thrown, as kintone.api rejects with them.
      const isError = /^[A-Z]+_[A-Z0-9]+$/.test(String((value as { code?: unknown })?.code ?? ''));
      if (value instanceof Error || isError) throw value;
      return typeof value === 'function' ? (value as Handler)(call) : structuredClone(value);
    }
    throw { code: 'CB_NF01', id: 'x', message: `no route for ${key}` };
  };
}
