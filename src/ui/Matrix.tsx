import { Component, type ComponentChildren } from 'preact';
import { TRIGGERS, type MatrixItem, type MatrixRow, type Trigger } from '../model/types';
import { nextSort, type Sort, type SortColumn } from '../model/view';
import { rowBuilder } from './recipient-rows';
import { memoLast } from './memo';
import type { Translate } from '../i18n';

interface MatrixProps {
  items: MatrixItem[];
  /** Rows that pass the filter; the others stay in the DOM, hidden (cheap to filter, and to clear). */
  shown: Set<MatrixRow>;
  totals: Record<Trigger, number>;
  /** False when process management is off: statusChanged never fires. */
  processEnabled?: boolean;
  caption: string;
  t: Translate;
  sort: Sort | null;
  onSort: (sort: Sort | null) => void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

function SortHeader({
  column,
  label,
  sort,
  onSort,
  children,
}: {
  column: SortColumn;
  label: string;
  sort: Sort | null;
  onSort: MatrixProps['onSort'];
  children?: ComponentChildren;
}) {
  const dir = sort?.column === column ? sort.dir : undefined;
  return (
    <th scope="col" data-column={column} aria-sort={dir && ARIA_SORT[dir]}>
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
}

/**
 * The recipient rows. Preact renders only the empty <tbody>; rowBuilder builds each row once per item and
 * language, and rows are reused when the order or view changes. A filter keystroke over thousands of rows
 * only flips their `hidden` attribute.
 */
class Rows extends Component<RowsProps> {
  private body: HTMLTableSectionElement | null = null;
  private build = memoLast(rowBuilder);

  componentDidMount() {
    this.place(this.props);
  }

  shouldComponentUpdate(next: RowsProps) {
    this.place(next);
    return false;
  }

  private place({ items, shown, t }: RowsProps) {
    const body = this.body;
    if (!body) return;
    const build = this.build(t);
    const rows = items.map((item) => {
      const tr = build(item);
      const hidden = !shown.has(item.row);
      if (tr.hidden !== hidden) tr.hidden = hidden;
      return tr;
    });
    // Moving thousands of rows costs a layout; only do it when the order or the rows changed.
    if (rows.length !== body.children.length || rows.some((tr, i) => body.children[i] !== tr))
      body.replaceChildren(...rows);
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
        <Rows items={items} shown={shown} t={t} />
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
