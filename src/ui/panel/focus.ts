import type { PanelTab } from '../../model/view';

/**
 * Focus after an update. A trigger cell toggled in edit mode is rebuilt with its row, so focus moves to the new
 * cell. A row or notification a finding asked to show is scrolled to and focused once it is drawn.
 */
export function focusTrigger({ key, trigger }: { key: string; trigger: string }) {
  document.getElementById(`knm-row-${key}`)?.querySelector<HTMLElement>(`[data-trigger="${trigger}"]`)?.focus();
}

/**
 * Focuses the row or notification `key`: 'wait' while a big matrix is still placing it, 'filtered' when the
 * filter hides it (the caller clears the filter and asks again), else 'done'.
 */
export function focusRow(key: string, filling: boolean): 'wait' | 'filtered' | 'done' {
  // A matrix leaving the page (MatrixArea) still holds rows of the same ids, after the one on screen.
  const found = document.getElementById(`knm-row-${key}`);
  const element = found?.closest('.knm-leaving') ? null : found;
  if (!element && filling) return 'wait';
  if (element?.hidden) return 'filtered';
  element?.scrollIntoView?.({ block: 'center' });
  element?.focus();
  return 'done';
}

/**
 * The tab that shows `key`: a per-record notification or reminder in its list; a recipient's row in General, or in
 * Everyone when that is on screen.
 */
export function tabShowing(key: string, current: PanelTab): PanelTab {
  const kind = key.split(':')[0];
  if (kind === 'perRecord' || kind === 'reminder') return kind;
  return current === 'everyone' ? current : 'general';
}
