/**
 * The users, groups and departments a condition names by code (`Assignee in ("sato")`). kintone refuses the
 * whole PUT of a kind whose condition names one that no longer exists: the panel looks them up with the
 * recipients, and a finding names the notifications whose conditions the directory says are broken.
 */
import { parseQuery, type Query } from './query';
import { HOLDS } from './record-recipients';
import type { FormField, Target } from './types';

export function conditionEntities(filterCond: string, fields: Map<string, FormField> | undefined): Target[] {
  const query = fields && parseQuery(filterCond);
  const found: Target[] = [];
  const walk = (q: Query): void => {
    if (q.kind === 'condition') {
      const type = HOLDS[fields?.get(q.field)?.type ?? ''];
      // Functions (LOGINUSER()) and numbers name nobody; quoted values are codes.
      if (type) for (const v of q.values) if (v.kind === 'text') found.push({ type, code: v.text, includeSubs: false });
    } else if (q.kind === 'group') walk(q.query);
    else if (q.kind !== 'all') q.items.forEach(walk);
  };
  if (query) walk(query);
  return found;
}
