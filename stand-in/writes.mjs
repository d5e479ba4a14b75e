// The settings WRITE endpoints kintone has for notifications: PUT of the three pre-live notification settings and
// the deploy (POST, then GET its status) that copies pre-live to live. As in kintone, only pre-live is written: live
// changes only through a deploy. Validation follows kintone's order (app, guest space, permission, revision, input).
import { KintoneError } from './errors.mjs';
import { appFor, manage } from './api.mjs';
import { directory, fieldsOf, perRecordOf, reminderOf, settingsOf, USER_TIMEZONE } from './data.mjs';

const ENTITY_TYPES = new Set(['USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY']);
const DIRECTORY_LISTS = { USER: 'users', GROUP: 'groups', ORGANIZATION: 'organizations' };
/** Field types a notification may name as its recipient (FIELD_ENTITY): people, departments, groups. */
const RECIPIENT_FIELDS = new Set([
  'USER_SELECT',
  'ORGANIZATION_SELECT',
  'GROUP_SELECT',
  'CREATOR',
  'MODIFIER',
  'STATUS_ASSIGNEE',
]);
/** Field types a reminder can be timed on. */
const TIMING_FIELDS = new Set(['DATE', 'DATETIME', 'CREATED_TIME', 'UPDATED_TIME']);
const MAX_TITLE = 100;
const MAX_OFFSET = 10_000;
/** kintone deploys (and reports on) at most 300 apps per request. */
const MAX_DEPLOY_APPS = 300;
/** A pre-live setting and the live one a successful deploy copies it to. */
const PRE_LIVE = {
  preview: 'live',
  previewPerRecord: 'perRecord',
  previewReminder: 'reminder',
  previewFields: 'fields',
  previewStatus: 'status',
  previewAcl: 'acl',
  previewRecordAcl: 'recordAcl',
};

const invalid = (key, message) => new KintoneError('CB_VA01', {}, { [key]: { messages: [message] } });

/** A write's JSON body; kintone answers CB_IJ01 when it does not parse. Non-objects read as an empty object. */
export function jsonBody(buffer) {
  let value;
  try {
    value = JSON.parse(buffer.toString('utf8'));
  } catch {
    throw new KintoneError('CB_IJ01');
  }
  return value !== null && typeof value === 'object' ? value : {};
}

/**
 * kintone's revisions are integer strings; the hostile sample's is not, so its digits count (none: 0). The
 * pre-live revision is app-wide: every pre-live GET answers settingsOf(app, 'preview').revision.
 */
const nextRevision = (revision) => String(Number(String(revision).replace(/\D/g, '') || 0) + 1);

/** The optimistic lock: an omitted revision or "-1" skips it; any other must be the app's pre-live revision. */
function checkRevision(app, revision) {
  if (revision === undefined || revision === null || String(revision) === '-1') return;
  if (String(revision) !== settingsOf(app, 'preview').revision) throw new KintoneError('GAIA_CO02');
}

/** The app a write (or one deploy entry) names, checked like the GETs (appFor, manage), then its revision. */
function writableApp(entry, guestSpace, apps) {
  const app = manage(appFor(apps, entry, guestSpace));
  // Generated apps are rebuilt on every read (apps/large.mjs), so there is nowhere to keep a write.
  if (app.large) throw invalid('app', 'The stand-in does not store writes for generated (large) apps.');
  checkRevision(app, entry.revision);
  return app;
}

const known = (type, code) =>
  directory[DIRECTORY_LISTS[type]].some((e) => e.code === code) ||
  (type === 'USER' && code.startsWith('guest/')) ||
  new RegExp(`^${type.toLowerCase()}-\\d{5}$`).test(code); // the large app's generated codes (user-00001, …)

/** A field's type by code, a field inside a table (SUBTABLE `fields`) too. */
const fieldType = (form, code) => {
  if (typeof code !== 'string') return undefined;
  const tables = Object.values(form).filter((f) => f.type === 'SUBTABLE' && f.fields);
  return (Object.hasOwn(form, code) ? form[code] : tables.find((t) => Object.hasOwn(t.fields, code))?.fields[code])
    ?.type;
};

// kintone's reference names CB_VA01 (400) for missing or invalid input, but not a message per rule: the messages
// below are the stand-in's own. The `errors` keys take the form of kintone's (`notifications[0].entity.code`).

