/**
 * A scan across apps: every app's reads through one queue (at most six in flight), then names once for all
 * of them, then one row per app with the panel's own derivation (the same counts and findings the panel
 * shows for that app). Cancel stops what has not started; apps read by then keep their rows, the others say
 * they were not read. The result is kept for the browser session (sessionStorage) with its time.
 */
import { requestQueue, scanApp, type AppEntry, type ScannedApp } from '../../api/apps';
import { loadDirectory } from '../../api/load';
import type { AppRow } from '../../model/apps';
import type { Directory } from '../../model/types';
import { DEFAULT_VIEW } from '../../model/view';
import { PanelDerivation } from '../panel-derive';
import { targetsOf } from '../panel-loader';
import { notificationsOf } from '../../model/kinds';

export interface AppsResult {
  /** When the scan ended (ms since the epoch). */
  at: number;
  rows: AppRow[];
}

const KEY = 'knm-apps';

/** The scan kept for this session, if there is one of this shape (another version may have kept another). */
export const storedScan = (): AppsResult | undefined => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '') as AppsResult;
    return Array.isArray(stored.rows) && typeof stored.at === 'number' ? stored : undefined;
  } catch {
    return undefined;
  }
};

/** One app's row: its counts, or why it could not be read. */
function rowOf(app: AppEntry, scanned: ScannedApp | undefined, directory: Directory): AppRow {
  const row: AppRow = { id: app.id, name: app.name };
  if (!scanned) return { ...row, error: 'CANCELLED' };
  if ('error' in scanned) return { ...row, error: scanned.error.code, reason: scanned.error.kind };
  const { settings, space } = scanned;
  const { shown, kinds, everyone, pending } = new PanelDerivation().derive(settings, directory, {
    ...DEFAULT_VIEW,
    envView: 'live',
  });
  const listed = (kind: 'perRecord' | 'reminder') => notificationsOf(settings[kind].live) ?? [];
  const findings = [...shown.findings, ...kinds.perRecord.findings, ...kinds.reminder.findings];
  return {
    ...row,
    space,
    recipients: everyone.items.length,
    notifications: settings.live.recipients.length + listed('perRecord').length + listed('reminder').length,
    findings: findings.filter((finding) => finding.kind !== 'PENDING_CHANGES').length,
    pending,
    live: [settings.live, listed('perRecord'), listed('reminder')],
  };
}

/**
 * Scans the apps through `queue` (cancel it to stop), telling `onProgress` how many are read; resolves with the
 * rows once names are looked up, kept for the session.
 */
export async function scanApps(
  apps: AppEntry[],
  queue: ReturnType<typeof requestQueue>,
  onProgress: (done: number) => void,
): Promise<AppsResult> {
  let done = 0;
  const scanned = await Promise.all(
    apps.map((app) =>
      scanApp(app, queue).then((read) => {
        if ('error' in read && read.error.code === 'CANCELLED') return undefined;
        onProgress(++done);
        return read;
      }),
    ),
  );
  const settings = scanned.flatMap((read) => (read && 'settings' in read ? [read.settings] : []));
  // Names once for every app, 100 codes a request, through a queue of their own (a cancelled scan still names
  // what it read).
  const directory = await loadDirectory(
    settings.flatMap((s) => [s.live, s.preview]),
    settings.flatMap((s) => targetsOf(s, s)),
    requestQueue().get,
  );
  const result = { at: Date.now(), rows: apps.map((app, i) => rowOf(app, scanned[i], directory)) };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(result));
  } catch {
    // Full or refused: the result stays on screen for this page only.
  }
  return result;
}
