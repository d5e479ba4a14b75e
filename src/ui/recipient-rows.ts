/**
 * Builds the matrix's recipient rows with the DOM API rather than Preact. At 2,000 recipients a virtual DOM
 * costs several times a plain DOM loop (measured by `npm run bench`), and a row only ever changes as a
 * whole, so there is nothing to diff. Every value goes in as text: nothing is parsed as HTML.
 */
import { TRIGGERS, type Trigger } from '../model/types';
import type { MessageKey, Translate } from '../i18n';
import type { MatrixItem } from './Matrix';

/** An element with a class and optional text (textContent and appendChild are the DOM's fast paths). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function put<E extends Element>(parent: E, ...children: Element[]): E {
  for (const child of children) parent.appendChild(child);
  return parent;
}

/** The recipient column: type (glyph + word), name or label, code, and badges that change its meaning. */
function recipientCell({ row }: MatrixItem, t: Translate): HTMLTableCellElement {
  const { type, code, includeSubs } = row.recipient;
  const badges = put(el('span', 'knm-badges'), el('span', `knm-badge knm-kind-${row.kind}`, t(`kind.${row.kind}`)));
  if (row.guest) put(badges, el('span', 'knm-badge knm-guest', t('guest')));
  if (includeSubs) put(badges, el('span', 'knm-badge', t('includeSubs')));
  for (const flag of row.flags) put(badges, el('span', 'knm-badge knm-flag', t(`flag.${flag}`)));
  const th = put(
    el('th', 'knm-recipient'),
    // The type's glyph is drawn by the stylesheet from the knm-icon-* class; the word is the text.
    el('span', `knm-type knm-icon-${row.known ? type : 'UNKNOWN'}`, row.known ? t(`type.${type}` as MessageKey) : t('type.unknown', { type })),
  );
  if (row.displayName !== undefined) put(th, el('span', 'knm-name', row.displayName));
  th.scope = 'row';
  return put(th, el('code', 'knm-code', code), badges);
}

/**
 * A trigger cell. Its text is what a screen reader says; the stylesheet draws the visible mark (✓ or –)
 * and the cell's state from its data-* hooks.
 */
function triggerCell({ row, cells }: MatrixItem, trigger: Trigger, t: Translate, processOff: boolean) {
  const on = row.recipient.triggers[trigger];
  const change = cells?.[trigger];
  const td = el('td', processOff && on && trigger === 'statusChanged' ? 'knm-cell knm-inert' : 'knm-cell', t(on ? 'cellOn' : 'cellOff'));
  td.dataset.trigger = trigger;
  td.dataset.on = `${on}`;
  if (change) td.dataset.change = change;
  return td;
}

/** One recipient row with the DOM hooks of shared/DESIGN.md (data-entity-*, data-row-change, data-trigger…). */
export function buildRow(item: MatrixItem, t: Translate, processOff: boolean): HTMLTableRowElement {
  const { row, change } = item;
  const tr = put(el('tr', ''), recipientCell(item, t));
  for (const trigger of TRIGGERS) put(tr, triggerCell(item, trigger, t, processOff));
  tr.id = `knm-row-${row.key}`;
  tr.tabIndex = -1;
  tr.dataset.entityType = row.recipient.type;
  tr.dataset.entityCode = row.recipient.code;
  if (change) tr.dataset.rowChange = change;
  return tr;
}
