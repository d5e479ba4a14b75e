/**
 * Per-record and reminder notifications for each view (Live, Pre-live, Differences): their items, the
 * findings about them, the reminder time zone, or the error of their read. Worked out apart from the
 * general matrix, so that these reads arriving late never rebuild the general rows.
 */
import { diffNotifications, notificationItems, type NotificationItem } from './kinds';
import { findKindFindings } from './kind-findings';
import type { Finding } from './findings';
import type { EnvView } from './view';
import type { RowContext } from './rows';
import type {
  AppSettings,
  Directory,
  Environment,
  KindError,
  PerRecordNotification,
  PerRecordSettings,
  ReminderNotification,
  ReminderSettings,
} from './types';

/** One kind as one view shows it. */
export interface KindView<N extends PerRecordNotification = PerRecordNotification> {
  /** undefined while the read runs. */
  items?: Array<NotificationItem<N>>;
  error?: KindError;
  findings: Finding[];
  /** Reminders: the time zone of the settings on screen (null: never set). */
  timezone?: string | null;
  /** Reminders in Differences: the live time zone, present only when pre-live changed it. */
  timezoneBefore?: string | null;
  /**
   * The other environment's read failed: the list is one side only, so nothing is said to differ (a
   * missing side is no change), and the panel says which side it could not read.
   */
  unread?: { env: Environment; error: KindError };
}

export interface KindsView {
  perRecord: KindView;
  reminder: KindView<ReminderNotification>;
}

const isError = (read: unknown): read is KindError => typeof read === 'object' && read !== null && 'failed' in read;

function kindView<N extends PerRecordNotification, S extends { notifications: N[]; timezone?: string | null }>(
  kind: 'perRecord' | 'reminder',
  reads: { live?: S | KindError; preview?: S | KindError },
  envView: EnvView,
  contexts: Record<Environment, RowContext>,
): KindView<N> {
  const { live, preview } = reads;
  const env: Environment = envView !== 'live' && preview && !isError(preview) ? 'preview' : 'live';
  const shown = reads[env];
  if (isError(shown)) return { error: shown, findings: [] };
  if (!shown) return { findings: [] };
  const otherEnv: Environment = env === 'live' ? 'preview' : 'live';
  const other = reads[otherEnv];
  const compared = envView === 'diff' && live && !isError(live) && env === 'preview';
  const items = compared
    ? diffNotifications(kind, live.notifications, shown.notifications, contexts)
    : notificationItems(kind, shown.notifications, contexts[env]);
  // Per-record settings have no time zone: undefined.
  const { timezone } = shown;
  return {
    items,
    findings: findKindFindings({ items, ...contexts[env], timezone }),
    ...(kind === 'reminder' ? { timezone } : {}),
    ...(compared && live.timezone !== timezone ? { timezoneBefore: live.timezone } : {}),
    ...(isError(other) ? { unread: { env: otherEnv, error: other } } : {}),
  };
}

/** Both reads answered and differ in their notifications or (reminders) their time zone; not the revision. */
const differ = ({
  live,
  preview,
}: {
  live?: PerRecordSettings | KindError;
  preview?: PerRecordSettings | KindError;
}) => {
  const content = (settings: PerRecordSettings & { timezone?: string | null }) =>
    JSON.stringify([settings.notifications, settings.timezone]);
  return Boolean(live && preview && !isError(live) && !isError(preview) && content(live) !== content(preview));
};

export function showKinds(
  settings: Pick<AppSettings, 'perRecord' | 'reminder' | 'fields'>,
  directory: Directory,
  envView: EnvView,
): KindsView {
  const contexts = {
    live: { fields: settings.fields.live, directory },
    preview: { fields: settings.fields.preview, directory },
  };
  return {
    perRecord: kindView('perRecord', settings.perRecord, envView, contexts),
    reminder: kindView<ReminderNotification, ReminderSettings>('reminder', settings.reminder, envView, contexts),
  };
}

/** Pre-live differs from live in per-record or reminder notifications (or the reminder time zone). */
export const kindsDiffer = (settings: Pick<AppSettings, 'perRecord' | 'reminder'>): boolean =>
  differ(settings.perRecord) || differ(settings.reminder);
