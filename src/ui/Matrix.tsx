import { Component, type ComponentChildren } from 'preact';
import { TRIGGERS, type MatrixRow, type Trigger } from '../model/types';
import { buildRow } from './recipient-rows';
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

interface RowsProps {
  items: MatrixItem[];
  shown: Set<MatrixRow>;
  t: Translate;
  processOff: boolean;
}

/**
 * The recipient rows. Preact renders only the empty <tbody>; the rows are built by buildRow, once per item
 * and language, and reused when the order or view changes. A filter keystroke over thousands of rows only
 * flips their `hidden` attribute.
 */
class Rows extends Component<RowsProps> {
  private body: HTMLTableSectionElement | null = null;
  private built = new WeakMap<MatrixItem, HTMLTableRowElement>();
  private builtWith?: [Translate, boolean];
  private placed?: MatrixItem[];

  componentDidMount() {
    this.place(this.props);
  }

  shouldComponentUpdate(next: RowsProps) {
    this.place(next);
    return false;
  }

  private place({ items, shown, t, processOff }: RowsProps) {
    if (this.builtWith?.[0] !== t || this.builtWith[1] !== processOff) {
      this.built = new WeakMap();
      this.builtWith = [t, processOff];
      this.placed = undefined;
    }
    const rows = items.map((item) => {
      let tr = this.built.get(item);
      if (!tr) this.built.set(item, (tr = buildRow(item, t, processOff)));
      const hidden = !shown.has(item.row);
      if (tr.hidden !== hidden) tr.hidden = hidden;
      return tr;
    });
    if (items !== this.placed) {
      this.body?.replaceChildren(...rows);
      this.placed = items;
    }
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
        <Rows items={items} shown={shown} t={t} processOff={processOff} />
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
