import { Component, type ComponentChildren } from 'preact';
import { TRIGGERS, type MatrixItem, type MatrixRow } from '../../model/types';
import { nextSort, type Sort } from '../../model/view';
import { rowBuilder } from './recipient-rows';
import type { Translate } from '../../i18n';
import './Matrix.css';

/** A column for one per-record or reminder notification (the Everyone view). */
export interface NotificationColumn {
  /** `perRecord:0` …: the cells' data-notification. */
  id: string;
  /** Short and unique: "P1", "R2" (kintone's kind initial and number). */
  label: string;
  /** Its summary, cut to the column's width on screen. */
  title: string;
  /** Kind, number, summary, condition (and timing) in words: the header's title and the legend's line. */
  detail: string;
}

interface MatrixProps {
  items: MatrixItem[];
  notificationColumns?: NotificationColumn[];
  /** Rows that pass the filter; the others stay in the DOM, hidden (cheap to filter, and to clear). */
  shown: Set<MatrixRow>;
  /** Rows that reach the person the lens checks: highlighted (data-person-reach). */
  marked: Set<MatrixRow>;
  /** Per trigger and notification column id. */
  totals: Record<string, number>;
  /** False when process management is off: statusChanged never fires. */
  processEnabled?: boolean;
  caption: string;
  t: Translate;
  sort: Sort | null;
  onSort: (sort: Sort | null) => void;
  /** Edit mode: rows carry edit controls and trigger cells toggle. */
  editing?: boolean;
  /**
   * Told when the rows of a big table start to be placed over several frames, and when they all are.
   * Without it (the panel's first draw) every row is placed at once.
   */
  onFilling?: (filling: boolean) => void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A sortable column header, shared with the view across apps. */
export function SortHeader<C extends string>({
  column,
  label,
  sort,
  onSort,
  children,
}: {
  column: C;
  label: string;
  sort: Sort<C> | null;
  onSort: (sort: Sort<C> | null) => void;
  children?: ComponentChildren;
}) {
  return (
    <th scope="col" data-column={column} aria-sort={sort?.column === column ? ARIA_SORT[sort.dir] : undefined}>
      {/* The sort arrow is drawn by the stylesheet from aria-sort. */}
      <button type="button" class="knm-sort" onClick={() => onSort(nextSort(sort, column))}>
        {label}
      </button>
      {children}
    </th>
  );
}

const NO_COLUMNS: NotificationColumn[] = [];

/**
 * Switching between General and Everyone replaces every row, and coming back to a matrix from a list tab
 * places them all again. At 2,000 recipients × 105 columns that is 200,000 cells to attach, style and lay
 * out, ~250 ms in one frame: instead, a table of more than FILL_AT_ONCE rows gets its first screenful
 * (FIRST_ROWS) in that frame and the rest ROWS_PER_FRAME a frame after it, while the panel says it is busy
 * (aria-busy, as while loading). The panel's first draw, and every other change (filter, sort,
 * Live/Pre-live, edits), place all rows at once, as before.
 */
const FILL_AT_ONCE = 200;
const FIRST_ROWS = 8;
const ROWS_PER_FRAME = 200;
/** Rows an update swaps one by one; more are placed anew at once. */
const MAX_SWAPS = 20;
/** The props the rows are drawn from. */
const ROW_PROPS = ['items', 'shown', 'marked', 't', 'columns', 'editing'] as const;

/**
 * Row builders by language and column set (General's, and the Everyone view's), kept across mounts: a row
 * is built once per item, and switching tabs back and forth reuses the rows already built.
 */
const builders = [new WeakMap(), new WeakMap()] as Array<
  WeakMap<Translate, WeakMap<NotificationColumn[], ReturnType<typeof rowBuilder>>>
>;
function builderFor(t: Translate, columns: NotificationColumn[], editing: boolean) {
  const byLanguage = builders[+editing];
  const byColumns = byLanguage.get(t) ?? new WeakMap();
  byLanguage.set(t, byColumns);
  const build = byColumns.get(columns) ?? rowBuilder(t, columns, editing);
  byColumns.set(columns, build);
  return build;
}

interface RowsProps {
  items: MatrixItem[];
  shown: Set<MatrixRow>;
  marked: Set<MatrixRow>;
  t: Translate;
  columns: NotificationColumn[];
  editing: boolean;
  onFilling?: (filling: boolean) => void;
}

/**
 * The recipient rows. Preact renders only the empty <tbody>; rowBuilder builds each row once per item and
 * language, and rows are reused when the order or view changes. A filter keystroke over thousands of rows
 * only flips their `hidden` attribute. A switch to another column set fills a big table over several
 * frames (see FILL_AT_ONCE).
 */
class Rows extends Component<RowsProps> {
  private body: HTMLTableSectionElement | null = null;
  /** The column set of the rows placed: another one is a tab switch. */
  private columns?: NotificationColumn[];
  /** Bumped by every placement: the fill of an older one stops. */
  private run = 0;

