import { describe, expect, it } from 'vitest';
import { mayViewRecords, personCaveats, reachOf } from '../../src/model/person';
import type { AppRight, PersonCaveat, PersonFacts, ReachResult, ViewVerdict } from '../../src/model/person';

// Departments: hq > sales > sales-east > tokyo, and hq > dev. Alice sits in tokyo and is in "managers".
const TREE = new Map<string, string | null>([
  ['hq', null],
  ['sales', 'hq'],
  ['sales-east', 'sales'],
  ['tokyo', 'sales-east'],
  ['dev', 'hq'],
]);
const alice: PersonFacts = {
  code: 'alice',
  guest: false,
  exists: true,
  valid: true,
  groups: ['managers', 'auditors'],
  organizations: ['tokyo'],
  parents: TREE,
};
const person = (over: Partial<PersonFacts>): PersonFacts => ({ ...alice, ...over });
/** What the directory gives when every User API read was refused. */
const unread = person({
  exists: undefined,
  valid: undefined,
  groups: undefined,
  organizations: undefined,
  parents: undefined,
});
const guest = person({ code: 'guest/bob@partner.example', guest: true, groups: [], organizations: [] });

const user = (code: string) => ({ type: 'USER', code, includeSubs: false });
const group = (code: string) => ({ type: 'GROUP', code, includeSubs: false });
const dept = (code: string, includeSubs = false) => ({ type: 'ORGANIZATION', code, includeSubs });
const field = (code: string) => ({ type: 'FIELD_ENTITY', code, includeSubs: false });
const other = (type: string, code: string) => ({ type, code, includeSubs: false });

describe('reachOf', () => {
  it.each<[string, PersonFacts, Array<ReturnType<typeof user>>, ReachResult]>([
    // Users
    ['direct user', alice, [user('alice')], { reach: 'direct', via: 'alice' }],
    ['another user', alice, [user('carol')], { reach: 'none' }],
    [
      'guest code, direct',
      guest,
      [user('guest/bob@partner.example')],
      { reach: 'direct', via: 'guest/bob@partner.example' },
    ],
    [
      'a user is certain even when nothing else could be read',
      unread,
      [user('alice')],
      { reach: 'direct', via: 'alice' },
    ],
    // Groups
    ['group member', alice, [group('managers')], { reach: 'group', via: 'managers' }],
    ['not a group member', alice, [group('interns')], { reach: 'none' }],
    ['group membership unknown', unread, [group('managers')], { reach: 'unknown', via: 'managers' }],
    [
      '"everyone" reaches a user whose groups are unknown',
      unread,
      [group('everyone')],
      { reach: 'group', via: 'everyone' },
    ],
    ['"everyone" never holds a guest', guest, [group('everyone')], { reach: 'none' }],
    // Departments
    ['department member', alice, [dept('tokyo')], { reach: 'organization', via: 'tokyo' }],
    [
      'ancestor three levels up, with sub-departments',
      alice,
      [dept('hq', true)],
      { reach: 'organization', via: 'hq', path: ['tokyo', 'sales-east', 'sales', 'hq'] },
    ],
    ['ancestor without sub-departments', alice, [dept('sales')], { reach: 'none' }],
    ['unrelated department with sub-departments', alice, [dept('dev', true)], { reach: 'none' }],
    [
      'second own department leads to the ancestor',
      person({ organizations: ['dev', 'tokyo'] }),
      [dept('sales', true)],
      { reach: 'organization', via: 'sales', path: ['tokyo', 'sales-east', 'sales'] },
    ],
    [
      'cycle in parents: no loop, no match outside it',
      person({
        parents: new Map([
          ['tokyo', 'a'],
          ['a', 'b'],
          ['b', 'a'],
        ]),
      }),
      [dept('hq', true)],
      { reach: 'none' },
    ],
    [
      'cycle in parents: a match inside it still found',
      person({
        parents: new Map([
          ['tokyo', 'a'],
          ['a', 'b'],
          ['b', 'a'],
        ]),
      }),
      [dept('b', true)],
      { reach: 'organization', via: 'b', path: ['tokyo', 'a', 'b'] },
    ],
    [
      'missing parent ends the walk',
      person({ parents: new Map([['tokyo', 'sales-east']]) }),
      [dept('hq', true)],
      { reach: 'none' },
    ],
    [
      'parents unknown, sub-departments',
      person({ parents: undefined }),
      [dept('hq', true)],
      { reach: 'unknown', via: 'hq' },
    ],
    [
      'parents unknown, own department',
      person({ parents: undefined }),
      [dept('tokyo', true)],
      { reach: 'organization', via: 'tokyo' },
    ],
    ['parents unknown, no sub-departments', person({ parents: undefined }), [dept('sales')], { reach: 'none' }],
    [
      'parents unknown, no department at all',
      person({ organizations: [], parents: undefined }),
      [dept('hq', true)],
      { reach: 'none' },
    ],
    ['departments unknown', unread, [dept('tokyo')], { reach: 'unknown', via: 'tokyo' }],
    // Fields and ranking
    ['field recipient', alice, [field('Assignee')], { reach: 'field', via: 'Assignee' }],
    ['direct beats group', alice, [group('managers'), user('alice')], { reach: 'direct', via: 'alice' }],
    ['group beats organization', alice, [dept('tokyo'), group('managers')], { reach: 'group', via: 'managers' }],
    ['organization beats field', alice, [field('Assignee'), dept('tokyo')], { reach: 'organization', via: 'tokyo' }],
    ['field beats unknown', unread, [group('managers'), field('Assignee')], { reach: 'field', via: 'Assignee' }],
    ['unknown beats none', unread, [user('carol'), dept('sales', true)], { reach: 'unknown', via: 'sales' }],
    [
      'a tie goes to the first recipient',
      alice,
      [group('auditors'), group('managers')],
      { reach: 'group', via: 'auditors' },
    ],
    // Nothing
    ['unknown entity type ignored, even with the same code', alice, [other('ROBOT', 'alice')], { reach: 'none' }],
    [
      'unknown entity type ignored beside an unknown group',
      unread,
      [other('ROBOT', 'alice'), group('x')],
      { reach: 'unknown', via: 'x' },
    ],
    ['empty recipients', alice, [], { reach: 'none' }],
  ])('%s', (_name, who, recipients, expected) => {
    expect(reachOf(who, recipients)).toEqual(expected);
  });
});

