/**
 * The Everyone view: one row per recipient of any kind of notification (matched by type and code), with
 * the general triggers and one column per per-record and reminder notification. The single table that
 * answers "who gets anything from this app".
 */
import type { NotificationItem } from './kinds';
import type { MatrixItem, MatrixRow } from './types';

export interface EveryoneColumn {
  /** `perRecord:0`, `reminder:3`: the DOM hook data-notification and the key of MatrixRow.notifications. */
  id: string;
  item: NotificationItem;
}

export interface EveryoneView {
  items: MatrixItem[];
  columns: EveryoneColumn[];
}

export function everyoneView(general: MatrixItem[], notifications: NotificationItem[]): EveryoneView {
  const rows = new Map<string, MatrixRow>();
  // General recipients first, in kintone's order; removed rows of a Differences view are left out.
  for (const { row, change } of general) {
    if (change !== 'removed' && !rows.has(row.recipient.type + ':' + row.recipient.code)) {
      rows.set(`${row.recipient.type}:${row.recipient.code}`, { ...row, notifications: {} });
    }
  }
  const columns = notifications.filter((item) => item.change !== 'removed').map((item) => ({ id: item.key, item }));
  for (const { id, item } of columns) {
    for (const { row, change } of item.recipients) {
      if (change === 'removed') continue;
      const key = `${row.recipient.type}:${row.recipient.code}`;
      const existing = rows.get(key) ?? { ...row, key, notifications: {} };
      rows.set(key, { ...existing, notifications: { ...existing.notifications, [id]: true } });
    }
  }
  return { items: [...rows.values()].map((row) => ({ row })), columns };
}
