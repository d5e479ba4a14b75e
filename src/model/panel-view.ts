/**
 * What the panel shows, worked out once per load and view: the rows of each environment, their
 * differences, whether an Update App is pending, and for the view on screen (Live, Pre-live or
 * Differences) its items, findings, revisions and settings facts.
 */
import { buildRows } from './rows';
import { diffSettings, type SettingsDiff } from './diff';
import { findFindings, type Finding } from './findings';
import type { EnvView } from './view';
import type { AppSettings, Directory, MatrixItem, MatrixRow, NotificationSettings } from './types';

export interface PanelModel {
  live: MatrixRow[];
  preview?: MatrixRow[];
  diff?: SettingsDiff;
  /**
   * The pre-live notification settings differ from live in content. Not the revision: it counts changes
   * to every setting of the app, so a pending form or view change moves it too.
   */
  pending: boolean;
}

export function buildPanelModel(
  settings: Pick<AppSettings, 'live' | 'preview' | 'fields' | 'processEnabled'>,
  directory: Directory,
): PanelModel {
  const rowsOf = (env: 'live' | 'preview', s: NotificationSettings) =>
    buildRows(s, { fields: settings.fields[env], directory, processEnabled: settings.processEnabled[env] });
  const live = rowsOf('live', settings.live);
  if (!settings.preview) return { live, pending: false };
  const diff = diffSettings(settings.live, settings.preview);
  return { live, preview: rowsOf('preview', settings.preview), diff, pending: diff.hasDifferences };
}

/** The rows of one view; the Differences view carries what changed per row and per cell. */
export function itemsFor(model: PanelModel, envView: EnvView): MatrixItem[] {
  if (envView === 'preview' && model.preview) return model.preview.map((row) => ({ row }));
  if (envView !== 'diff' || !model.diff || !model.preview) return model.live.map((row) => ({ row }));
  const liveByKey = new Map(model.live.map((row) => [row.key, row]));
  const previewByKey = new Map(model.preview.map((row) => [row.key, row]));
  return model.diff.rows.flatMap((d): MatrixItem[] => {
    const row = d.change === 'removed' ? liveByKey.get(d.key) : previewByKey.get(d.key);
    return row ? [{ row, change: d.change, cells: d.cells, subsChanged: d.includeSubsChanged }] : [];
  });
}

/** One view as the panel draws it. */
export interface ShownView {
  /** The view in effect: the one asked for when pre-live differs, else Live. */
  envView: EnvView;
  items: MatrixItem[];
  findings: Finding[];
  /** The settings on screen (pre-live for Pre-live and Differences). */
  settings: NotificationSettings;
  processEnabled?: boolean;
  /** The live revision, and the pre-live one when it is another (even with no notification change). */
  revisions: { live: string; preview?: string };
}

/** `pending`: pre-live differs in any kind of notification (then the view asked for is shown). */
export function showView(model: PanelModel, settings: AppSettings, asked: EnvView, pending: boolean): ShownView {
  const envView = pending ? asked : 'live';
  // Pre-live and Differences show the pre-live settings, when they were read.
  // 'preview' only when its rows and settings were both read: the `??` fallbacks below never apply.
  const env = envView !== 'live' && model.preview && settings.preview ? 'preview' : 'live';
  const previewRevision = settings.preview?.revision;
  return {
    envView,
    items: itemsFor(model, envView),
    findings: findFindings({ rows: model[env] ?? [], pendingChanges: pending }),
    settings: settings[env] ?? settings.live,
    processEnabled: settings.processEnabled[env],
    revisions: {
      live: settings.live.revision,
      preview: previewRevision !== settings.live.revision ? previewRevision : undefined,
    },
  };
}
