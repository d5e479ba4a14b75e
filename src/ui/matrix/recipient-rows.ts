/**
 * Builds the matrix's recipient rows with the DOM API rather than Preact. At 2,000 recipients a virtual DOM
 * costs several times a plain DOM loop (measured by `npm run bench`), and a row only ever changes as a
 * whole, so there is nothing to diff. Each row is a clone of one empty row (one cell per column), filled
 * in. Every value goes in as text, never as HTML.
 */
import { TRIGGERS, type MatrixItem } from '../../model/types';
import type { Translate } from '../../i18n';
import { addEditButtons, el, fillRecipient } from './recipient-cell';

/**
 * A row builder for one language and set of notification columns (the Everyone view's; none on General):
 * it returns each item's row with the DOM hooks of shared/DESIGN.md, built on first use and the same
 * element after that. An edit derives every item anew, though it changes one row: an item that shows exactly
 * what an earlier one showed (the same data, which is all a row is built from) gets that one's row, so an edit
 * builds one row, not two thousand.
 */
export function rowBuilder(
  t: Translate,
  notificationColumns: Array<{ id: string }>,
  editing = false,
): (item: MatrixItem) => HTMLTableRowElement {
  const built = new WeakMap<MatrixItem, HTMLTableRowElement>();
  const bySignature = new Map<string, HTMLTableRowElement>();
  const emptyRow = el('tr', '');
  emptyRow.tabIndex = -1;
  emptyRow.appendChild(el('th', 'knm-recipient')).scope = 'row';
  // In edit mode a trigger cell toggles on click, or Enter or Space once focused (see edit-view.ts).
  for (const trigger of TRIGGERS) {
    const td = emptyRow.appendChild(el('td', 'knm-cell'));
    td.dataset.trigger = trigger;
    if (editing) td.tabIndex = 0;
  }
  for (const { id } of notificationColumns) emptyRow.appendChild(el('td', 'knm-cell')).dataset.notification = id;

  return (item) => {
    let tr = built.get(item);
    if (tr) return tr;
    // Row keys are unique within a list, and a removed row differs from an added one by `change`: two items of one
    // list never share a signature, so never a row.
    const signature = JSON.stringify(item);
    tr = bySignature.get(signature);
    if (!tr) bySignature.set(signature, (tr = buildRow(item)));
    built.set(item, tr);
    return tr;
  };

  function buildRow({ row, change, cells, subsChanged }: MatrixItem) {
    const tr = emptyRow.cloneNode(true) as HTMLTableRowElement;
    tr.id = `knm-row-${row.key}`;
    tr.dataset.entityType = row.recipient.type;
    tr.dataset.entityCode = row.recipient.code;
    if (change) tr.dataset.rowChange = change;
    fillRecipient(tr.firstChild as HTMLElement, row, t, subsChanged);
    if (editing && change !== 'removed')
      addEditButtons(tr.firstChild as HTMLElement, t, notificationColumns.length === 0);

    // The triggers, then the notifications; each cell's mark, and what a screen reader says of it, is drawn by the
    // stylesheet from its data-* hooks (Matrix.css).
    let td = tr.firstChild?.nextSibling as HTMLElement;
    for (const trigger of TRIGGERS) {
      const on = row.recipient.triggers[trigger];
      const inert = row.inert[trigger];
      td.dataset.on = `${on}`;
      if (cells?.[trigger]) td.dataset.change = cells[trigger];
      // On, but never sent (process management off, or the person acting): styled apart, said so.
      if (inert) td.dataset.inert = inert;
      td = td.nextSibling as HTMLElement;
    }
    for (const { id } of notificationColumns) {
      td.dataset.on = `${row.notifications?.[id] === true}`;
      td = td.nextSibling as HTMLElement;
    }
    return tr;
  }
}
