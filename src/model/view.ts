/** Filtering and sorting of matrix rows, the totals that follow them, and the view state's storage form. */
import { ENTITY_TYPES, TRIGGERS, type MatrixRow, type Trigger } from './types';

export type TypeFilter = 'ALL' | (typeof ENTITY_TYPES)[number] | 'UNKNOWN';
export type SortColumn = 'recipient' | 'type' | Trigger;
export interface Sort<C extends string = SortColumn> {
  column: C;
  dir: 'asc' | 'desc';
}

/** Which settings the matrix shows: live, pre-live, or the differences between them. */
export type EnvView = 'live' | 'preview' | 'diff';
export const ENV_VIEWS: readonly EnvView[] = ['live', 'preview', 'diff'];

/** The kind switch: the three kinds of notification, and everyone they reach. */
export type PanelTab = 'general' | 'perRecord' | 'reminder' | 'everyone';
export const PANEL_TABS: readonly PanelTab[] = ['general', 'perRecord', 'reminder', 'everyone'];

export interface ViewState {
  tab: PanelTab;
  envView: EnvView;
  text: string;
  type: TypeFilter;
  /** Only recipients of this trigger, or any. */
  trigger: 'ANY' | Trigger;
  /** null keeps kintone's order. */
  sort: Sort | null;
}

/** The filter that hides nothing. */
export const NO_FILTER: Pick<ViewState, 'text' | 'type' | 'trigger'> = { text: '', type: 'ALL', trigger: 'ANY' };
/** What parseView falls back to. Written out rather than spread from NO_FILTER: a spread stays in the bundle. */
export const DEFAULT_VIEW: ViewState = {
  tab: 'general',
  envView: 'live',
  text: '',
  type: 'ALL',
  trigger: 'ANY',
  sort: null,
};

/** Clicking a column header sorts ascending, then descending, then back to kintone's order. */
export function nextSort<C extends string>(sort: Sort<C> | null, column: C): Sort<C> | null {
  if (sort?.column !== column) return { column, dir: 'asc' };
  return sort.dir === 'asc' ? { column, dir: 'desc' } : null;
}

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** Each row's searchable text (code, name or label), computed once per row object (rows are rebuilt only on reload). */
const haystacks = new WeakMap<MatrixRow, string>();
const haystack = (row: MatrixRow): string => {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = normalize(`${row.recipient.code}\n${row.displayName ?? ''}`);
    haystacks.set(row, text);
  }
  return text;
};

export function filterRows(rows: MatrixRow[], view: Pick<ViewState, 'text' | 'type' | 'trigger'>): MatrixRow[] {
  const needle = normalize(view.text.trim());
  const { type, trigger } = view;
  if (!needle && type === 'ALL' && trigger === 'ANY') return rows;
  return rows.filter(
    (row) =>
      (type === 'ALL' || (type === 'UNKNOWN' ? !row.known : row.recipient.type === type)) &&
      (trigger === 'ANY' || row.recipient.triggers[trigger]) &&
      (!needle || haystack(row).includes(needle)),
  );
}

const sortValue = (row: MatrixRow, column: SortColumn): string | number => {
  if (column === 'recipient') return row.displayName ?? row.recipient.code;
  if (column === 'type') return row.recipient.type;
  // Ascending on a trigger puts recipients who get it first.
  return row.recipient.triggers[column] ? 0 : 1;
};

/**
 * Stable sort (Array.prototype.sort is stable), so ties keep kintone's order. `rowOf` sorts anything that
 * carries a row (the panel's items) without unwrapping it.
 */
export function sortRows<T = MatrixRow>(list: T[], sort: Sort | null, rowOf = (x: T) => x as MatrixRow): T[] {
  if (!sort) return list;
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Made here rather than at load: a collator costs ~10 ms on a cold page, which would delay the first reads.
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...list].sort((a, b) => {
    const x = sortValue(rowOf(a), sort.column);
    const y = sortValue(rowOf(b), sort.column);
    return sign * (typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string));
  });
}

/** How many of the rows get each trigger, and each notification column (`perRecord:0` …) given. */
export function totalsOf(rows: MatrixRow[], notificationIds: string[] = []): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const id of [...TRIGGERS, ...notificationIds]) totals[id] = 0;
  const counted = new Set(notificationIds);
  for (const row of rows) {
    for (const trigger of TRIGGERS) if (row.recipient.triggers[trigger]) totals[trigger]++;
    // A row holds only the notifications that reach it: walking those, not every column, is 2,000 × a few steps
    // on Everyone rather than 2,000 × 100.
    for (const id in row.notifications) if (row.notifications[id] && counted.has(id)) totals[id]++;
  }
  return totals;
}

export const serializeView = (view: ViewState): string => JSON.stringify(view);

/** `value` when it is one of `allowed`, else the first allowed value (the default). */
const oneOf = <T>(value: unknown, allowed: readonly T[]): T =>
  allowed.includes(value as T) ? (value as T) : allowed[0];

/** Reads a stored view; never throws, and falls back to the default field by field. */
export function parseView(text: string | null): ViewState {
  let raw: {
    tab?: unknown;
    envView?: unknown;
    text?: unknown;
    type?: unknown;
    trigger?: unknown;
    sort?: { column?: unknown; dir?: unknown } | null;
  } = {};
  try {
    raw = Object(JSON.parse(text ?? '{}'));
  } catch {
    // Garbage in storage: defaults.
  }
  const sort = Object(raw.sort);
  const column = oneOf(sort.column, [null, 'recipient', 'type', ...TRIGGERS] as const);
  const dir = oneOf(sort.dir, [null, 'asc', 'desc'] as const);
  return {
    tab: oneOf(raw.tab, PANEL_TABS),
    envView: oneOf(raw.envView, ENV_VIEWS),
    text: typeof raw.text === 'string' ? raw.text.slice(0, 200) : '',
    type: oneOf(raw.type, ['ALL', ...ENTITY_TYPES, 'UNKNOWN'] as const),
    trigger: oneOf(raw.trigger, ['ANY', ...TRIGGERS] as const),
    sort: column && dir ? { column, dir } : null,
  };
}
