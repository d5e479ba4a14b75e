// Records of the sample apps (records/app-<id>.json, kintone's record wire format) behind GET record.json and
// records.json. A record with `"viewable": false` stands for one the user may not view (403 CB_NO02).
import { existsSync, readFileSync } from 'node:fs';
import { KintoneError } from './errors.mjs';
import { meets } from './query-eval.mjs';

const recordsOf = (app) => {
  const file = new URL(`./records/app-${app.id}.json`, import.meta.url);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).records : [];
};

const strip = ({ viewable, ...fields }) => fields;

export function recordOf(app, query) {
  if (!/^[1-9]\d*$/.test(String(query.id ?? '')))
    throw new KintoneError('CB_VA01', {}, { id: { messages: ['Required field.'] } });
  const record = recordsOf(app).find((r) => r.$id.value === String(query.id));
  if (!record) throw new KintoneError('GAIA_RE01', { id: query.id });
  if (record.viewable === false) throw new KintoneError('CB_NO02');
  return { record: strip(record) };
}

/** The viewable records that meet `query` (kintone leaves out records the user may not view), limited to `fields`. */
export function recordsMatching(app, query, form) {
  // Fields inside tables are fields of the form too: the evaluator refuses them instead of calling them unknown.
  const formFields = { ...form };
  for (const table of Object.values(form)) if (table.type === 'SUBTABLE') Object.assign(formFields, table.fields);
  const wanted = [].concat(query.fields ?? []);
  const records = recordsOf(app)
    .filter((r) => r.viewable !== false && meets(String(query.query ?? ''), r, formFields))
    .map((r) => (wanted.length ? Object.fromEntries(wanted.filter((f) => r[f]).map((f) => [f, r[f]])) : strip(r)));
  return { records, totalCount: null };
}