/** A recipient (`key` is the path to its `entity`): a known type, a code, and a code that exists for that type. */
function checkEntity(add, key, entity, app, form) {
  const { type, code } = entity ?? {};
  if (!ENTITY_TYPES.has(type)) return add(`${key}.type`, `Unknown entity type: ${String(type)}.`);
  if (typeof code !== 'string' || code === '') return add(`${key}.code`, 'Required field.');
  if (type === 'FIELD_ENTITY') {
    const found = fieldType(form, code);
    const problem = found ? 'cannot be a recipient' : 'does not exist';
    if (!RECIPIENT_FIELDS.has(found)) add(`${key}.code`, `The field (${code}) ${problem}.`);
    return;
  }
  // UNVERIFIED — the stand-in's guess, no reference found: a department refused in a guest space. The product
  // relies on neither answer: like kintone's own screen it offers no department there, and it shows whatever
  // kintone answers to a write.
  if (type === 'ORGANIZATION' && app.spaceId) add(`${key}.type`, 'Departments cannot be recipients in a guest space.');
  if (!known(type, code)) add(`${key}.code`, `The ${DIRECTORY_LISTS[type].slice(0, -1)} (${code}) does not exist.`);
}

/** Title and recipients of a per-record or reminder notification. */
function checkTargeted(add, key, n, app, form) {
  if (n.title !== undefined && (typeof n.title !== 'string' || [...n.title].length > MAX_TITLE)) {
    add(`${key}.title`, `Up to ${MAX_TITLE} characters.`);
  }
  if (!Array.isArray(n.targets)) return add(`${key}.targets`, 'Required field.');
  n.targets.forEach((t, j) => checkEntity(add, `${key}.targets[${j}].entity`, t?.entity, app, form));
}

const isOffset = (value) =>
  (typeof value === 'string' || typeof value === 'number') &&
  /^-?\d+$/.test(String(value)) &&
  Math.abs(Number(value)) <= MAX_OFFSET;

/** A reminder's timing: a date or datetime field, whole days (and hours) within ±10,000, or a time of day. */
function checkTiming(add, key, timing, form) {
  const t = timing ?? {};
  if (!TIMING_FIELDS.has(fieldType(form, t.code))) add(`${key}.code`, 'Not a date or datetime field of the app.');
  if (!isOffset(t.daysLater)) add(`${key}.daysLater`, `An integer from -${MAX_OFFSET} to ${MAX_OFFSET}.`);
  if (t.hoursLater !== undefined && !isOffset(t.hoursLater)) {
    add(`${key}.hoursLater`, `An integer from -${MAX_OFFSET} to ${MAX_OFFSET}.`);
  }
  if (t.hoursLater === undefined && t.time === undefined) add(key, 'Specify hoursLater or time.');
  if (t.time !== undefined && !(typeof t.time === 'string' && /^([01]\d|2[0-3]):[0-5]0$/.test(t.time))) {
    add(`${key}.time`, 'A time "HH:MM" in 10-minute steps.');
  }
}

const CHECKS = {
  general: (add, key, n, app, form) => checkEntity(add, `${key}.entity`, n.entity, app, form),
  perRecord: checkTargeted,
  reminder: (add, key, n, app, form) => {
    checkTiming(add, `${key}.timing`, n.timing, form);
    checkTargeted(add, key, n, app, form);
  },
};

const given = (value, current) => (value === undefined ? current : value);

/**
 * Stores a validated body as the app's pre-live data, omitted parts unchanged. app.preview already carries the new
 * revision; notifications come from perRecordOf/reminderOf, which default pre-live to live.
 */
const STORES = {
  general: (app, body) => {
    const { notifications, notifyToCommenter, revision } = app.preview;
    app.preview = {
      notifications: given(body.notifications, notifications),
      notifyToCommenter: given(body.notifyToCommenter, notifyToCommenter),
      revision,
    };
  },
  perRecord: (app, body) => {
    const current = structuredClone(perRecordOf(app, 'preview'));
    app.previewPerRecord = { notifications: given(body.notifications, current.notifications) };
  },
  reminder: (app, body) => {
    const current = structuredClone(reminderOf(app, 'preview'));
    app.previewReminder = {
      notifications: given(body.notifications, current.notifications),
      // Omitted: kept — or, when reminders were never set up (null), the user's time zone (PUT reference).
      timezone: given(body.timezone, current.timezone ?? USER_TIMEZONE),
    };
  },
};

/** Every problem of the entries at once, in kintone's `errors` shape; CB_VA01 when there is any. */
function validate(kind, notifications, app) {
  const errors = {};
  const add = (key, message) => (errors[key] ??= { messages: [] }).messages.push(message);
  const form = fieldsOf(app, 'preview');
  notifications.forEach((n, i) => CHECKS[kind](add, `notifications[${i}]`, n ?? {}, app, form));
  if (Object.keys(errors).length) throw new KintoneError('CB_VA01', {}, errors);
}