const right = (type: string, code: string | null, recordViewable: boolean, includeSubs = false): AppRight => ({
  entity: { type, code },
  includeSubs,
  recordViewable,
});

describe('mayViewRecords', () => {
  it.each<[string, PersonFacts, AppRight[], string | undefined, ViewVerdict]>([
    [
      'allow above deny: the first match wins',
      alice,
      [right('USER', 'alice', true), right('GROUP', 'everyone', false)],
      undefined,
      { mayView: true, entry: 1 },
    ],
    [
      'everyone ranks last wherever it is listed (kintone permissions reference)',
      alice,
      [right('GROUP', 'everyone', false), right('USER', 'alice', true)],
      undefined,
      { mayView: true, entry: 2 },
    ],
    [
      'everyone listed first still decides for someone no other entry names',
      alice,
      [right('GROUP', 'everyone', true), right('USER', 'carol', false)],
      undefined,
      { mayView: true, entry: 1 },
    ],
    [
      'deny above allow: the first match wins',
      alice,
      [right('GROUP', 'managers', false), right('USER', 'alice', true)],
      undefined,
      { mayView: false, entry: 1 },
    ],
    [
      'entries that do not match are passed over',
      alice,
      [right('USER', 'carol', false), right('GROUP', 'interns', false), right('ORGANIZATION', 'tokyo', true)],
      undefined,
      { mayView: true, entry: 3 },
    ],
    [
      'department with sub-departments, through ancestors',
      alice,
      [right('ORGANIZATION', 'sales', false, true), right('GROUP', 'everyone', true)],
      undefined,
      { mayView: false, entry: 1 },
    ],
    [
      'ancestor department without sub-departments does not match',
      alice,
      [right('ORGANIZATION', 'sales', false), right('GROUP', 'everyone', true)],
      undefined,
      { mayView: true, entry: 2 },
    ],
    ['CREATOR: the app creator', alice, [right('CREATOR', null, true)], 'alice', { mayView: true, entry: 1 }],
    [
      'CREATOR: someone else created the app',
      alice,
      [right('CREATOR', null, true), right('USER', 'alice', false)],
      'carol',
      { mayView: false, entry: 2 },
    ],
    ['CREATOR: creator unknown', alice, [right('CREATOR', null, true)], undefined, { mayView: 'unknown', entry: 1 }],
    [
      'everyone: groups unknown still match',
      unread,
      [right('GROUP', 'everyone', true)],
      undefined,
      { mayView: true, entry: 1 },
    ],
    ['everyone: never a guest', guest, [right('GROUP', 'everyone', true)], undefined, { mayView: false }],
    [
      'group membership unknown: unknown, naming the entry',
      unread,
      [right('USER', 'carol', true), right('GROUP', 'managers', true), right('USER', 'alice', true)],
      undefined,
      { mayView: 'unknown', entry: 2 },
    ],
    [
      'department membership unknown: unknown, naming the entry',
      unread,
      [right('ORGANIZATION', 'tokyo', false)],
      undefined,
      { mayView: 'unknown', entry: 1 },
    ],
    [
      'unknown entity types are skipped',
      alice,
      [right('ROBOT', 'alice', true), right('USER', 'alice', false)],
      undefined,
      { mayView: false, entry: 2 },
    ],
    [
      'no entry matches: no access',
      alice,
      [right('USER', 'carol', true), right('GROUP', 'interns', true)],
      undefined,
      { mayView: false },
    ],
    ['no entries at all: no access', alice, [], 'alice', { mayView: false }],
  ])('%s', (_name, who, rights, creatorCode, expected) => {
    expect(mayViewRecords(who, rights, creatorCode)).toEqual(expected);
  });
});

describe('personCaveats', () => {
  const view: ViewVerdict = { mayView: true, entry: 1 };
  const base = { person: alice, view, recordAclRules: 0, appInGuestSpace: false, pendingPreLive: false };
  it.each<[string, Partial<typeof base>, PersonCaveat[]]>([
    ['always: own action, view verdict, e-mail settings', {}, ['self', 'view', 'email']],
    ['view verdict shown even when denied', { view: { mayView: false } }, ['self', 'view', 'email']],
    ['record permissions', { recordAclRules: 2 }, ['self', 'view', 'record-acl', 'email']],
    ['stopped user', { person: person({ valid: false }) }, ['self', 'view', 'stopped', 'email']],
    ['validity unknown is not "stopped"', { person: unread }, ['self', 'view', 'email']],
    ['guest outside the guest space', { person: guest }, ['self', 'view', 'guest', 'email']],
    ['guest inside the guest space', { person: guest, appInGuestSpace: true }, ['self', 'view', 'email']],
    ['pre-live settings pending', { pendingPreLive: true }, ['self', 'view', 'pre-live', 'email']],
    [
      'all of them, in order',
      { person: { ...guest, valid: false }, recordAclRules: 1, pendingPreLive: true },
      ['self', 'view', 'record-acl', 'stopped', 'guest', 'pre-live', 'email'],
    ],
  ])('%s', (_name, over, expected) => {
    expect(personCaveats({ ...base, ...over })).toEqual(expected);
  });
});
