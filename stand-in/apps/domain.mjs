// The rest of the stand-in's domain: hundreds of generated apps beside the sample apps, for the view across
// apps. Deterministic by id, so tests and the bench agree. Each is made when first asked for (appOf) and then
// kept in the apps map like a sample app, so writes to it stay until resetApps().

/** Generated app ids start after this; the sample apps stay below it. */
export const DOMAIN_BASE = 1000;
/** Generated apps listed by apps.json, unless a page asks for another count (`apps=N`, at most MAX_DOMAIN). */
export const DOMAIN_APPS = 320;
export const MAX_DOMAIN = 2000;

const NAMES = [
  'Sales deals',
  '顧客管理',
  'Support tickets',
  '経費精算',
  'Purchase requests',
  '案件管理',
  'Leave',
  '日報',
];

/** The kinds of generated app, by number: every 29th may not be managed, every 31st is in guest space 7, … */
export const domainTraits = (n) => ({
  forbidden: n % 29 === 7,
  guest: n % 31 === 3,
  pending: n % 11 === 0,
  // retired.yamada (a stopped user) is still named directly in every fifth app: the offboarding case.
  yamada: n % 5 === 0,
  // p.leaver, who is leaving: named in pre-live only (not yet live), or only in a per-record condition that the
  // offboarding can rewrite exactly, or one it must leave to a human (the code also compared as text).
  leaverPreLive: n % 13 === 4,
  leaverCondition: n % 17 === 6,
  leaverByHand: n % 19 === 8,
});

const entry = (type, code, on, includeSubs = false) => ({
  entity: { type, code },
  includeSubs,
  recordAdded: on.includes('a'),
  recordEdited: on.includes('e'),
  commentAdded: on.includes('c'),
  statusChanged: false,
  fileImported: false,
});

const target = (type, code) => ({ entity: { type, code }, includeSubs: false });

const FIELDS = {
  Title: { type: 'SINGLE_LINE_TEXT', code: 'Title', label: 'Title', noLabel: false },
  Due: { type: 'DATE', code: 'Due', label: 'Due date', noLabel: false },
  Owner: { type: 'USER_SELECT', code: 'Owner', label: 'Owner', noLabel: false, entities: [] },
};

/** The generated app with this id, or undefined when the id is not one. */
export function domainApp(id) {
  const n = Number(id) - DOMAIN_BASE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DOMAIN) return undefined;
  const t = domainTraits(n);
  const general = [
    entry('USER', 'sato', 'aec'),
    entry('FIELD_ENTITY', 'Owner', 'ec'),
    ...(n % 3 === 0 ? [entry('GROUP', 'sales', 'ae')] : []),
    // No departments in a guest space (see writes.mjs).
    ...(n % 4 === 1 && !t.guest ? [entry('ORGANIZATION', 'sales-east', 'a', true)] : []),
    ...(t.yamada ? [entry('USER', 'retired.yamada', 'ae')] : []),
    ...(t.guest ? [entry('USER', 'guest/alice@partner.example', 'c')] : []),
  ];
  const live = { notifications: general, notifyToCommenter: true, revision: String(3 + (n % 7)) };
  const app = {
    id: Number(id),
    name: `${NAMES[n % NAMES.length]} ${n}`,
    purpose: 'generated domain app',
    generated: true,
    live,
    fields: FIELDS,
    status: { enable: n % 2 === 0, states: {}, actions: [] },
    perRecord: {
      notifications: [
        ...(n % 2 === 0
          ? [
              {
                filterCond: '',
                title: 'New request',
                targets: [target('USER', n % 10 === 0 ? 'retired.yamada' : 'tanaka')],
              },
            ]
          : []),
        ...(t.leaverCondition || t.leaverByHand
          ? [
              {
                filterCond: t.leaverCondition
                  ? 'Owner in ("p.leaver")'
                  : 'Owner in ("p.leaver") and Title = "p.leaver"',
                title: 'Owner’s records',
                targets: [target('FIELD_ENTITY', 'Owner')],
              },
            ]
          : []),
      ],
    },
    reminder: {
      notifications:
        n % 6 === 0
          ? [
              {
                timing: { code: 'Due', daysLater: '-1', time: '09:00' },
                filterCond: '',
                title: 'Due tomorrow',
                targets: [target('USER', 'ito')],
              },
            ]
          : [],
      timezone: 'Asia/Tokyo',
    },
    ...(t.forbidden ? { manageable: false } : {}),
    ...(t.guest ? { spaceId: 7 } : {}),
  };
  if (t.pending || t.leaverPreLive)
    app.preview = {
      ...live,
      notifications: [
        ...general,
        ...(t.pending ? [entry('USER', 'suzuki', 'a')] : []),
        ...(t.leaverPreLive ? [entry('USER', 'p.leaver', 'e')] : []),
      ],
      revision: String(Number(live.revision) + 1),
    };
  return app;
}

/** The app with this id from the map, making a generated one on first use. */
export function appOf(apps, id) {
  let app = apps.get(String(id));
  if (!app && (app = domainApp(id))) apps.set(String(id), app);
  return app;
}
