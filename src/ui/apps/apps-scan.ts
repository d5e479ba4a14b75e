/**
 * A scan across apps: every app's reads through one queue (paced by the domain's load, see api/apps.ts), then
 * names once for all of them, then one row per app with the panel's own derivation (the same counts and
 * findings the panel shows for that app). Cancel stops what has not started; apps read by then get fresh rows,
 * the others keep the row of the scan before (with its time), or say they were not read. The result is kept for
 * the browser session (sessionStorage).
 */
import { requestQueue, scanApp, type AppEntry, type ScannedApp } from '../../api/apps';
import { loadDirectory } from '../../api/load';
import type { AppRow } from '../../model/apps';
import type { Directory } from '../../model/types';
import { DEFAULT_VIEW } from '../../model/view';
import { PanelDerivation } from '../panel/panel-derive';
import { targetsOf } from '../panel/panel-loader';
import { notificationsOf } from '../../model/kinds';
import { conditionEntities } from '../../model/condition-codes';
import { recipientKey } from '../../model/types';
import { formatInZone } from '../../model/reminder-time';

export interface AppsResult {
  /** When the scan ended (ms since the epoch). */
  at: number;
  rows: AppRow[];
  /** The browser would not keep it: it lives on this page only. */
  unsaved?: boolean;
}

const KEY = 'knm-apps';

/**
 * When a scan ran, written as the record lens writes times: 'YYYY-MM-DD HH:mm' in the user's kintone time zone (UTC
 * if kintone's zone were unknown to the browser), the same in either language. toLocaleString followed the
 * browser's locale instead: an English date on a Japanese screen.
 */
export function scanTime(at: number): string {
  const instant = new Date(at).toISOString();
  return formatInZone(instant, kintone.getLoginUser().timezone) || `${formatInZone(instant, 'UTC')} UTC`;
}

/** The scan kept for this session, if there is one of this shape (another version may have kept another). */
export const storedScan = (): AppsResult | undefined => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '') as AppsResult;
    return Array.isArray(stored.rows) && Number.isFinite(stored.at) ? stored : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Keeps the result for the session. When the browser refuses (storage full), the scan kept before is removed
 * too: after a reload it would be shown as if it were this one.
 */
export function keep(result: AppsResult): AppsResult {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(result));
    return result;
  } catch {
    // Full or refused: this scan lives on this page only, and no older one stays to be taken for it.
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Storage refused altogether: nothing is kept.
    }
    return { ...result, unsaved: true };
  }
}

/** One app's row: its counts, or why it could not be read. */
function rowOf(app: AppEntry, scanned: ScannedApp, directory: Directory): AppRow {
  const row: AppRow = { id: app.id, name: app.name };
  if ('error' in scanned) return { ...row, error: scanned.error.code, reason: scanned.error.kind };
  const { settings, space } = scanned;
  const { shown, kinds, everyone, pending } = new PanelDerivation().derive(settings, directory, {
    ...DEFAULT_VIEW,
    envView: 'live',
  });
  const listed = (kind: 'perRecord' | 'reminder', env: 'live' | 'preview' = 'live') =>
    notificationsOf(settings[kind][env]) ?? [];
  const findings = [...shown.findings, ...kinds.perRecord.findings, ...kinds.reminder.findings];
  const preLive = [listed('perRecord', 'preview'), listed('reminder', 'preview')] as const;
  return {
    ...row,
    space,
    recipients: everyone.items.length,
    notifications: settings.live.recipients.length + listed('perRecord').length + listed('reminder').length,
    findings: findings.filter((finding) => finding.kind !== 'PENDING_CHANGES').length,
    pending,
    live: [settings.live, listed('perRecord'), listed('reminder')],
    preLive: pending ? [settings.preview ?? settings.live, ...preLive] : undefined,
    named: (['perRecord', 'reminder'] as const).flatMap((kind, k) =>
      preLive[k].flatMap(({ filterCond }, index) => {
        const keys = conditionEntities(filterCond, settings.fields.live).map(recipientKey);
        return keys.length ? [{ kind, index, keys }] : [];
      }),
    ),
  };
}

/**
 * Scans the apps through `queue` (cancel it to stop), telling `onProgress` how many are read; resolves with a
 * row per app once names are looked up. An app the scan did not read keeps its row from `before`.
 */
export async function scanApps(
  apps: AppEntry[],
  queue: ReturnType<typeof requestQueue>,
  onProgress: (done: number) => void,
  before?: AppsResult,
): Promise<AppRow[]> {
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
  // what it read), paced by the domain like the scan.
  const directory = await loadDirectory(
    settings.flatMap((s) => [s.live, s.preview]),
    settings.flatMap((s) => targetsOf(s, s)),
    requestQueue(() => undefined).get,
  );
  const kept = new Map(before?.rows.map((row) => [row.id, { at: before.at, ...row }]));
  return apps.map((app, i) => {
    const read = scanned[i];
    return read
      ? rowOf(app, read, directory)
      : (kept.get(app.id) ?? { id: app.id, name: app.name, error: 'CANCELLED' });
  });
}
