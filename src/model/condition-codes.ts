/**
 * The users, groups and departments a condition names by code (`Assignee in ("sato")`). kintone refuses the
 * whole PUT of a kind whose condition names one that no longer exists: the panel looks them up with the
 * recipients, and a finding names the notifications whose conditions the directory says are broken.
 */
import { parseQuery, type Query } from './query';
import type { FormField, Target } from './types';

/** What each kind of field holds, by the code a condition compares it with. */
const HOLDS: Record<string, string> = {
  USER_SELECT: 'USER',
  CREATOR: 'USER',
  MODIFIER: 'USER',
  STATUS_ASSIGNEE: 'USER',
  ORGANIZATION_SELECT: 'ORGANIZATION',
  GROUP_SELECT: 'GROUP',
};

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
