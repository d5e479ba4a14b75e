/**
 * Per-record and reminder notifications as the panel shows them: each with its recipients as rows, and in
 * the Differences view what changed. Live and pre-live notifications are matched by position in kintone's
 * order (they carry no id); recipients inside one are matched by type and code.
 */
import { buildTargetRows, type RowContext } from './rows';
import {
  recipientKey,
  type MatrixRow,
  type PerRecordNotification,
  type ReminderNotification,
  type RowChange,
  type Target,
} from './types';

export type ConditionalKind = 'perRecord' | 'reminder';

/** The notifications of a per-record or reminder read, or undefined while it runs or when it failed. */
export const notificationsOf = <N>(read: { notifications: N[] } | { failed: true } | undefined): N[] | undefined =>
  read && 'notifications' in read ? read.notifications : undefined;

/** What changed inside a notification that exists on both sides. */
export interface NotificationChanges {
  condition?: boolean;
  title?: boolean;
  timing?: boolean;
}

export interface NotificationItem<N extends PerRecordNotification = PerRecordNotification> {
  kind: ConditionalKind;
  /** Position in kintone's order (pre-live's in Differences, live's for a removed one). */
  index: number;
  /** Element id suffix and finding key: `perRecord:2`. */
  key: string;
  notification: N;
  recipients: Array<{ row: MatrixRow; change?: 'added' | 'removed' | 'subs' }>;
  change?: RowChange;
  changes?: NotificationChanges;
}

const itemOf = <N extends PerRecordNotification>(
  kind: ConditionalKind,
  notification: N,
  index: number,
  context: RowContext,
): NotificationItem<N> => ({
  kind,
  index,
  key: `${kind}:${index}`,
  notification,
  recipients: buildTargetRows(notification.targets, context).map((row) => ({ row })),
});

/** One environment's notifications of a kind, in kintone's order. */
export const notificationItems = <N extends PerRecordNotification>(
  kind: ConditionalKind,
  notifications: N[],
  context: RowContext,
): Array<NotificationItem<N>> => notifications.map((n, i) => itemOf(kind, n, i, context));

/** Recipients of a notification on both sides: pre-live's order, removed ones where they used to be. */
function diffTargets(live: Target[], preview: Target[], context: RowContext): NotificationItem['recipients'] {
  const liveByKey = new Map(live.map((t) => [recipientKey(t), t]));
  const previewKeys = new Set(preview.map(recipientKey));
  const rows = buildTargetRows(preview, context).map((row): NotificationItem['recipients'][number] => {
    const before = liveByKey.get(row.key);
    if (!before) return { row, change: 'added' };
    return before.includeSubs === row.recipient.includeSubs ? { row } : { row, change: 'subs' };
  });
  const removed = buildTargetRows(
    live.filter((t) => !previewKeys.has(recipientKey(t))),
    context,
  ).map((row) => ({ row, change: 'removed' as const }));
  return [...rows, ...removed];
}

/**
 * The Differences view of one kind: pre-live's notifications with what changed against the live one at
 * the same position, then live's notifications that pre-live no longer has.
 */
export function diffNotifications<N extends PerRecordNotification>(
  kind: ConditionalKind,
  live: N[],
  preview: N[],
  context: { live: RowContext; preview: RowContext },
): Array<NotificationItem<N>> {
  const items = preview.map((after, i): NotificationItem<N> => {
    const item = itemOf(kind, after, i, context.preview);
    const before = live[i];
    if (!before) return { ...item, change: 'added' };
    const recipients = diffTargets(before.targets, after.targets, context.preview);
    const changes: NotificationChanges = {};
    if (before.filterCond !== after.filterCond) changes.condition = true;
    if (before.title !== after.title) changes.title = true;
    const timing = (n: N) => JSON.stringify((n as Partial<ReminderNotification>).timing ?? null);
    if (timing(before) !== timing(after)) changes.timing = true;
    const changed = Object.keys(changes).length > 0 || recipients.some((r) => r.change);
    return { ...item, recipients, ...(changed ? { change: 'changed', changes } : {}) };
  });
  const removed = live
    .slice(preview.length)
    .map((before, j) => ({ ...itemOf(kind, before, preview.length + j, context.live), change: 'removed' as const }));
  return [...items, ...removed];
}
