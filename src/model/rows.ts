/** Builds matrix rows from validated settings plus whatever names and labels could be found. */
import {
  isKnownType,
  recipientKey,
  type Directory,
  type FormField,
  type InertReason,
  type MatrixRow,
  type NotificationKind,
  type NotificationSettings,
  type Recipient,
  type RowFlag,
  type Target,
  type Trigger,
} from './types';

export interface RowContext {
  /** Form fields of the same environment; undefined when they could not be read. */
  fields?: Map<string, FormField>;
  directory?: Directory;
  /** Process management of the same environment; undefined when unknown (nothing is said then). */
  processEnabled?: boolean;
}

/** Triggers that are on but can never reach this recipient. Field types are only known with the form. */
function inertTriggers(recipient: Recipient, context: RowContext): MatrixRow['inert'] {
  const inert: MatrixRow['inert'] = {};
  const mark = (trigger: Trigger, reason: InertReason) => {
    if (recipient.triggers[trigger]) inert[trigger] = reason;
  };
  if (context.processEnabled === false) mark('statusChanged', 'PROCESS_OFF');
  const fieldType = recipient.type === 'FIELD_ENTITY' ? context.fields?.get(recipient.code)?.type : undefined;
  // The built-in field whose person is the one acting on each trigger (kintone never notifies them).
  if (fieldType === 'CREATOR') mark('recordAdded', 'ACTOR');
  if (fieldType === 'MODIFIER') mark('recordEdited', 'ACTOR');
  return inert;
}

/** FIELD_ENTITY recipients get "To Me" notifications; users, groups and departments get "All". */
export function notificationKind(type: string): NotificationKind {
  if (type === 'FIELD_ENTITY') return 'TO_ME';
  return isKnownType(type) ? 'ALL' : 'UNKNOWN';
}

export const isGuestCode = (code: string): boolean => code.startsWith('guest/');

function resolve(recipient: Recipient, context: RowContext): { displayName?: string; flags: RowFlag[] } {
  const { type, code } = recipient;
  if (type === 'FIELD_ENTITY') {
    if (!context.fields) return { flags: [] };
    const field = context.fields.get(code);
    return field ? { displayName: field.label || undefined, flags: [] } : { flags: ['FIELD_MISSING'] };
  }
  if (type !== 'USER' && type !== 'GROUP' && type !== 'ORGANIZATION') return { flags: [] };
  const entries = context.directory?.[type];
  // No directory (403 or failure) or a guest user: nothing to say either way.
  if (!entries || isGuestCode(code)) return { flags: [] };
  const entry = entries.get(code);
  if (!entry) return { flags: ['NOT_IN_DIRECTORY'] };
  return { displayName: entry.name || undefined, flags: entry.valid === false ? ['USER_STOPPED'] : [] };
}

const NO_TRIGGERS = {
  recordAdded: false,
  recordEdited: false,
  commentAdded: false,
  statusChanged: false,
  fileImported: false,
};

/**
 * The recipients of one per-record or reminder notification as rows (no triggers of their own). kintone
 * files these notifications under "To Me" for every recipient, whatever its type.
 */
export function buildTargetRows(targets: Target[], context: RowContext = {}): MatrixRow[] {
  return targets.map((target) => {
    const recipient: Recipient = { ...target, triggers: NO_TRIGGERS };
    const known = isKnownType(target.type);
    return {
      key: recipientKey(target),
      recipient,
      known,
      kind: known ? 'TO_ME' : 'UNKNOWN',
      guest: isGuestCode(target.code),
      ...resolve(recipient, context),
      inert: {},
    };
  });
}

export function buildRows(settings: NotificationSettings, context: RowContext = {}): MatrixRow[] {
  // kintone never lists a recipient twice, but a malformed answer might: keep row keys unique anyway.
  const seen = new Map<string, number>();
  const uniqueKey = (key: string) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  };
  return settings.recipients.map((recipient) => ({
    key: uniqueKey(recipientKey(recipient)),
    recipient,
    known: isKnownType(recipient.type),
    kind: notificationKind(recipient.type),
    guest: isGuestCode(recipient.code),
    ...resolve(recipient, context),
    inert: inertTriggers(recipient, context),
  }));
}
