/**
 * A recipient as the panel shows it everywhere — the matrix's row header and the recipients of a
 * per-record or reminder notification: type (glyph from the stylesheet; the word is for screen readers), name or label,
 * code, and the badges that change its meaning. Built with the DOM API; every value goes in as text.
 */
import type { MatrixRow } from '../../model/types';
import type { Translate } from '../../i18n';
import { typeLabel } from './type-label';
import './recipient-cell.css';

/** An element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Fills an empty element with the recipient. `subsChanged` marks a changed "incl. sub-departments" in the
 * Differences view: shown as turned on ('added') or (struck through) off ('removed').
 */
export function fillRecipient(cell: HTMLElement, row: MatrixRow, t: Translate, subsChanged?: boolean) {
  const { includeSubs } = row.recipient;
  // One line: the type shows as its glyph, and the name and code are cut to fit; each says it in full on hover.
  const text = (tag: 'span' | 'code', className: string, value: string) => {
    const element = cell.appendChild(el(tag, className, value));
    element.title = value;
  };
  text('span', `knm-type knm-icon-${row.known ? row.recipient.type : 'UNKNOWN'}`, typeLabel(row, t));
  if (row.displayName !== undefined) text('span', 'knm-name', row.displayName);
  text('code', 'knm-code', row.recipient.code);
  const badges = cell.appendChild(el('span', 'knm-badges'));
  badges.append(el('span', `knm-badge knm-kind-${row.kind}`, t(`kind.${row.kind}`)));
  if (row.guest) badges.append(el('span', 'knm-badge knm-guest', t('guest')));
  if (includeSubs || subsChanged) {
    const badge = badges.appendChild(el('span', 'knm-badge', t('includeSubs')));
    if (subsChanged) badge.dataset.change = includeSubs ? 'added' : 'removed';
  }
  for (const flag of row.flags) badges.append(el('span', 'knm-badge knm-flag', t(`flag.${flag}`)));
}

/**
 * Edit mode's controls for a recipient: remove it here (General, or one notification) and replace or remove
 * it everywhere. Plain buttons with DOM hooks; the panel handles their clicks in one place (edit-view.ts).
 */
export function addEditButtons(cell: HTMLElement, t: Translate, removable: boolean) {
  const tools = cell.appendChild(el('span', 'knm-edit-tools'));
  for (const action of removable ? ['remove-recipient', 'replace'] : ['replace']) {
    const button = tools.appendChild(el('button', 'knm-button', t(action === 'replace' ? 'replace' : 'remove')));
    button.type = 'button';
    button.dataset.action = action;
  }
}
