// A stand-in evaluator for the kintone queries the record lens sends: `$id = N and (COND)`, where COND is one
// of the sample apps' notification conditions. It covers only what those conditions use — comparison, in / not
// in, like / not like, is empty / is not empty, and / or, parentheses — on the field types they name, and it
// REFUSES everything else (functions, order by, fields inside tables, an operator on a type it does not know)
// rather than guess: the product must never rely on semantics the stand-in made up. Where kintone's reference is
// silent, the choice is said beside it.
import { KintoneError } from './errors.mjs';

const refuse = () => {
  throw new KintoneError('CB_VA01', {}, { query: { messages: ['The stand-in cannot evaluate this query.'] } });
};

function tokenize(query) {
  const tokens = [];
  const re = /\s*(?:(")((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|(!=|>=|<=|=|>|<|\(|\)|,)|([$\w]+))/y;
  let m;
  while (re.lastIndex < query.length && (m = re.exec(query))) {
    if (m[1]) tokens.push({ str: m[2].replace(/\\(.)/g, '$1') });
    else if (m[3] !== undefined) tokens.push({ num: m[3] });
    else tokens.push({ op: m[4] ?? m[5] });
  }
  if (query.slice(re.lastIndex).trim()) refuse();
  return tokens;
}

const TEXT = ['SINGLE_LINE_TEXT', 'MULTI_LINE_TEXT', 'DROP_DOWN', 'RADIO_BUTTON', 'STATUS', 'LINK'];
const NUMBER = ['__ID__', 'NUMBER', 'RECORD_NUMBER', '__REVISION__'];
const DATES = ['DATE', 'DATETIME', 'CREATED_TIME', 'UPDATED_TIME'];
const LISTS = ['CHECK_BOX', 'MULTI_SELECT'];
const ENTITIES = ['USER_SELECT', 'ORGANIZATION_SELECT', 'GROUP_SELECT', 'CREATOR', 'MODIFIER', 'STATUS_ASSIGNEE'];

/** The values a field holds, as strings: one for scalars, any number for lists and entity selections. */
function valuesOf(field) {
  if ([...TEXT, ...NUMBER, ...DATES].includes(field.type)) return field.value === '' ? [] : [String(field.value)];
  if (LISTS.includes(field.type)) return field.value;
  if (ENTITIES.includes(field.type)) return [field.value].flat().map((entity) => entity.code);
  return refuse();
}

/** Whether `record` meets `query`; a field the form does not have answers GAIA_IQ11, as kintone does. */
export function meets(query, record, formFields) {
  const tokens = tokenize(query);
  let at = 0;
  const peek = () => tokens[at]?.op?.toLowerCase();
  const take = (op) => (peek() === op ? (at++, true) : false);
  const literal = () => {
    const token = tokens[at++];
    if (token?.str !== undefined) return token.str;
    if (token?.num !== undefined) return token.num;
    return refuse();
  };
  const comparison = () => {
    if (take('(')) {
      const inner = disjunction();
      if (!take(')')) refuse();
      return inner;
    }
    const code = tokens[at++]?.op;
    if (!code || tokens[at]?.op === '(') refuse(); // a function
    const field = record[code];
    if (!field) {
      if (!formFields[code] && !code.startsWith('$')) throw new KintoneError('GAIA_IQ11', { field: code });
      refuse(); // a field inside a table, or one the record lacks
    }
    const values = valuesOf(field);
    const numeric = NUMBER.includes(field.type);
    if (take('is')) {
      const not = take('not');
      if (!take('empty')) refuse();
      return not ? values.length > 0 : values.length === 0;
    }
    const not = take('not');
    if (take('in')) {
      if (!take('(')) refuse();
      const list = [literal()];
      while (take(',')) list.push(literal());
      if (!take(')')) refuse();
      const hit = values.some((v) => list.includes(v));
      return not ? !hit : hit;
    }
    if (take('like')) {
      if (!TEXT.includes(field.type)) refuse();
      // kintone's reference does not say whether like is case-sensitive; the samples need neither case.
      const hit = values.some((v) => v.toLowerCase().includes(String(literal()).toLowerCase()));
      return not ? !hit : hit;
    }
    if (not || ENTITIES.includes(field.type) || LISTS.includes(field.type)) refuse();
    const op = tokens[at++]?.op;
    const right = literal();
    if (!values.length) return op === '!=';
    const [left] = values;
    // Text and ISO dates compare as strings, numbers as numbers.
    const cmp = numeric ? Number(left) - Number(right) : String(left).localeCompare(String(right), 'en');
    const result = { '=': cmp === 0, '!=': cmp !== 0, '>': cmp > 0, '<': cmp < 0, '>=': cmp >= 0, '<=': cmp <= 0 }[op];
    return result ?? refuse();
  };
  const conjunction = () => {
    let value = comparison();
    while (take('and')) value = comparison() && value;
    return value;
  };
  const disjunction = () => {
    let value = conjunction();
    while (take('or')) value = conjunction() || value;
    return value;
  };
  const result = disjunction();
  if (at < tokens.length) refuse();
  return result;
}
