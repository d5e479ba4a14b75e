/**
 * The Everyone view: one row per recipient of any kind of notification (matched by type and code), with
 * the general triggers and one column per per-record and reminder notification. The single table that
 * answers "who gets anything from this app".
 */
import type { NotificationItem } from './kinds';
import { recipientKey, type MatrixItem, type MatrixRow } from './types';

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
  // Each row here is a copy made below, so its `notifications` can be filled in place.
  const rows = new Map<string, MatrixRow & { notifications: Record<string, true> }>();
  // General recipients first, in kintone's order; removed rows of a Differences view are left out.
  for (const { row, change } of general) {
    const key = recipientKey(row.recipient);
    if (change !== 'removed' && !rows.has(key)) rows.set(key, { ...row, notifications: {} });
  }
  const columns = notifications.filter((item) => item.change !== 'removed').map((item) => ({ id: item.key, item }));
  for (const { id, item } of columns) {
    for (const { row, change } of item.recipients) {
      if (change === 'removed') continue;
      const key = recipientKey(row.recipient);
      const entry = rows.get(key) ?? { ...row, key, notifications: {} };
      entry.notifications[id] = true;
      rows.set(key, entry);
    }
  }
  return { items: [...rows.values()].map((row) => ({ row })), columns };
}
