/**
 * Builds the matrix's recipient rows with the DOM API rather than Preact. At 2,000 recipients a virtual DOM
 * costs several times a plain DOM loop (measured by `npm run bench`), and a row only ever changes as a
 * whole, so there is nothing to diff. Each row is a clone of one empty row, filled in: one native clone
 * costs less than creating its eleven elements one by one. Every value goes in as text, never as HTML.
 */
import { TRIGGERS, type MatrixItem } from '../model/types';
import type { Translate } from '../i18n';
import { typeLabel } from './type-label';

/** An element with a class and optional text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A row builder for one language: it returns each item's row with the DOM hooks of shared/DESIGN.md, built
 * on first use and the same element after that.
 */
export function rowBuilder(t: Translate): (item: MatrixItem) => HTMLTableRowElement {
  const built = new WeakMap<MatrixItem, HTMLTableRowElement>();
  // The empty row every row is cloned from: the recipient cell (type, code, badges), one cell per trigger.
  const emptyRow = el('tr', '');
  emptyRow.tabIndex = -1;
  const emptyHeader = emptyRow.appendChild(el('th', 'knm-recipient'));
  emptyHeader.scope = 'row';
  emptyHeader.append(el('span', ''), el('code', 'knm-code'), el('span', 'knm-badges'));
  for (const trigger of TRIGGERS) emptyRow.appendChild(el('td', 'knm-cell')).dataset.trigger = trigger;
  // What a screen reader says for a cell; the stylesheet draws the visible mark (✓ or –) from data-on.
  const spoken = [t('cellOff'), t('cellOn')];
  const inertWords = t('cellInert');

  return (item) => {
    let tr = built.get(item);
    if (tr) return tr;
    const { row, change, cells, subsChanged } = item;
    const { type, code, includeSubs, triggers } = row.recipient;
    tr = emptyRow.cloneNode(true) as HTMLTableRowElement;
    built.set(item, tr);
    tr.id = `knm-row-${row.key}`;
    tr.dataset.entityType = type;
    tr.dataset.entityCode = code;
    if (change) tr.dataset.rowChange = change;

    // The recipient: type (its glyph drawn by the stylesheet from the knm-icon-* class, then the word),
    // name or label, code, and badges that change its meaning.
    const th = tr.firstChild as HTMLElement;
    const typeWord = th.firstChild as HTMLElement;
    const codeText = typeWord.nextSibling as HTMLElement;
    const badges = th.lastChild as HTMLElement;
    typeWord.className = `knm-type knm-icon-${row.known ? type : 'UNKNOWN'}`;
    typeWord.textContent = typeLabel(row, t);
    if (row.displayName !== undefined) th.insertBefore(el('span', 'knm-name', row.displayName), codeText);
    codeText.textContent = code;
    badges.appendChild(el('span', `knm-badge knm-kind-${row.kind}`, t(`kind.${row.kind}`)));
    if (row.guest) badges.appendChild(el('span', 'knm-badge knm-guest', t('guest')));
    if (includeSubs || subsChanged) {
      // In the Differences view a changed "incl. sub-departments" shows as turned on or (struck) off.
      const badge = badges.appendChild(el('span', 'knm-badge', t('includeSubs')));
      if (subsChanged) badge.dataset.change = includeSubs ? 'added' : 'removed';
    }
    for (const flag of row.flags) badges.appendChild(el('span', 'knm-badge knm-flag', t(`flag.${flag}`)));

    // The triggers; each cell's state is styled from its data-* hooks.
    let td = th.nextSibling as HTMLElement;
    for (const trigger of TRIGGERS) {
      const on = triggers[trigger];
      const inert = row.inert[trigger];
      td.textContent = inert ? inertWords : spoken[+on];
      td.dataset.on = `${on}`;
      if (cells?.[trigger]) td.dataset.change = cells[trigger];
      // On, but never sent (process management off, or the person acting): styled apart, said so.
      if (inert) td.dataset.inert = inert;
      td = td.nextSibling as HTMLElement;
    }
    return tr;
  };
}
