/**
 * Record permissions (GET /k/v1/record/acl.json) for one person and one record. kintone's help ("Configuring
 * permissions for records"): the rules are "target records in priority order" — the first rule whose condition
 * the record meets applies; in it, the upper entity that names the person decides, with "everyone" last wherever
 * it is listed; a person it names nowhere may do nothing (REST reference: where everyone is not listed, everyone is
 * allowed nothing). A record that meets no rule is governed by the app permissions alone. kintone says whether the
 * record meets a condition (the record lens asks it); nothing here evaluates a query.
 */
import { designates, everyoneLast, reachOf, type Match, type PersonFacts } from './person';
import { dependsOnSaver, type ConditionAnswer } from './record-lens';
import { resolveTargets, type KintoneRecord } from './record-recipients';

export interface RecordRuleEntity {
  entity: { type: string; code: string };
  viewable: boolean;
  includeSubs: boolean;
}

export interface RecordRule {
  filterCond: string;
  entities: RecordRuleEntity[];
}

export interface RecordView {
  /** true also when no rule applies: the app permissions decide, and they are checked on their own. */
  mayView: boolean | 'unknown';
  /** 1-based rule that decides (or could not be decided); undefined when the record meets no rule. */
  rule?: number;
  /** Why it is unknown: kintone's refusal of the rule's condition, LOGINUSER for a condition on the viewer, or
   * MEMBERSHIP when the directory could not say whether an entity names the person. */
  code?: string;
}

/** Whether an entity of a rule names the person; a field entity names whoever the record's field holds. */
function names(person: PersonFacts, { entity, includeSubs }: RecordRuleEntity, record: KintoneRecord): Match {
  if (entity.type !== 'FIELD_ENTITY') return designates(person, entity.type, entity.code, includeSubs);
  const { recipients, unresolved } = resolveTargets([{ type: 'FIELD_ENTITY', code: entity.code, includeSubs }], record);
  const { reach } = reachOf(person, recipients);
  if (reach !== 'none' && reach !== 'unknown') return true;
  // A field the record does not hold, or a membership the directory would not tell: it might name them.
  return reach === 'unknown' || unresolved.length ? undefined : false;
}

export function mayViewRecord(
  person: PersonFacts,
  rules: RecordRule[],
  met: Map<string, ConditionAnswer>,
  record: KintoneRecord,
): RecordView {
  for (const [i, { filterCond, entities }] of rules.entries()) {
    const condition = filterCond.trim();
    const said = condition ? met.get(condition) : true;
    // A condition on the viewer (LOGINUSER()) would be evaluated for the administrator who asks, not for them.
    if (typeof said !== 'boolean')
      return { mayView: 'unknown', rule: i + 1, code: said?.code ?? (dependsOnSaver(condition) ? 'LOGINUSER' : '') };
    if (!said) continue;
    for (const entity of everyoneLast(entities)) {
      const match = names(person, entity, record);
      if (match === undefined) return { mayView: 'unknown', rule: i + 1, code: 'MEMBERSHIP' };
      if (match) return { mayView: entity.viewable, rule: i + 1 };
    }
    return { mayView: false, rule: i + 1 };
  }
  return { mayView: true };
}

/** The distinct conditions of the rules to ask kintone about (a condition on the viewer is not asked). */
export const ruleConditions = (rules: RecordRule[]) =>
  rules.map((rule) => rule.filterCond.trim()).filter((c) => c && !dependsOnSaver(c));
