import type { ComponentChildren } from 'preact';
import { TRIGGERS, type MatrixItem, type MatrixRow } from '../../model/types';
import { Rows } from './Rows';
import { nextSort, type Sort } from '../../model/view';
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
  /** See Rows. */
  leaving?: boolean;
  onLeft?: () => void;
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
/** A legend line's height (Matrix.css): 12 px text. */
const LEGEND_LINE = 18;

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
  leaving,
  onLeft,
}: MatrixProps) {
  const processOff = processEnabled === false;
  // Every row is a grid of the same columns: the recipient, the five triggers, the notifications. Wider than
  // the panel, the table scrolls sideways under its sticky header and first column.
  const count = notificationColumns.length;
  const grid = `minmax(220px,3fr) repeat(5,minmax(124px,1fr))${count ? ` repeat(${count},minmax(80px,1fr))` : ''}`;
  return (
    <>
      <div class="knm-scroll">
        <table
          class="knm-matrix"
          style={{
            '--knm-columns': grid,
            minWidth: `${840 + 80 * count}px`,
            // What a screen reader says of a cell (Matrix.css draws the mark), as CSS strings.
            '--knm-said-on': JSON.stringify(t('cellOn')),
            '--knm-said-off': JSON.stringify(t('cellOff')),
            '--knm-said-inert': JSON.stringify(t('cellInert')),
          }}
        >
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
            leaving={leaving}
            onLeft={onLeft}
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
        // Skipped while below the scroll box (Matrix.css): as high as its lines meanwhile, one a column.
        <ul class="knm-legend" style={{ containIntrinsicSize: `auto ${count * LEGEND_LINE}px` }}>
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
