// The REST endpoints the plugin reads (and the upload tool writes), in kintone's wire format.
import { KintoneError } from './errors.mjs';
import { aclOf, directory, fieldsOf, perRecordOf, recordAclOf, reminderOf, settingsOf, statusOf } from './data.mjs';
import { pluginIdOf } from './plugin-zip.mjs';
import { recordOf, recordsMatching } from './records.mjs';
import { appOf, DOMAIN_APPS, DOMAIN_BASE, MAX_DOMAIN } from './apps/domain.mjs';

/** Splits /k/v1/... or /k/guest/{space}/v1/... into { guestSpace, preview, rest }. */
export function parseKintonePath(pathname) {
  const m = pathname.match(/^\/k\/(?:guest\/(\d+)\/)?v1\/(preview\/)?(.+)$/);
  return m && { guestSpace: m[1] ? Number(m[1]) : undefined, preview: Boolean(m[2]), rest: m[3] };
}

/** The app named by `app` (or `id` for app.json), checked against the path's guest space like kintone. */
export function appFor(apps, query, guestSpace, key = 'app') {
  const raw = query[key];
  if (raw === undefined || !/^[1-9]\d*$/.test(String(raw))) {
    throw new KintoneError('CB_VA01', {}, { [key]: { messages: ['Required field.'] } });
  }
  const app = appOf(apps, raw);
  if (!app) throw new KintoneError('GAIA_AP01', { app: raw });
  if (app.spaceId && guestSpace === undefined) throw new KintoneError('GAIA_IL23');
  if (guestSpace !== undefined && app.spaceId !== guestSpace) throw new KintoneError('GAIA_IL26');
  return app;
}

/** The app, if the user may manage it (every settings read and write needs that); else CB_NO02. */
export const manage = (app) => {
  if (app.manageable === false) throw new KintoneError('CB_NO02');
  return app;
};

const recipientsParam = (query) => (query.recipients ? Math.min(10_000, Number(query.recipients)) : undefined);

const appEntry = (app) => ({
  appId: String(app.id),
  code: '',
  name: app.name,
  description: app.purpose ?? '',
  spaceId: app.spaceId ? String(app.spaceId) : null,
  threadId: app.spaceId ? String(app.spaceId) : null,
  createdAt: '2026-01-15T02:00:00.000Z',
  creator: { code: 'sato', name: 'Sato Hiroshi' },
  modifiedAt: '2026-11-20T08:30:00.000Z',
  modifier: { code: 'sato', name: 'Sato Hiroshi' },
});

const integerIn = (value, min, max, fallback, key) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new KintoneError('CB_VA01', {}, { [key]: { messages: [`Must be between ${min} and ${max}.`] } });
  return n;
};

/**
 * GET /k/v1/apps.json: the apps the user can see, by id, `limit` (1–100, default 100) from `offset` (default 0).
 * The sample apps, then the generated domain (apps/domain.mjs; `apps=N` on the page asks for N of them). The
 * guest form lists that space's apps only. UNVERIFIED — the stand-in's guess: the non-guest form lists apps in
 * guest spaces too. kintone's reference found here does not say; the product handles both (see api/apps.ts).
 * `ids`, `codes`, `name` and `spaceIds` filters are not implemented: they are refused, never ignored.
 */
function listApps(ctx) {
  for (const key of ['ids', 'codes', 'name', 'spaceIds'])
    if (ctx.query[key] !== undefined)
      throw new KintoneError('CB_VA01', {}, { [key]: { messages: ['Not in the stand-in.'] } });
  const limit = integerIn(ctx.query.limit, 1, 100, 100, 'limit');
  const offset = integerIn(ctx.query.offset, 0, 2147483647, 0, 'offset');
  const count = Math.min(MAX_DOMAIN, Number(ctx.pageQuery.apps ?? DOMAIN_APPS) || 0);
  const ids = [
    ...[...ctx.apps.values()].filter((app) => !app.generated).map((app) => app.id),
    ...Array.from({ length: count }, (_, i) => DOMAIN_BASE + i + 1),
  ].sort((a, b) => a - b);
  const visible = ids
    .map((id) => appOf(ctx.apps, id))
    .filter((app) => (ctx.guestSpace ? app.spaceId === ctx.guestSpace : true));
  return { apps: visible.slice(offset, offset + limit).map(appEntry) };
}

/** GET handlers under /k/v1 (and the guest form), keyed by the path after v1/. */
export const kintoneGets = {
  'app/notifications/general.json': (ctx) =>
    settingsOf(manage(appFor(ctx.apps, ctx.query, ctx.guestSpace)), ctx.env, recipientsParam(ctx.pageQuery)),
  'app/notifications/perRecord.json': (ctx) =>
    perRecordOf(manage(appFor(ctx.apps, ctx.query, ctx.guestSpace)), ctx.env, recipientsParam(ctx.pageQuery)),
  'app/notifications/reminder.json': (ctx) =>
    reminderOf(manage(appFor(ctx.apps, ctx.query, ctx.guestSpace)), ctx.env, recipientsParam(ctx.pageQuery)),
  'app/form/fields.json': (ctx) => {
    const app = manage(appFor(ctx.apps, ctx.query, ctx.guestSpace));
    return {
      properties: fieldsOf(app, ctx.env, recipientsParam(ctx.pageQuery)),
      revision: settingsOf(app, ctx.env).revision,
    };
  },
  'app/acl.json': (ctx) => aclOf(manage(appFor(ctx.apps, ctx.query, ctx.guestSpace)), ctx.env),
  'record/acl.json': (ctx) => recordAclOf(manage(appFor(ctx.apps, ctx.query, ctx.guestSpace)), ctx.env),
  'app/status.json': (ctx) => {
    const app = manage(appFor(ctx.apps, ctx.query, ctx.guestSpace));
    return { ...statusOf(app, ctx.env), revision: settingsOf(app, ctx.env).revision };
  },
  // Records need view permission, not app management: an app the user may not manage still answers them.
  'record.json': (ctx) => recordOf(appFor(ctx.apps, ctx.query, ctx.guestSpace), ctx.query),
  'records.json': (ctx) => {
    const app = appFor(ctx.apps, ctx.query, ctx.guestSpace);
    return recordsMatching(app, ctx.query, fieldsOf(app, 'live'));
  },
  'app.json': (ctx) => appEntry(appFor(ctx.apps, ctx.query, ctx.guestSpace, 'id')),
  'apps.json': listApps,
  'plugins.json': (ctx) => ({ plugins: [...ctx.state.plugins.values()], count: ctx.state.plugins.size }),
};