/** PUT /k/v1/preview/app/notifications/{kind}.json: answers the app's new pre-live revision. */
const putNotifications = (kind) => (ctx) => {
  const app = writableApp(ctx.body, ctx.guestSpace, ctx.apps);
  const { notifications } = ctx.body;
  if (notifications !== undefined && !Array.isArray(notifications)) throw invalid('notifications', 'An array.');
  validate(kind, notifications ?? [], app);
  const general = structuredClone(settingsOf(app, 'preview'));
  app.preview = { ...general, revision: nextRevision(general.revision) };
  STORES[kind](app, structuredClone(ctx.body));
  return { revision: app.preview.revision };
};

/** POST /k/v1/preview/app/deploy.json: every app is checked before any deploy starts; answers `{}`. */
function deploy(ctx) {
  const entries = ctx.body.apps;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_DEPLOY_APPS) {
    throw invalid('apps', `1 to ${MAX_DEPLOY_APPS} apps.`);
  }
  const targets = entries.map((entry) => writableApp(entry ?? {}, ctx.guestSpace, ctx.apps));
  // kintone deploys the apps of one request together: when one fails, the others answer CANCEL and none changes.
  const batch = {
    status: 'POSTED',
    apps: targets,
    failing: ctx.scenario.deploy === 'fail',
    revert: ctx.body.revert === true || ctx.body.revert === 'true',
  };
  const first = batch.failing ? 'FAIL' : 'SUCCESS';
  targets.forEach((app, i) =>
    ctx.deployments.set(String(app.id), { batch, outcome: i > 0 && batch.failing ? 'CANCEL' : first }),
  );
  return {};
}

/** A successful deploy: pre-live becomes live or, for `revert`, pre-live is discarded (it reads as live again). */
function finish(app, revert) {
  for (const [preview, live] of Object.entries(PRE_LIVE)) {
    if (revert) delete app[preview];
    else if (app[preview] !== undefined) app[live] = structuredClone(app[preview]);
  }
}

/** One status read of a deploy: PROCESSING first, then done (and, unless failing, every app copied). */
function advance(batch) {
  if (batch.status === 'POSTED') batch.status = 'PROCESSING';
  else if (batch.status === 'PROCESSING') {
    batch.status = 'DONE';
    if (!batch.failing) batch.apps.forEach((app) => finish(app, batch.revert));
  }
}

/**
 * GET /k/v1/preview/app/deploy.json?apps[0]=1: every app is checked before anything advances; each deploy named
 * advances once per read, however many of its apps the read names.
 * UNVERIFIED — the stand-in's invention: an app never deployed answers SUCCESS. kintone reports the status of an
 * app's deploy; what it answers for an app with none is not in the reference. The product asks only after its
 * own deploy request, so it never meets this answer.
 */
export function deployStatus(ctx) {
  const ids = [].concat(ctx.query.apps ?? []);
  if (ids.length === 0 || ids.length > MAX_DEPLOY_APPS) throw invalid('apps', `1 to ${MAX_DEPLOY_APPS} apps.`);
  const targets = ids.map((id) => manage(appFor(ctx.apps, { app: id }, ctx.guestSpace)));
  const deployments = targets.map((app) => ctx.deployments.get(String(app.id)));
  new Set(deployments.filter(Boolean).map((d) => d.batch)).forEach(advance);
  const statusOf = (d) => {
    if (!d) return 'SUCCESS';
    return d.batch.status === 'DONE' ? d.outcome : d.batch.status;
  };
  return { apps: targets.map((app, i) => ({ app: String(app.id), status: statusOf(deployments[i]) })) };
}

const PREVIEW_PUTS = {
  'app/notifications/general.json': putNotifications('general'),
  'app/notifications/perRecord.json': putNotifications('perRecord'),
  'app/notifications/reminder.json': putNotifications('reminder'),
};

/**
 * The write handler for a method and parsed path, or undefined (then the request is no settings write: kintone has
 * no live settings write, so a PUT to /k/v1/app/notifications/… falls through to CB_NF01 like an unknown API).
 * Handlers take { apps, body (jsonBody), guestSpace, deployments, scenario }.
 */
export function settingsWrite(method, parsed) {
  if (!parsed.preview) return undefined;
  if (method === 'PUT') return PREVIEW_PUTS[parsed.rest];
  if (method === 'POST' && parsed.rest === 'app/deploy.json') return deploy;
  return undefined;
}