  componentDidMount() {
    this.place(this.props);
  }

  componentWillUnmount() {
    // Left mid-fill (for a list tab): the panel is no longer busy with these rows.
    this.run++;
    this.props.onFilling?.(false);
  }

  shouldComponentUpdate(next: RowsProps) {
    // Only what the rows show counts: the panel also re-renders for much else (a fill's start and end too).
    if (ROW_PROPS.some((key) => next[key] !== this.props[key])) this.place(next);
    return false;
  }

  private place({ items, shown, marked, t, columns, editing, onFilling }: RowsProps) {
    const body = this.body;
    if (!body) return;
    const build = builderFor(t, columns, editing);
    const rows = (from: number, to: number) =>
      items.slice(from, to).map((item) => {
        const tr = build(item);
        const hidden = !shown.has(item.row);
        if (tr.hidden !== hidden) tr.hidden = hidden;
        tr.toggleAttribute('data-person-reach', marked.has(item.row));
        return tr;
      });
    const run = ++this.run;
    const fill = onFilling && this.columns !== columns && items.length > FILL_AT_ONCE;
    this.columns = columns;
    onFilling?.(!!fill);
    const placed = rows(0, fill ? FIRST_ROWS : items.length);
    // Moving thousands of rows costs a layout: only when the order or the rows changed. An edit changes a row or
    // two, new ones: they are swapped in where the old ones stand, and the rest stays.
    const slots = body.children;
    const swaps = fill || placed.length !== slots.length ? undefined : placed.filter((tr, i) => slots[i] !== tr);
    if (swaps && swaps.length <= MAX_SWAPS && swaps.every((tr) => tr.parentNode !== body))
      placed.forEach((tr, i) => slots[i] !== tr && slots[i].replaceWith(tr));
    else if (!swaps || swaps.length) body.replaceChildren(...placed);
    // Each chunk after the next frame is painted, so that every frame shows the rows so far.
    const after = (from: number) => requestAnimationFrame(() => setTimeout(step, 0, from));
    const step = (from: number) => {
      if (run !== this.run) return;
      if (from < items.length) {
        body.append(...rows(from, from + ROWS_PER_FRAME));
        after(from + ROWS_PER_FRAME);
      } else onFilling?.(false);
    };
    if (fill) after(FIRST_ROWS);
  }

  render() {
    return (
      <tbody
        ref={(body) => {
          this.body = body;
        }}
      />
    );
  }
}

export function Matrix({
  items,
  notificationColumns = NO_COLUMNS,
  shown,
  marked,
  totals,
  processEnabled,
  caption,
  t,
  sort,
  onSort,
  editing = false,
  onFilling,
}: MatrixProps) {
  const processOff = processEnabled === false;
  // Every row is a grid of the same columns: the recipient, the five triggers, the notifications. Wider than
  // the panel, the table scrolls sideways under its sticky header and first column.
  const count = notificationColumns.length;
  const grid = `minmax(220px,3fr) repeat(5,minmax(124px,1fr))${count ? ` repeat(${count},minmax(80px,1fr))` : ''}`;
  return (
    <>
      <div class="knm-scroll">
        <table class="knm-matrix" style={{ '--knm-columns': grid, minWidth: `${840 + 80 * count}px` }}>
          <caption class="knm-sr">{caption}</caption>
          <thead>
            <tr>
              <SortHeader column="recipient" label={t('recipient')} sort={sort} onSort={onSort} />
              {TRIGGERS.map((trigger) => (
                <SortHeader key={trigger} column={trigger} label={t(`trigger.${trigger}`)} sort={sort} onSort={onSort}>
                  {processOff && trigger === 'statusChanged' && <span class="knm-head-note">{t('processOff')}</span>}
                </SortHeader>
              ))}
              {notificationColumns.map(({ id, label, title, detail }) => (
                <th key={id} scope="col" data-column={id} title={detail}>
                  <span class="knm-column-id">{label}</span>
                  <span class="knm-column-title">{title}</span>
                </th>
              ))}
            </tr>
          </thead>
          {/* A tbody per column set: a tab switch drops the old rows as one subtree, which costs the browser
            far less than taking 2,000 rows out one by one. */}
          <Rows
            key={notificationColumns.length}
            items={items}
            shown={shown}
            marked={marked}
            t={t}
            columns={notificationColumns}
            editing={editing}
            onFilling={onFilling}
          />
          <tfoot>
            <tr class="knm-totals">
              <th scope="row">{t('totals')}</th>
              {[...TRIGGERS, ...notificationColumns.map((column) => column.id)].map((id) => (
                <td key={id} data-total={id}>
                  {totals[id] ?? 0}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {/* What the short column labels stand for, in full: readable, searchable with Ctrl+F, printed. */}
      {count > 0 && (
        <ul class="knm-legend">
          {notificationColumns.map(({ id, label, detail }) => (
            <li key={id}>
              <span class="knm-legend-id">{label}</span> {detail}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
