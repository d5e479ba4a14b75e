/**
 * The users, groups and departments a condition names by code (`Assignee in ("sato")`). kintone refuses the
 * whole PUT of a kind whose condition names one that no longer exists: the panel looks them up with the
 * recipients, a finding names the notifications whose conditions the directory says are broken, and a
 * replacement (Replace everywhere, the offboarding) rewrites them where it can do so exactly.
 */
import { conditionsOf, parseQuery, unquote } from './query';
import { HOLDS } from './record-recipients';
import type { FormField, Target } from './types';

/** The recipient type a field of kintone type `type` holds (USER for a user selection …), if any. */
const held = (type = '') => (Object.hasOwn(HOLDS, type) ? HOLDS[type] : undefined);

export function conditionEntities(filterCond: string, fields: Map<string, FormField> | undefined): Target[] {
  const query = fields && parseQuery(filterCond);
  // Functions (LOGINUSER()) and numbers name nobody; quoted values are codes.
  return (query ? conditionsOf(query) : []).flatMap(({ field, values }) => {
    const type = held(fields?.get(field)?.type);
    return type ? values.flatMap((v) => (v.kind === 'text' ? [{ type, code: v.text, includeSubs: false }] : [])) : [];
  });
}

const quote = (code: string) => `"${code.replace(/["\\]/g, '\\$&')}"`;

/**
 * The condition with `key` (TYPE:code) replaced by `by`, or removed, where that is exact: every quoted mention
 * of the code is a value of `in` / `not in` on a field holding that type (`typeOf` gives a field's kintone
 * type), `by` is of that type, and a removal leaves each list non-empty. The rest stays as written. 'by-hand'
 * when the condition names the code any other way (or cannot be read); undefined when it does not name it.
 */
export function rewriteCondition(
  text: string,
  typeOf: (field: string) => string | undefined,
  key: string,
  by?: Target,
): string | 'by-hand' | undefined {
  const type = key.slice(0, key.indexOf(':'));
  const code = key.slice(type.length + 1);
  // Quoted values: in a query, a quote only ever starts or ends one.
  const mentions = [...text.matchAll(/"(?:[^"\\]|\\[\s\S])*"/g)].filter((m) => unquote(m[0]) === code);
  if (!mentions.length) return undefined;
  const query = parseQuery(text);
  const exact = (query ? conditionsOf(query) : [])
    .filter(({ field, op }) => held(typeOf(field)) === type && (op === 'in' || op === 'not in'))
    .flatMap(({ values }) => values)
    .filter((v) => v.kind === 'text' && v.text === code).length;
  if (exact !== mentions.length || (by && by.type !== type)) return 'by-hand';
  let out = text;
  // From the last mention back: the positions of those before it still hold.
  for (const m of mentions.reverse()) {
    const start = m.index;
    const end = start + m[0].length;
    const after = /^\s*,\s*/.exec(out.slice(end))?.[0];
    const before = /\s*,\s*$/.exec(out.slice(0, start))?.[0];
    if (by) out = out.slice(0, start) + quote(by.code) + out.slice(end);
    else if (after) out = out.slice(0, start) + out.slice(end + after.length);
    else if (before) out = out.slice(0, start - before.length) + out.slice(end);
    else return 'by-hand';
  }
  return out;
}
