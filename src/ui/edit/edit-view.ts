/**
 * Edit mode between the panel and the model: which pre-live answers can be edited, the settings the panel
 * shows while editing (the edited answers, read by the same guards as kintone's), and what a click in the
 * matrix or a notification list asks for. Clicks are read from the DOM hooks of shared/DESIGN.md, so the
 * thousands of matrix cells need no handler of their own.
 */
import { rawBodyOf } from '../../api/load';
import { parseNotificationSettings } from '../../api/validate';
import { parsePerRecordSettings, parseReminderSettings } from '../../api/validate-kinds';
import { applyEdits, changedKinds, type Bodies, type Edit } from '../../model/edit';
import { memoLast } from '../memo';
import { recipientKey, type AppSettings, type Directory, type Target, type Trigger } from '../../model/types';

const rawOf = (read: object | undefined) => (read && !('failed' in read) ? rawBodyOf.get(read) : undefined);

/** The pre-live answers as read, of the kinds whose pre-live read succeeded: only those can be edited. */
export const readBodies = (general?: object, perRecord?: object, reminder?: object): Bodies => ({
  general: rawOf(general),
  perRecord: rawOf(perRecord),
  reminder: rawOf(reminder),
});

/** The settings with the edited pre-live answers in place of the read ones (the same object when unedited). */
export function editedSettings(settings: AppSettings, read: Bodies, draft: Bodies): AppSettings {
  if (draft === read) return settings;
  const { general, perRecord, reminder } = draft;
  return {
    ...settings,
    preview: general ? parseNotificationSettings(general) : settings.preview,
    perRecord: {
      ...settings.perRecord,
      preview: perRecord ? parsePerRecordSettings(perRecord) : settings.perRecord.preview,
    },
    reminder: { ...settings.reminder, preview: reminder ? parseReminderSettings(reminder) : settings.reminder.preview },
  };
}

/** What a click in edit mode asks for: an edit, or to start replacing a recipient everywhere. */
export function clickedEdit(target: Element): Edit | { op: 'pick'; key: string } | undefined {
  const action = target.closest('[data-action]')?.getAttribute('data-action');
  const owner = target.closest<HTMLElement>('[data-entity-code]');
  const key = owner && recipientKey({ type: owner.dataset.entityType ?? '', code: owner.dataset.entityCode ?? '' });
  const holder = target.closest<HTMLElement>('[data-per-record],[data-reminder]');
  const kind = holder?.dataset.perRecord === undefined ? 'reminder' : 'perRecord';
  const at = holder
    ? ({ kind, index: Number(holder.dataset.perRecord ?? holder.dataset.reminder) } as const)
    : undefined;
  const cell = target.closest<HTMLElement>('td[data-trigger]');
  // A change already shown as removed (the Differences view) is not there to edit.
  if (target.closest('[data-row-change="removed"]')) return undefined;
  if (cell && key && !action) {
    return { op: 'trigger', key, trigger: cell.dataset.trigger as Trigger, on: cell.dataset.on !== 'true' };
  }
  if (action === 'remove-recipient' && key) return { op: 'remove', at, key };
  if (action === 'replace' && key) return { op: 'pick', key };
  if (action === 'remove-notification' && at) return { op: 'drop', at };
  return undefined;
}

/** A focused trigger cell toggles with Enter or Space, like a checkbox. */
export const editKey = (event: KeyboardEvent) =>
  (event.key === 'Enter' || event.key === ' ') && (event.target as Element).matches('td[data-trigger]');

/** Names looked up later (recipients added while editing) joined to those read with the settings. */
export function mergeNames(read: Directory, added: Directory): Directory {
  const merged = { ...read };
  for (const type of ['USER', 'GROUP', 'ORGANIZATION'] as const)
    if (added[type]) merged[type] = new Map([...(read[type] ?? []), ...(added[type] ?? [])]);
  return merged;
}

/**
 * What edit mode shows of a load, each part memoised on its inputs: the pre-live answers as read and as edited (the
 * same object when nothing is edited), the settings shown (edited, in edit mode), the kinds Save would write, and the
 * names with those of recipients added while editing.
 */
export class EditedView {
  private names = memoLast(mergeNames);
  private read = memoLast(readBodies);
  private draft = memoLast(applyEdits);
  private edited = memoLast(editedSettings);
  readonly changed = memoLast(changedKinds);

  derive(loaded: AppSettings, directory: Directory, edit: { editing: boolean; edits: Edit[] }, added: Directory) {
    const read = this.read(loaded.preview, loaded.perRecord.preview, loaded.reminder.preview);
    const draft = this.draft(read, edit.edits);
    const settings = edit.editing ? this.edited(loaded, read, draft) : loaded;
    return { settings, directory: this.names(directory, added), read, draft };
  }
}

/** The user, group or department an edit brings in, whose name is then looked up; a field holds nobody by name. */
export function addedBy(edit: Edit): Target | undefined {
  let added: Target | undefined;
  if (edit.op === 'add') added = edit.target;
  if (edit.op === 'replace') added = edit.by;
  return added?.type === 'FIELD_ENTITY' ? undefined : added;
}
