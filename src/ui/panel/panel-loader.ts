import {
  loadApp,
  loadDirectory,
  startSettingsWave,
  type KindReads,
  type OptionalReads,
  type SettingsWave,
} from '../../api/load';
import { ApiError, toApiError } from '../../api/errors';
import type { AppSettings, Directory, NotificationSettings, Target } from '../../model/types';
import { conditionEntities } from '../../model/condition-codes';

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'ready'; settings: AppSettings; directory: Directory; app?: { name?: string; creator?: string } };

/** Timing knob; tests shorten it. */
export const loaderPolicy = {
  /**
   * How long the first render waits, after the live settings arrived, for the general matrix's optional
   * reads of the same wave. They normally answer within milliseconds of it, and drawing the matrix once
   * with its labels beats drawing codes and redrawing; a read that takes longer fills in when it arrives.
   */
  optionalGraceMs: 150,
};

type GeneralExtras = Pick<AppSettings, 'preview' | 'fields' | 'processEnabled'>;
type KindSettings = Pick<AppSettings, 'perRecord' | 'reminder'>;

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A promise's value if it has settled by now, else undefined. */
const now = <T>(promise: Promise<T>): Promise<T | undefined> =>
  Promise.race([promise, Promise.resolve().then(() => undefined)]);

/** Whether a promise settles within `ms`. */
const within = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, ms, false))]);

/** The general matrix's optional reads, in AppSettings' shape; `read` may take them as they are "now". */
async function generalExtras(
  reads: OptionalReads,
  read: <T>(p: Promise<T>) => Promise<T | undefined> = (p) => p,
): Promise<GeneralExtras> {
  const [preview, liveFields, previewFields, liveProcess, previewProcess] = await Promise.all([
    read(reads.preview),
    read(reads.fields.live),
    read(reads.fields.preview),
    read(reads.processEnabled.live),
    read(reads.processEnabled.preview),
  ]);
  return {
    preview,
    fields: { live: liveFields, preview: previewFields },
    processEnabled: { live: liveProcess, preview: previewProcess },
  };
}

/** The per-record and reminder reads, in AppSettings' shape; `read` may take them as they are "now". */
async function kindSettings(
  reads: KindReads,
  read: <T>(p: Promise<T>) => Promise<T | undefined> = (p) => p,
): Promise<KindSettings> {
  const [perRecordLive, perRecordPreview, reminderLive, reminderPreview] = await Promise.all([
    read(reads.perRecord.live),
    read(reads.perRecord.preview),
    read(reads.reminder.live),
    read(reads.reminder.preview),
  ]);
  return {
    perRecord: { live: perRecordLive, preview: perRecordPreview },
    reminder: { live: reminderLive, preview: reminderPreview },
  };
}

/**
 * Every recipient of the per-record and reminder notifications that were read, and every user, group and
 * department their conditions name (see condition-codes.ts), looked up with them.
 */
export const targetsOf = ({ perRecord, reminder }: KindSettings, { fields }: GeneralExtras): Target[] =>
  (['live', 'preview'] as const).flatMap((env) =>
    [perRecord[env], reminder[env]].flatMap((read) =>
      read && !('failed' in read)
        ? read.notifications.flatMap((n) => [...n.targets, ...conditionEntities(n.filterCond, fields[env])])
        : [],
    ),
  );

/**
 * Loads the panel's data and reloads it on demand. The live general settings decide the first render;
 * the general matrix's optional reads join it within a short grace, per-record and reminder settings and
 * names fill in as they arrive. At most one wave's live read is in flight: a reload asked for while one
 * runs is remembered, and one more wave starts when the running one ends, so twenty quick clicks on
 * Refresh cost two waves. Only the newest wave's answers are shown, and `busy` is true exactly while any
 * read of the newest wave runs (answers of an older wave can neither show nor clear it).
 * A plain class rather than a hook: the panel is written without preact/hooks to save its bytes.
 */
export class PanelLoader {
  private running = false;
  private again = false;
  private generation = 0;
  private disposed = false;

  constructor(
    /** Empty when kintone gave the page no app id: then nothing is read. */
    private readonly appId: string,
    /** Called with the new state (or null: unchanged) and whether a read of the newest wave runs. */
    private readonly onChange: (state: LoadState | null, busy: boolean) => void,
    /** Reads already sent for this app, used by the first load. */
    private firstWave?: SettingsWave,
  ) {}

  async reload(): Promise<void> {
    if (!this.appId) {
      this.onChange({ phase: 'error', error: new ApiError('NO_APP', 'noApp') }, false);
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    let generation: number;
    let wave: SettingsWave;
    let live: NotificationSettings | ApiError;
    do {
      this.again = false;
      generation = ++this.generation;
      this.onChange(null, true);
      wave = this.firstWave ?? startSettingsWave(this.appId);
      this.firstWave = undefined;
      live = await wave.live.catch(toApiError);
    } while (this.again);
    this.running = false;
    const current = () => generation === this.generation && !this.disposed;
    if (!current()) return;
    if (live instanceof ApiError) {
      this.onChange({ phase: 'error', error: live }, false);
      return;
    }
    await this.fillIn(live, wave, current);
  }

  /** Shows the live settings with what else is in, then fills in the rest as it arrives. */
  private async fillIn(live: NotificationSettings, wave: SettingsWave, current: () => boolean) {
    const extras = generalExtras(wave.optional);
    const kinds = kindSettings(wave.kinds);
    const extrasIn = await within(extras, loaderPolicy.optionalGraceMs);
    // Per-record and reminders never hold the general matrix back: they join it if they are in already.
    const kindsIn = await within(kinds, 0);
    let settings: AppSettings = {
      appId: this.appId,
      live,
      ...(await generalExtras(wave.optional, now)),
      ...(await kindSettings(wave.kinds, now)),
    };
    let directory: Directory = {};
    let app: { name?: string; creator?: string } | undefined;
    let pending = 3;
    const show = () => {
      if (current()) this.onChange({ phase: 'ready', settings, directory, app }, pending > 0);
    };
    show();

    // Settings are replaced only when late reads brought something new, and the parts they leave alone keep
    // their identity: what is derived from those parts is not rebuilt.
    const extrasDone = extrasIn ? Promise.resolve() : extras.then((rest) => (settings = { ...settings, ...rest }));
    const kindsDone = kindsIn ? Promise.resolve() : kinds.then((rest) => (settings = { ...settings, ...rest }));
    // Names need the codes, and are only an enrichment: their requests (one per 100 codes) wait a task so
    // that sending them does not delay drawing the matrix, and wait for the other reads' codes too.
    const namesDone = nextTask()
      .then(() => Promise.all([wave.optional.preview, kinds, extras]))
      .then(([preview, kindsRead, extrasRead]) =>
        Promise.all([loadApp(this.appId), loadDirectory([live, preview], targetsOf(kindsRead, extrasRead))]),
      )
      .then(([appInfo, names]) => {
        app = appInfo;
        // No names at all (the User API refused): keep the same object, so the rows are not rebuilt.
        if (Object.keys(names).length > 0) directory = names;
      });
    const settled = () => {
      pending--;
      show();
    };
    await Promise.all([extrasDone.then(settled), kindsDone.then(settled), namesDone.then(settled)]);
  }

  /** Answers that arrive after this are ignored. */
  dispose(): void {
    this.disposed = true;
  }
}
