/**
 * The person lens: for one login name, how a notification's recipients reach them, whether the app lets
 * them view records, and which of kintone's exceptions apply. Pure: the caller reads the directory and the
 * app's permissions; what it could not read stays undefined here and becomes 'unknown', never a guess.
 */

/** What the directory told us about the person; undefined parts could not be read (User API refused or failed). */
export interface PersonFacts {
  /** Login name as typed. */
  code: string;
  /** The code starts with 'guest/'. */
  guest: boolean;
  /** false when the directory says the user does not exist; undefined when it could not be checked. */
  exists?: boolean;
  /** false = stopped user. */
  valid?: boolean;
  /** Codes of the groups (roles) the person belongs to; undefined = unknown. */
  groups?: string[];
  /** Codes of the departments the person belongs to directly; undefined = unknown. */
  organizations?: string[];
  /** Each department's parent code (null at the top), for every department known; undefined = unknown. */
  parents?: Map<string, string | null>;
}

export type Reach = 'direct' | 'group' | 'organization' | 'field' | 'none' | 'unknown';

export interface ReachResult {
  reach: Reach;
  /** Code of the group, department or field that reaches them (for 'unknown': the one that might). */
  via?: string;
  /** Reached through an ancestor with includeSubs: the person's own department up to the recipient's. */
  path?: string[];
}

/** Whether an entity names the person: a department match carries its chain; undefined = cannot tell. */
export type Match = boolean | string[] | undefined;

/** kintone's built-in group holding every user except guests, whatever the User API answered. */
const EVERYONE = 'everyone';

/** Best first: the answer to "how does this reach me" is the strongest path any recipient gives. */
export const RANK: Reach[] = ['direct', 'group', 'organization', 'field', 'unknown', 'none'];

const REACH_BY_TYPE: Record<string, Reach> = { USER: 'direct', GROUP: 'group', ORGANIZATION: 'organization' };

/** The chain from one of the person's departments up to `code`; false when none leads there. */
function departmentPath(person: PersonFacts, code: string, includeSubs: boolean): string[] | false | undefined {
  const own = person.organizations;
  if (!own) return undefined;
  if (own.includes(code)) return [code];
  if (!includeSubs || !own.length) return false;
  if (!person.parents) return undefined;
  for (const start of own) {
    // Walk upwards; a department missing from the map, or one seen before (a cycle), ends the walk.
    const path = [start];
    for (let up = person.parents.get(start); up && !path.includes(up); up = person.parents.get(up)) {
      path.push(up);
      if (up === code) return path;
    }
  }
  return false;
}

/** USER, GROUP and ORGANIZATION entities, shared by notification recipients and app permissions. */
export function designates(person: PersonFacts, type: string, code: string, includeSubs: boolean): Match {
  if (type === 'USER') return code === person.code;
  if (type === 'GROUP') return code === EVERYONE ? !person.guest : person.groups?.includes(code);
  if (type === 'ORGANIZATION') return departmentPath(person, code, includeSubs);
  return false;
}

function reachOne(person: PersonFacts, type: string, code: string, includeSubs: boolean): ReachResult {
  // A field names whoever the record holds: it may reach anyone, so it is never certain.
  if (type === 'FIELD_ENTITY') return { reach: 'field', via: code };
  const match = designates(person, type, code, includeSubs);
  if (match === undefined) return { reach: 'unknown', via: code };
  if (!match) return { reach: 'none' };
  const reach = REACH_BY_TYPE[type];
  return Array.isArray(match) && match.length > 1 ? { reach, via: code, path: match } : { reach, via: code };
}

/**
 * The best way any of `recipients` reaches the person: direct > group > organization > field > unknown >
 * none; the first recipient wins a tie. Unknown entity types are ignored.
 */
export function reachOf(
  person: PersonFacts,
  recipients: Array<{ type: string; code: string; includeSubs: boolean }>,
): ReachResult {
  let best: ReachResult = { reach: 'none' };
  for (const { type, code, includeSubs } of recipients) {
    const found = reachOne(person, type, code, includeSubs);
    if (RANK.indexOf(found.reach) < RANK.indexOf(best.reach)) best = found;
  }
  return best;
}

/** One entry of the app's permissions (GET /k/v1/app/acl.json `rights`). */
export interface AppRight {
  entity: { type: string; code: string | null };
  includeSubs: boolean;
  recordViewable: boolean;
}

export interface ViewVerdict {
  mayView: boolean | 'unknown';
  /** 1-based index of the deciding entry; undefined when none matched (then mayView is false). */
  entry?: number;
}

/**
 * Permission entries (app or record permissions) in the order kintone weighs them: as listed, except that
 * "everyone" ranks last whatever its position (kintone's permissions reference).
 */
export function everyoneLast<T extends { entity: { type: string; code: string | null } }>(entries: T[]): T[] {
  const isEveryone = ({ entity }: T) => entity.type === 'GROUP' && entity.code === EVERYONE;
  return [...entries].sort((a, b) => +isEveryone(a) - +isEveryone(b));
}

/**
 * kintone evaluates app permissions top-down and the first entry that matches decides, with "everyone" last
 * wherever it is listed. An entry that might match, for want of membership, decides 'unknown': what follows
 * only counts if it does not match. `entry` is the deciding entry's position as listed.
 */
export function mayViewRecords(person: PersonFacts, rights: AppRight[], creatorCode?: string): ViewVerdict {
  for (const right of everyoneLast(rights)) {
    const { entity, includeSubs, recordViewable } = right;
    const entry = rights.indexOf(right) + 1;
    // CREATOR is the app's creator; if the caller does not know who that is, it could be this person.
    let match: Match;
    if (entity.type !== 'CREATOR') match = designates(person, entity.type, entity.code ?? '', includeSubs);
    else if (creatorCode !== undefined) match = creatorCode === person.code;
    if (match === undefined) return { mayView: 'unknown', entry };
    if (match) return { mayView: recordViewable, entry };
  }
  // Nobody listed gets no access.
  return { mayView: false };
}

export type PersonCaveat = 'self' | 'view' | 'record-acl' | 'stopped' | 'guest' | 'pre-live' | 'email';

/** The exceptions to show beside the person's reach, in display order. */
export function personCaveats(input: {
  person: PersonFacts;
  view: ViewVerdict;
  recordAclRules: number;
  appInGuestSpace: boolean;
  pendingPreLive: boolean;
}): PersonCaveat[] {
  const applies: Record<PersonCaveat, boolean> = {
    // Nobody is notified of their own action.
    self: true,
    // The view verdict is shown whatever it is: a notification never reaches someone who may not view the record.
    view: true,
    'record-acl': input.recordAclRules > 0,
    stopped: input.person.valid === false,
    // A guest is only notified inside the guest space.
    guest: input.person.guest && !input.appInGuestSpace,
    // Pre-live settings send nothing until Update App.
    'pre-live': input.pendingPreLive,
    // Personal e-mail settings cannot be read through the API.
    email: true,
  };
  return (Object.keys(applies) as PersonCaveat[]).filter((caveat) => applies[caveat]);
}
