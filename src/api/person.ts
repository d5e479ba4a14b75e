/**
 * What the person lens reads: one person's place in the directory (User API), and the app's permissions.
 * The User API answers only for some accounts: anything it refuses or answers in another shape stays
 * undefined ("could not be checked"), never an empty list, which would read as "belongs to nothing".
 */
import { kintoneGet, silently } from './request';
import { envPath } from './load';
import { isBoolean, isObject, isString } from './guards';
import { isGuestCode } from '../model/rows';
import type { PersonFacts, AppRight } from '../model/person';
import type { RecordRule } from '../model/record-acl';
import type { Directory, Environment } from '../model/types';

const userApi = (path: string, params: Record<string, unknown>) => kintoneGet(path, params, { guestAware: false });

/** The list under `key` in a User API or app answer, or undefined when there is none. */
const listIn = (answer: unknown, key: string): unknown[] | undefined =>
  isObject(answer) && Array.isArray(answer[key]) ? answer[key] : undefined;

/** The `code`s of the objects in `list`, or undefined when it is not a list of such objects. */
const codesIn = (list: unknown) => {
  if (!Array.isArray(list)) return undefined;
  const codes: string[] = [];
  for (const item of list) {
    if (!isObject(item) || !isString(item.code)) return undefined;
    codes.push(item.code);
  }
  return codes;
};

/** The entry for login name `code` in a /v1/users.json answer, if the answer has one. */
const userIn = (answer: unknown, code: string) =>
  listIn(answer, 'users')?.find((u) => isObject(u) && u.code === code) as { valid?: unknown } | undefined;

/** Records each department's parent from a list of User API organizations; false when the shape is off. */
function addParents(list: unknown, parents: Map<string, string | null>): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list) {
    if (!isObject(item) || !isString(item.code)) return false;
    parents.set(item.code, isString(item.parentCode) ? item.parentCode : null);
  }
  return true;
}

/**
 * One person's facts: whether they exist and are active, their groups and departments, and the parent of
 * every department above theirs (one batched request per level, each department fetched once: `parents` is
 * kept by the caller across checks). Guests are not in the directory: nothing is asked for them.
 */
export async function loadPersonFacts(
  code: string,
  directory: Directory,
  parents: Map<string, string | null>,
): Promise<PersonFacts> {
  const guest = isGuestCode(code);
  if (guest) return { code, guest, groups: [], organizations: [], parents };
  const known = directory.USER?.get(code);
  const [user, groups, organizations] = await Promise.all([
    known ? { users: [known] } : silently(userApi('/v1/users.json', { codes: [code] })),
    silently(userApi('/v1/user/groups.json', { code })),
    silently(userApi('/v1/user/organizations.json', { code })),
  ]);
  const entry = userIn(user, code);
  const departments = listIn(organizations, 'organizationTitles')?.map((title) =>
    isObject(title) ? title.organization : undefined,
  );
  const ownDepartments = codesIn(departments);
  const treeKnown =
    ownDepartments !== undefined && addParents(departments, parents) && (await walkUp(ownDepartments, parents));
  return {
    code,
    guest,
    exists: listIn(user, 'users') ? entry !== undefined : undefined,
    valid: entry?.valid === false ? false : undefined,
    groups: codesIn(listIn(groups, 'groups')),
    organizations: ownDepartments,
    parents: treeKnown ? parents : undefined,
  };
}

/** Fetches the parents of `codes` upwards, a level per request, until every department's parent is known. */
async function walkUp(codes: string[], parents: Map<string, string | null>): Promise<boolean> {
  const seen = new Set<string>();
  let level = codes;
  while (level.length > 0) {
    for (const code of level) seen.add(code);
    const missing = level.map((code) => parents.get(code)).filter((p): p is string => !!p && !parents.has(p));
    // The User API takes at most 100 codes a request: more parents at one level are asked in several.
    const wanted = [...new Set(missing)];
    for (let from = 0; from < wanted.length; from += 100) {
      const answer = await silently(userApi('/v1/organizations.json', { codes: wanted.slice(from, from + 100) }));
      if (!isObject(answer) || !addParents(answer.organizations, parents)) return false;
    }
    // A department the directory did not answer for leaves the tree unknown, never "not above them".
    if (wanted.some((code) => !parents.has(code))) return false;
    // A cycle in parentCode ends the walk: `seen` stops a department from being visited twice.
    level = level.map((code) => parents.get(code)).filter((p): p is string => !!p && parents.has(p) && !seen.has(p));
  }
  return true;
}

/** A record permission rule as record/acl.json sends it, entity codes and flags typed; anything else is not one. */
const isRecordRule = (rule: unknown): rule is RecordRule =>
  isObject(rule) &&
  isString(rule.filterCond) &&
  Array.isArray(rule.entities) &&
  rule.entities.every(
    (e) =>
      isObject(e) &&
      isObject(e.entity) &&
      isString(e.entity.type) &&
      isString(e.entity.code) &&
      isBoolean(e.viewable) &&
      isBoolean(e.includeSubs),
  );

export interface Permissions {
  rights?: AppRight[];
  /** The record permission rules in priority order; undefined when refused or of another shape. */
  recordRules?: RecordRule[];
}

/**
 * The app's permissions and its record permissions, read together (two requests) the first time a person is
 * checked; the panel keeps the promise, so a panel load reads them at most once. Undefined parts could not be read.
 */
export async function loadPermissions(appId: string, env: Environment): Promise<Permissions> {
  const [app, records] = await Promise.all([
    silently(kintoneGet(envPath(env, 'app/acl.json'), { app: appId })),
    silently(kintoneGet(envPath(env, 'record/acl.json'), { app: appId })),
  ]);
  const rights = listIn(app, 'rights') as AppRight[] | undefined;
  const rules = listIn(records, 'rights');
  return {
    rights: rights?.filter((r) => isObject(r) && isObject(r.entity)),
    recordRules: rules?.every(isRecordRule) ? rules : undefined,
  };
}

/**
 * What keeps `code` from receiving notifications, asked of the User API once before an offboarding writes
 * anything: NOT_IN_DIRECTORY (no such user, a guest, or an answer of another shape) or USER_STOPPED; undefined
 * for an active user. Rejects with the ApiError when the User API refuses (it answers only some accounts).
 */
export async function userProblem(code: string): Promise<'NOT_IN_DIRECTORY' | 'USER_STOPPED' | undefined> {
  const user = userIn(await userApi('/v1/users.json', { codes: [code] }), code);
  if (!user) return 'NOT_IN_DIRECTORY';
  return user.valid === false ? 'USER_STOPPED' : undefined;
}