/** Generated directory entries for the large app, so 2,000 rows have names like in a real domain. */
const generated = (code) => {
  const m = code.match(/^(user|group|organization)-(\d{5})$/);
  return (
    m && {
      id: String(10000 + Number(m[2])),
      code,
      name: `${m[1][0].toUpperCase()}${m[1].slice(1)} ${m[2]}`,
      ...(m[1] === 'user' ? { valid: true } : {}),
    }
  );
};

/** An organization in the User API's Organization shape: `parentCode` is null for a root department. */
const organizationOf = (entry) => ({ ...entry, parentCode: entry.parentCode ?? null });

/** A group (role) in the User API's Group shape, which always has a description. */
const groupOf = (entry) => ({ id: entry.id, code: entry.code, name: entry.name, description: entry.description ?? '' });

/**
 * The directory user named by `code` (a login name) with their memberships, for /v1/user/*.json. Guests
 * (`guest/…`) are not in the directory, so they answer like an unknown login name: CB_VA01 on `code`.
 */
function memberOf(query) {
  const code = query.code;
  if (typeof code !== 'string' || code === '') {
    throw new KintoneError('CB_VA01', {}, { code: { messages: ['Required field.'] } });
  }
  const user = directory.users.find((u) => u.code === code);
  if (!user) throw new KintoneError('CB_VA01', {}, { code: { messages: [`The user (${code}) does not exist.`] } });
  return directory.memberships?.[code] ?? { organizations: [], groups: [] };
}

const byCode = (list, code) => list.find((e) => e.code === code);

/** GET /v1/user/organizations.json?code=: the user's departments and their job title in each (null when none). */
function userOrganizations(query) {
  const { organizations } = memberOf(query);
  return {
    organizationTitles: organizations.map(({ organization, title }) => ({
      organization: organizationOf(byCode(directory.organizations, organization)),
      title: title ? byCode(directory.titles, title) : null,
    })),
  };
}

/** GET /v1/user/groups.json?code=: the user's groups (roles), with the built-in Everyone that every user is in. */
function userGroups(query) {
  const { groups } = memberOf(query);
  const codes = [...groups.filter((g) => g !== 'everyone'), 'everyone'];
  return { groups: codes.map((c) => groupOf(byCode(directory.groups, c))) };
}

/**
 * User API: GET /v1/users.json, groups.json, organizations.json with a codes filter (max 100), and the user's
 * memberships /v1/user/organizations.json and /v1/user/groups.json (`code` = login name). All answer CB_NO02 when
 * `forbidden` (the userApi=forbidden switch, like for non-administrators).
 */
export function userApi(name, query, forbidden) {
  const member = { 'user/organizations.json': userOrganizations, 'user/groups.json': userGroups }[name];
  const listKey = { 'users.json': 'users', 'groups.json': 'groups', 'organizations.json': 'organizations' }[name];
  if (!listKey && !member) throw new KintoneError('CB_NF01');
  if (forbidden) throw new KintoneError('CB_NO02');
  if (member) return member(query);
  const codes = [].concat(query.codes ?? []);
  if (codes.length > 100) throw new KintoneError('CB_VA01', {}, { codes: { messages: ['Up to 100 codes.'] } });
  const known = directory[listKey];
  const found = codes.length
    ? codes.map((c) => known.find((e) => e.code === c) ?? generated(c)).filter(Boolean)
    : known;
  return { [listKey]: listKey === 'organizations' ? found.map(organizationOf) : found };
}

/** POST /k/v1/file.json (multipart) and POST/PUT /k/v1/plugin.json, for `npm run upload`. */
export function handleUploadWrite(rest, method, body, state) {
  if (rest === 'file.json' && method === 'POST') {
    const fileKey = `file-${state.files.size + 1}`;
    state.files.set(fileKey, body);
    return { fileKey };
  }
  if (rest === 'plugin.json' && (method === 'POST' || method === 'PUT')) {
    const json = JSON.parse(body.toString('utf8'));
    const file = state.files.get(json.fileKey);
    if (!file) throw new KintoneError('CB_VA01', {}, { fileKey: { messages: ['Unknown fileKey.'] } });
    const id = pluginIdOf(file.content);
    if (!id) throw new KintoneError('GAIA_PL18');
    if (method === 'POST' && state.plugins.has(id)) throw new KintoneError('GAIA_PL22');
    if (method === 'PUT' && json.id !== id)
      throw new KintoneError('CB_VA01', {}, { id: { messages: ['The plug-in ID does not match the file.'] } });
    state.plugins.set(id, { id, name: 'Notification Matrix', isMarketPlugin: false, version: '' });
    state.uploads.push({ method, id, fileName: file.name, size: file.content.length });
    return { id, version: '1' };
  }
  return undefined;
}
