import { Component, type ComponentChildren } from 'preact';
import { TRIGGERS, type MatrixRow, type Trigger } from '../model/types';
import { RecipientCell } from './RecipientCell';
import type { Translate } from '../i18n';
import type { ViewState } from '../model/view';

export type RowChange = 'added' | 'removed' | 'changed';
export type CellChange = 'added' | 'removed';

/** A row as the matrix draws it; the Differences view adds what changed. */
export interface MatrixItem {
  row: MatrixRow;
  change?: RowChange;
  cells?: Partial<Record<Trigger, CellChange>>;
}

interface MatrixProps {
  items: MatrixItem[];
  /** Rows that pass the filter; the others stay in the DOM, hidden (cheap to filter, and to clear). */
  shown: Set<MatrixRow>;
  totals: Record<Trigger, number>;
  /** False when process management is off: statusChanged never fires. */
  processEnabled?: boolean;
  caption: string;
  t: Translate;
  sort: ViewState['sort'];
  onSort: (sort: ViewState['sort']) => void;
}

type SortColumn = NonNullable<ViewState['sort']>['column'];

/** Clicking a header sorts ascending, then descending, then back to kintone's order. */
function nextSort(sort: ViewState['sort'], column: SortColumn): ViewState['sort'] {
  if (sort?.column !== column) return { column, dir: 'asc' };
  return sort.dir === 'asc' ? { column, dir: 'desc' } : null;
}

function SortHeader({ column, label, sort, onSort, children }: {
  column: SortColumn;
  label: string;
  sort: ViewState['sort'];
  onSort: MatrixProps['onSort'];
  children?: ComponentChildren;
}) {
  const dir = sort?.column === column ? sort.dir : undefined;
  return (
    <th
      scope="col"
      data-column={column}
      class={column === 'recipient' ? 'knm-recipient-head' : undefined}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
    >
      {/* The sort arrow is drawn by the stylesheet from aria-sort. */}
      <button type="button" class="knm-sort" onClick={() => onSort(nextSort(sort, column))}>
        {label}
      </button>
      {children}
    </th>
  );
}

interface RowProps {
  item: MatrixItem;
  hidden: boolean;
  t: Translate;
  processOff: boolean;
}

/**
 * One recipient row. A class with shouldComponentUpdate so that a filter keystroke over thousands of
 * rows re-renders none of them (items keep their identity between renders; visibility is an attribute).
 */
class Row extends Component<RowProps> {
  private tr?: HTMLTableRowElement | null;

  shouldComponentUpdate(next: RowProps) {
    const p = this.props;
    if (next.item !== p.item || next.t !== p.t || next.processOff !== p.processOff) return true;
    // Only the filter changed: flip the attribute directly instead of re-rendering thousands of rows.
    if (this.tr) this.tr.hidden = next.hidden;
    return false;
  }

  render({ item, hidden, t, processOff }: RowProps) {
    const { row, change, cells } = item;
    return (
      <tr
        id={`knm-row-${row.key}`}
        ref={(tr) => {
          this.tr = tr;
        }}
        hidden={hidden}
        tabIndex={-1}
        data-entity-type={row.recipient.type}
        data-entity-code={row.recipient.code}
        data-row-change={change}
        class={change ? `knm-row-${change}` : undefined}
      >
        <RecipientCell row={row} t={t} />
        {TRIGGERS.map((trigger) => {
          const on = row.recipient.triggers[trigger];
          const cellChange = cells?.[trigger];
          const inert = processOff && trigger === 'statusChanged' && on;
          return (
            <td
              key={trigger}
              data-trigger={trigger}
              data-on={String(on)}
              data-change={cellChange}
              class={`knm-cell${on ? ' knm-on' : ''}${inert ? ' knm-inert' : ''}${cellChange ? ` knm-change-${cellChange}` : ''}`}
              title={inert ? t('processOff') : undefined}
            >
              {/* The visible mark (✓ or –) is drawn by the stylesheet from data-on; this is its spoken text. */}
              <span class="knm-sr">{on ? t('cellOn') : t('cellOff')}</span>
            </td>
          );
        })}
      </tr>
    );
  }
}

export function Matrix({ items, shown, totals, processEnabled, caption, t, sort, onSort }: MatrixProps) {
  const processOff = processEnabled === false;
  return (
    <div class="knm-scroll">
      <table class="knm-matrix">
        <caption class="knm-sr">{caption}</caption>
        <thead>
          <tr>
            <SortHeader column="recipient" label={t('recipient')} sort={sort} onSort={onSort} />
            {TRIGGERS.map((trigger) => (
              <SortHeader key={trigger} column={trigger} label={t(`trigger.${trigger}`)} sort={sort} onSort={onSort}>
                {processOff && trigger === 'statusChanged' && <span class="knm-head-note">{t('processOff')}</span>}
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <Row key={item.row.key} item={item} hidden={!shown.has(item.row)} t={t} processOff={processOff} />
          ))}
        </tbody>
        <tfoot>
          <tr class="knm-totals">
            <th scope="row">{t('totals')}</th>
            {TRIGGERS.map((trigger) => (
              <td key={trigger} data-total={trigger}>
                {totals[trigger]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
