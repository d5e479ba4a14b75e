// @vitest-environment node
// The stand-in's records (record.json, records.json): kintone's wire format and errors, and a query evaluator
// that answers the sample apps' conditions and refuses whatever it cannot evaluate instead of guessing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { startStandIn } from '../../stand-in/server.mjs';
// @ts-expect-error plain ESM modules without types
import { meets } from '../../stand-in/query-eval.mjs';

let standIn: { url: string; close(): Promise<void> };
const json = async (path: string) => {
  const response = await fetch(`${standIn.url}${path}`);
  return { status: response.status, body: await response.json() };
};
const matching = async (app: number, query: string) =>
  json(`/k/v1/records.json?app=${app}&query=${encodeURIComponent(query)}&fields[0]=$id`);

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
});
afterAll(() => standIn.close());

describe('record.json', () => {
  it('answers a record with typed fields; an unknown one GAIA_RE01; one the user may not view CB_NO02', async () => {
    const found = await json('/k/v1/record.json?app=1&id=2');
    expect(found.status).toBe(200);
    expect(found.body.record.$id).toEqual({ type: '__ID__', value: '2' });
    expect(found.body.record.Created_by.value).toEqual({ code: 'ito', name: 'Ito Mei' });
    expect(found.body.record.viewable).toBeUndefined();
    expect((await json('/k/v1/record.json?app=1&id=99')).body.code).toBe('GAIA_RE01');
    expect((await json('/k/v1/record.json?app=1&id=99')).status).toBe(404);
    expect((await json('/k/v1/record.json?app=1&id=4')).status).toBe(403);
  });
});

describe('records.json', () => {
  // Record 1 is Done; record 2 is a high-priority deal over 1,000,000, in progress; record 3 neither.
  it.each([
    [1, 'Status in ("Done")', true],
    [2, 'Status in ("Done")', false],
    [2, 'Amount > 1000000 and Priority in ("High")', true],
    [3, 'Amount > 1000000 and Priority in ("High")', false],
    [3, 'Status not in ("Done")', true],
  ])('record %i meets %s: %s', async (id, condition, met) => {
    const { body } = await matching(1, `$id = ${id} and (${condition})`);
    expect(body.records).toEqual(met ? [{ $id: { type: '__ID__', value: String(id) } }] : []);
  });

  it('refuses a condition on a field the form does not have with GAIA_IQ11, like kintone', async () => {
    const refused = await matching(3, '$id = 1 and (Old_priority in ("High"))');
    expect([refused.status, refused.body.code]).toEqual([400, 'GAIA_IQ11']);
  });
});

describe('the evaluator', () => {
  const record = {
    $id: { type: '__ID__', value: '5' },
    Title: { type: 'SINGLE_LINE_TEXT', value: 'New laptop' },
    Tags: { type: 'CHECK_BOX', value: ['a', 'b'] },
    Owner: { type: 'USER_SELECT', value: [{ code: 'sato', name: 'Sato' }] },
    Due: { type: 'DATE', value: '' },
    Lines: { type: 'SUBTABLE', value: [] },
  };
  const form = { Title: {}, Tags: {}, Owner: {}, Due: {}, Lines: {}, Line_item: {} };

  it.each([
    ['$id = 5 and (Title like "laptop")', true],
    ['$id = 5 and (Title not like "phone")', true],
    ['$id = 5 and (Tags in ("b", "c"))', true],
    ['$id = 5 and (Owner in ("sato"))', true],
    ['$id = 5 and (Owner not in ("sato"))', false],
    ['$id = 5 and (Due is empty)', true],
    ['$id = 5 and (Title = "x" or (Tags in ("a") and Due is empty))', true],
    ['$id = 6 and (Title like "laptop")', false],
  ])('%s → %s', (query, met) => {
    expect(meets(query, record, form)).toBe(met);
  });

  it.each([
    ['a function', '$id = 5 and (Owner in (LOGINUSER()))'],
    ['a field inside a table', '$id = 5 and (Line_item = "x")'],
    ['order by', '$id = 5 order by $id'],
    ['a comparison it does not know for the type', '$id = 5 and (Tags > "a")'],
  ])('refuses %s rather than guess', (_, query) => {
    expect(() => meets(query, record, form)).toThrow(expect.objectContaining({ code: 'CB_VA01' }));
  });
});
