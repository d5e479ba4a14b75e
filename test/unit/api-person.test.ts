import { afterEach, describe, expect, it } from 'vitest';
import { requestPolicy } from '../../src/api/request';
import { installKintone, plainPath, routes, type ApiCall } from './support/fake-kintone';
import { loadPermissions, loadPersonFacts } from '../../src/api/person';

const org = (code: string, parentCode: string | null) => ({ id: code, code, name: code.toUpperCase(), parentCode });
const TREE: Record<string, string | null> = {
  company: null,
  sales: 'company',
  east: 'sales',
  tokyo: 'east',
  shinjuku: 'tokyo',
  loopA: 'loopB',
  loopB: 'loopA',
};
const directory = {
  '/v1/users.json': { users: [{ id: '1', code: 'ito', name: 'Ito', valid: false }] },
  '/v1/user/groups.json': { groups: [{ id: '1', code: 'sales-managers', name: 'Sales managers' }] },
  '/v1/user/organizations.json': { organizationTitles: [{ organization: org('shinjuku', 'tokyo'), title: null }] },
  '/v1/organizations.json': (call: ApiCall) => ({
    organizations: (call.params.codes as string[]).filter((c) => c in TREE).map((c) => org(c, TREE[c])),
  }),
};
const original = { ...requestPolicy };
afterEach(() => Object.assign(requestPolicy, original));

const asked = (calls: ApiCall[], path: string) => calls.filter((c) => plainPath(c.url) === path);

describe('loadPersonFacts', () => {
  it('reads the person, their groups and departments, and walks up one batched request per level', async () => {
    const { calls } = installKintone(routes(directory));
    const parents = new Map<string, string | null>();
    const person = await loadPersonFacts('ito', {}, parents);
    expect(person).toMatchObject({
      code: 'ito',
      exists: true,
      valid: false,
      groups: ['sales-managers'],
      organizations: ['shinjuku'],
    });
    expect([...parents]).toEqual([
      ['shinjuku', 'tokyo'],
      ['tokyo', 'east'],
      ['east', 'sales'],
      ['sales', 'company'],
      ['company', null],
    ]);
    // 3 to start (user, groups, departments), then one per level above the person's department.
    expect(asked(calls, '/v1/organizations.json').map((c) => c.params.codes)).toEqual([
      ['tokyo'],
      ['east'],
      ['sales'],
      ['company'],
    ]);
    // A second person in the same department reuses the tree: no organization request at all.
    const before = calls.length;
    await loadPersonFacts('ito', { USER: new Map([['ito', { code: 'ito', name: 'Ito', valid: false }]]) }, parents);
    expect(calls.slice(before).map((c) => plainPath(c.url))).toEqual([
      '/v1/user/groups.json',
      '/v1/user/organizations.json',
    ]);
  });

  it('asks more than 100 parents of one level in requests of 100, and knows the tree only when all answered', async () => {
    // A person in 150 departments, each under its own parent (all at the top).
    const own = Array.from({ length: 150 }, (_, i) => org(`d${i}`, `p${i}`));
    const answered = (limit: number) => (call: ApiCall) => ({
      organizations: (call.params.codes as string[]).filter((c) => Number(c.slice(1)) < limit).map((c) => org(c, null)),
    });
    const { calls } = installKintone(
      routes({
        ...directory,
        '/v1/user/organizations.json': {
          organizationTitles: own.map((organization) => ({ organization, title: null })),
        },
        '/v1/organizations.json': answered(150),
      }),
    );
    const person = await loadPersonFacts('ito', {}, new Map());
    expect(asked(calls, '/v1/organizations.json').map((c) => (c.params.codes as string[]).length)).toEqual([100, 50]);
    expect(person.parents?.get('p149')).toBeNull();
    // The directory answers for only 120 of them: the tree is unknown, not cut short.
    installKintone(
      routes({
        ...directory,
        '/v1/user/organizations.json': {
          organizationTitles: own.map((organization) => ({ organization, title: null })),
        },
        '/v1/organizations.json': answered(120),
      }),
    );
    expect((await loadPersonFacts('ito', {}, new Map())).parents).toBeUndefined();
  });

  it('stops at a cycle in parentCode', async () => {
    installKintone(
      routes({
        ...directory,
        '/v1/user/organizations.json': { organizationTitles: [{ organization: org('loopA', 'loopB'), title: null }] },
      }),
    );
    const parents = new Map<string, string | null>();
    const person = await loadPersonFacts('ito', {}, parents);
    expect(person.parents).toBe(parents);
    expect(parents.get('loopB')).toBe('loopA');
  });

  it('a busy answer mid-walk leaves the tree unknown rather than cut short', async () => {
    requestPolicy.retryDelaysMs = [1, 1];
    installKintone(
      routes({
        ...directory,
        '/v1/organizations.json': () => {
          throw { code: 'GAIA_TO04', id: 'x', message: 'Busy' };
        },
      }),
    );
    const person = await loadPersonFacts('ito', {}, new Map());
    expect(person.organizations).toEqual(['shinjuku']);
    expect(person.parents).toBeUndefined();
  });

  it('leaves what the User API refuses unknown, never empty', async () => {
    installKintone(routes({}));
    const person = await loadPersonFacts('ito', {}, new Map());
    expect(person).toMatchObject({
      exists: undefined,
      groups: undefined,
      organizations: undefined,
      parents: undefined,
    });
  });

  it('treats an answer of another shape as unknown', async () => {
    installKintone(
      routes({
        ...directory,
        '/v1/user/groups.json': { groups: 'x' },
        '/v1/user/organizations.json': { organizationTitles: [{}] },
      }),
    );
    const person = await loadPersonFacts('ito', {}, new Map());
    expect([person.groups, person.organizations]).toEqual([undefined, undefined]);
  });

  it('asks nothing for a guest', async () => {
    const { calls } = installKintone(routes(directory));
    expect(await loadPersonFacts('guest/a@b.example', {}, new Map())).toMatchObject({
      guest: true,
      groups: [],
      organizations: [],
    });
    expect(calls).toHaveLength(0);
  });

  it('says a code the directory does not know does not exist', async () => {
    installKintone(routes({ ...directory, '/v1/users.json': { users: [] } }));
    expect((await loadPersonFacts('nobody', {}, new Map())).exists).toBe(false);
  });
});

