/** Everything the panel derives from one load: rows per environment, their differences, the findings. */
import { buildRows } from '../model/rows';
import { diffSettings, type SettingsDiff } from '../model/diff';
import { findFindings, type Finding } from '../model/findings';
import type { Directory, MatrixRow } from '../model/types';
import type { AppSettings } from '../api/load';
import type { MatrixItem } from './Matrix';
import type { PanelView } from '../model/view';

export interface PanelModel {
  live: MatrixRow[];
  preview?: MatrixRow[];
  diff?: SettingsDiff;
  /** Pre-live differs from live (content or revision): an Update App is pending. */
  pending: boolean;
}

export function buildPanelModel(settings: AppSettings, directory: Directory): PanelModel {
  const live = buildRows(settings.live, { fields: settings.fields.live, directory });
  if (!settings.preview) return { live, pending: false };
  const preview = buildRows(settings.preview, { fields: settings.fields.preview, directory });
  const diff = diffSettings(settings.live, settings.preview);
  return { live, preview, diff, pending: diff.hasDifferences || diff.revisionChanged };
}

/** The rows of one view; the Differences view carries what changed per row and per cell. */
export function itemsFor(model: PanelModel, view: PanelView): MatrixItem[] {
  if (view === 'preview' && model.preview) return model.preview.map((row) => ({ row }));
  if (view !== 'diff' || !model.diff || !model.preview) return model.live.map((row) => ({ row }));
  const liveByKey = new Map(model.live.map((row) => [row.key, row]));
  const previewByKey = new Map(model.preview.map((row) => [row.key, row]));
  return model.diff.rows.flatMap((d): MatrixItem[] => {
    const row = d.change === 'removed' ? liveByKey.get(d.key) : previewByKey.get(d.key);
    return row ? [{ row, change: d.change, cells: d.cells, subsChanged: d.includeSubsChanged }] : [];
  });
}

export function findingsFor(
  model: PanelModel,
  view: PanelView,
  processEnabled: { live?: boolean; preview?: boolean },
): Finding[] {
  const usePreview = view !== 'live' && model.preview !== undefined;
  return findFindings({
    rows: usePreview ? model.preview! : model.live,
    processManagementEnabled: usePreview ? processEnabled.preview : processEnabled.live,
    pendingChanges: model.pending,
  });
}
