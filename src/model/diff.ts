/** Live ↔ pre-live comparison: what "Update App" would change. */
import {
  TRIGGERS,
  recipientKey,
  type CellChange,
  type NotificationSettings,
  type Recipient,
  type RowChange,
  type Trigger,
} from './types';

export interface DiffRow {
  /** recipientKey: the same code under another type is another recipient. */
  key: string;
  /** Absent when the recipient is the same in both. */
  change?: RowChange;
  live?: Recipient;
  preview?: Recipient;
  /** Triggers turned on ('added') or off ('removed') by the pre-live settings. */
  cells: Partial<Record<Trigger, CellChange>>;
  includeSubsChanged: boolean;
}

export interface SettingsDiff {
  rows: DiffRow[];
  summary: { added: number; removed: number; changed: number; triggersChanged: number };
  notifyToCommenterChanged: boolean;
  revisionChanged: boolean;
  /** Any difference in content (recipients, triggers, includeSubs, commenter flag). */
  hasDifferences: boolean;
}

/** Every trigger that is on, marked as `change` — for a recipient that appears or disappears. */
function allOn(recipient: Recipient, change: CellChange): DiffRow['cells'] {
  const cells: DiffRow['cells'] = {};
  for (const trigger of TRIGGERS) if (recipient.triggers[trigger]) cells[trigger] = change;
  return cells;
}

function compare(live: Recipient, preview: Recipient): DiffRow {
  const cells: DiffRow['cells'] = {};
  for (const trigger of TRIGGERS) {
    const before = live.triggers[trigger];
    const after = preview.triggers[trigger];
    if (before !== after) cells[trigger] = after ? 'added' : 'removed';
  }
  const includeSubsChanged = live.includeSubs !== preview.includeSubs;
  const changed = includeSubsChanged || Object.keys(cells).length > 0;
  return {
    key: recipientKey(preview),
    change: changed ? 'changed' : undefined,
    live,
    preview,
    cells,
    includeSubsChanged,
  };
}

export function diffSettings(live: NotificationSettings, preview: NotificationSettings): SettingsDiff {
  const liveByKey = new Map(live.recipients.map((r) => [recipientKey(r), r]));
  const previewKeys = new Set(preview.recipients.map(recipientKey));
  const rows: DiffRow[] = preview.recipients.map((p) => {
    const l = liveByKey.get(recipientKey(p));
    return l
      ? compare(l, p)
      : { key: recipientKey(p), change: 'added', preview: p, cells: allOn(p, 'added'), includeSubsChanged: false };
  });
  // Removed recipients go right after the row that preceded them in live, where an admin last saw them.
  live.recipients.forEach((l, i) => {
    const key = recipientKey(l);
    if (previewKeys.has(key)) return;
    const previous = i && recipientKey(live.recipients[i - 1]);
    const at = previous ? rows.findIndex((row) => row.key === previous) + 1 : 0;
    rows.splice(at, 0, { key, change: 'removed', live: l, cells: allOn(l, 'removed'), includeSubsChanged: false });
  });
  const count = (change: RowChange) => rows.filter((row) => row.change === change).length;
  const changedRows = rows.filter((row) => row.change === 'changed');
  const summary = {
    added: count('added'),
    removed: count('removed'),
    changed: changedRows.length,
    triggersChanged: changedRows.reduce((sum, row) => sum + Object.keys(row.cells).length, 0),
  };
  const notifyToCommenterChanged = live.notifyToCommenter !== preview.notifyToCommenter;
  return {
    rows,
    summary,
    notifyToCommenterChanged,
    revisionChanged: live.revision !== preview.revision,
    hasDifferences: rows.some((row) => row.change) || notifyToCommenterChanged,
  };
}