describe('loadPermissions', () => {
  it('reads the app and record permissions, guest-aware', async () => {
    const { calls } = installKintone(
      routes({
        '/k/v1/app/acl.json': {
          rights: [{ entity: { type: 'CREATOR', code: null }, includeSubs: false, recordViewable: true }],
          revision: '1',
        },
        '/k/v1/record/acl.json': { rights: [{ filterCond: '', entities: [] }], revision: '1' },
      }),
      { spaceId: 7 },
    );
    const permissions = await loadPermissions('1', 'live');
    expect(permissions.rights).toHaveLength(1);
    expect(permissions.recordRules).toEqual([{ filterCond: '', entities: [] }]);
    for (const call of calls) expect(call.url).toContain('/k/guest/7/v1/');
  });

  it('leaves record permissions of another shape unknown, never "no rules"', async () => {
    for (const ruleEntity of [
      { entity: { type: 'USER' }, viewable: true, includeSubs: false },
      { entity: { type: 'USER', code: 'ito' }, viewable: 'yes', includeSubs: false },
    ]) {
      installKintone(routes({ '/k/v1/record/acl.json': { rights: [{ filterCond: '', entities: [ruleEntity] }] } }));
      expect((await loadPermissions('1', 'live')).recordRules).toBeUndefined();
    }
  });

  it('leaves refused permissions unknown', async () => {
    installKintone(routes({}));
    expect(await loadPermissions('1', 'live')).toEqual({ rights: undefined, recordRules: undefined });
  });
});
