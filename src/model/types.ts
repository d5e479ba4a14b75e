/**
 * The shapes the model works with. They mirror kintone's wire format closely enough that a test can
 * compare against the API, but they are already validated: every field is present and typed.
 */

/** The five triggers, in the order kintone's API and screen list them. */
export const TRIGGERS = ['recordAdded', 'recordEdited', 'commentAdded', 'statusChanged', 'fileImported'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Entity types kintone documents. Anything else is kept verbatim and shown as "Unknown (TYPE)". */
export const ENTITY_TYPES = ['USER', 'GROUP', 'ORGANIZATION', 'FIELD_ENTITY'] as const;
export type KnownEntityType = (typeof ENTITY_TYPES)[number];

export type TriggerFlags = Record<Trigger, boolean>;

/** One "Recipients and Conditions" line of the general notification settings. */
export interface Recipient {
  /** Exactly as the API sent it; may be a type this version does not know. */
  type: string;
  /** User/group/department code, or a field code for FIELD_ENTITY. Guest users start with `guest/`. */
  code: string;
  includeSubs: boolean;
  triggers: TriggerFlags;
}

/** One environment's (live or pre-live) general notification settings. */
export interface NotificationSettings {
  recipients: Recipient[];
  notifyToCommenter: boolean;
  revision: string;
}

/** A recipient of a per-record or reminder notification (kintone's `targets[]`). */
export interface Target {
  type: string;
  code: string;
  includeSubs: boolean;
}

/** One per-record notification: when a saved record matches `filterCond` ('' = every record). */
export interface PerRecordNotification {
  filterCond: string;
  title: string;
  targets: Target[];
}

/**
 * When a reminder fires, relative to a date or datetime field of the record. kintone sends the numbers as
 * strings; they are kept as sent (the DOM hooks carry them) and checked to be integers.
 */
export interface ReminderTiming {
  /** Field code of the date, datetime, created- or updated-datetime field. */
  code: string;
  /** Days after the field's date; negative means before. */
  daysLater: string;
  /** Hours after (negative: before); only for a datetime field with the hours option. */
  hoursLater?: string;
  /** "HH:MM" on the resulting day, when there is no hoursLater. */
  time?: string;
}

export interface ReminderNotification extends PerRecordNotification {
  timing: ReminderTiming;
}

export interface PerRecordSettings {
  notifications: PerRecordNotification[];
  revision: string;
}

export interface ReminderSettings {
  notifications: ReminderNotification[];
  /** The app's reminder time zone; null when it was never set. */
  timezone: string | null;
  revision: string;
}

/** Which environment a read targets. */
export type Environment = 'live' | 'preview';

/** A form field as the panel needs it (from /k/v1/app/form/fields.json). */
export interface FormField {
  code: string;
  type: string;
  label: string;
  /** The table (SUBTABLE) the field is in, for a field inside a table. */
  table?: string;
}

/** Directory entry from the User API; `valid: false` means a stopped user. */
export interface DirectoryEntry {
  code: string;
  name: string;
  valid?: boolean;
}

/** Names looked up per entity type; `undefined` means the lookup was not possible (e.g. 403). */
export interface Directory {
  USER?: Map<string, DirectoryEntry>;
  GROUP?: Map<string, DirectoryEntry>;
  ORGANIZATION?: Map<string, DirectoryEntry>;
}

/** Stable key of a recipient: the same code under another type is another recipient. */
export const recipientKey = (r: Pick<Recipient, 'type' | 'code'>): string => `${r.type}:${r.code}`;

export const isKnownType = (type: string): type is KnownEntityType =>
  (ENTITY_TYPES as readonly string[]).includes(type);

/** How kintone files the notification in the recipient's notification list (see the help page). */
export type NotificationKind = 'TO_ME' | 'ALL' | 'UNKNOWN';

/** Something about a recipient an admin should know; shown as a badge and used by findings. */
export type RowFlag = 'FIELD_MISSING' | 'USER_STOPPED' | 'NOT_IN_DIRECTORY';

/**
 * Why a trigger that is switched on can never send anything to this recipient: process management is
 * off (Status changed), or the recipient is the person acting — kintone never notifies people of their own
 * action, so *Created by* on Record added and *Updated by* on Record edited never fire.
 */
export type InertReason = 'PROCESS_OFF' | 'ACTOR';

/** One matrix row: a recipient plus what the panel resolved about it. */
export interface MatrixRow {
  /** recipientKey(recipient) — unique within one environment. */
  key: string;
  recipient: Recipient;
  /** False for an entity type this version does not know: shown as "Unknown (TYPE)". */
  known: boolean;
  kind: NotificationKind;
  /** Guest users' codes start with `guest/`. */
  guest: boolean;
  /** User/group/department name or field label, when one was found. */
  displayName?: string;
  flags: RowFlag[];
  /** Triggers that are on but can never fire for this recipient, and why. */
  inert: Partial<Record<Trigger, InertReason>>;
  /** Everyone view: the per-record and reminder notifications (`perRecord:0` …) that reach this recipient. */
  notifications?: Record<string, true>;
}

/** How one recipient or one cell differs between live and pre-live. */
export type RowChange = 'added' | 'removed' | 'changed';
export type CellChange = 'added' | 'removed';

/** A row as the matrix draws it; the Differences view adds what changed. */
export interface MatrixItem {
  row: MatrixRow;
  change?: RowChange;
  cells?: Partial<Record<Trigger, CellChange>>;
  /** "Include sub-departments" differs between live and pre-live. */
  subsChanged?: boolean;
}

export interface PerEnvironment<T> {
  live: T;
  preview: T;
}

/** Everything one load read about the app's settings. */
export interface AppSettings {
  appId: string;
  /** Live settings: the panel cannot work without them. */
  live: NotificationSettings;
  /** Pre-live settings; undefined when that read failed or has not answered (live only is shown). */
  preview?: NotificationSettings;
  /** Form fields per environment; undefined when unknown. */
  fields: PerEnvironment<Map<string, FormField> | undefined>;
  /** Whether process management is on, per environment; undefined when unknown. */
  processEnabled: PerEnvironment<boolean | undefined>;
  /**
   * Per-record and reminder settings per environment: the settings, the error of that read alone (shown
   * for that kind only), or undefined while the read runs.
   */
  perRecord: PerEnvironment<PerRecordSettings | KindError | undefined>;
  reminder: PerEnvironment<ReminderSettings | KindError | undefined>;
}

/** A failed read of one kind: its error code and kind of failure, as the panel words it. */
export interface KindError {
  failed: true;
  code: string;
  kind: string;
  detail: string;
}
