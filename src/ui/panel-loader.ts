import { loadAppName, loadDirectory, startSettingsWave, type OptionalReads } from '../api/load';
import { ApiError, toApiError } from '../api/errors';
import type { AppSettings, Directory, NotificationSettings } from '../model/types';

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'ready'; settings: AppSettings; directory: Directory; appName?: string };

/** Timing knob; tests shorten it. */
export const loaderPolicy = {
  /**
   * How long the first render waits, after the live settings arrived, for optional reads of the same wave.
   * They normally answer within milliseconds of it, and drawing the matrix once with its labels beats
   * drawing codes and redrawing; a read that takes longer fills in when it arrives.
   */
  optionalGraceMs: 150,
};

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The optional reads as one promise of their values, in AppSettings' shape. */
async function optionalSettings(reads: OptionalReads): Promise<Omit<AppSettings, 'appId' | 'live'>> {
  const [preview, liveFields, previewFields, liveProcess, previewProcess] = await Promise.all([
    reads.preview,
    reads.fields.live,
    reads.fields.preview,
    reads.processEnabled.live,
    reads.processEnabled.preview,
  ]);
  return {
    preview,
    fields: { live: liveFields, preview: previewFields },
    processEnabled: { live: liveProcess, preview: previewProcess },
  };
}

/** Whatever of the optional reads has settled by now (the rest unknown for the moment). */
async function settledSoFar(reads: OptionalReads): Promise<Omit<AppSettings, 'appId' | 'live'>> {
  const now = <T>(promise: Promise<T | undefined>) => Promise.race([promise, Promise.resolve().then(() => undefined)]);
  return optionalSettings({
    preview: now(reads.preview),
    fields: { live: now(reads.fields.live), preview: now(reads.fields.preview) },
    processEnabled: { live: now(reads.processEnabled.live), preview: now(reads.processEnabled.preview) },
  });
}

/**
 * Loads the panel's data and reloads it on demand. The live settings decide the first render; optional
 * reads and names fill in as they arrive. At most one wave's live read is in flight: a reload asked for
 * while one runs is remembered, and one more wave starts when the running one ends, so twenty quick
 * clicks on Refresh cost two waves. Only the newest wave's answers are shown, and `busy` is true exactly
 * while any read of the newest wave runs (answers of an older wave can neither show nor clear it).
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
    let wave: ReturnType<typeof startSettingsWave>;
    let live: NotificationSettings | ApiError;
    do {
      this.again = false;
      generation = ++this.generation;
      this.onChange(null, true);
      wave = startSettingsWave(this.appId);
      live = await wave.live.catch(toApiError);
    } while (this.again);
    this.running = false;
    const current = () => generation === this.generation && !this.disposed;
    if (!current()) return;
    if (live instanceof ApiError) {
      this.onChange({ phase: 'error', error: live }, false);
      return;
    }
    const liveSettings = live;

    const reads = wave.optional;
    const all = optionalSettings(reads);
    const grace = new Promise<boolean>((resolve) => setTimeout(resolve, loaderPolicy.optionalGraceMs, false));
    const complete = await Promise.race([all.then(() => true), grace]);
    let settings: AppSettings = {
      appId: this.appId,
      live: liveSettings,
      ...(await (complete ? all : settledSoFar(reads))),
    };
    let directory: Directory = {};
    let appName: string | undefined;
    let pending = 2;
    const show = () => {
      if (current()) this.onChange({ phase: 'ready', settings, directory, appName }, pending > 0);
    };
    show();

    // Settings are replaced (and the rows rebuilt) only when late reads brought something new.
    const optionalDone = complete
      ? Promise.resolve()
      : all.then((rest) => {
          settings = { appId: this.appId, live: liveSettings, ...rest };
        });
    // Names need the codes, and are only an enrichment: their requests (one per 100 codes) wait a task so
    // that sending them does not delay drawing the matrix, and wait for pre-live's codes too.
    const namesDone = nextTask()
      .then(() => reads.preview)
      .then((preview) => Promise.all([loadAppName(this.appId), loadDirectory([liveSettings, preview])]))
      .then(([name, names]) => {
        appName = name;
        // No names at all (the User API refused): keep the same object, so the rows are not rebuilt.
        if (Object.keys(names).length > 0) directory = names;
      });
    const settled = () => {
      pending--;
      show();
    };
    await Promise.all([optionalDone.then(settled), namesDone.then(settled)]);
  }

  /** Answers that arrive after this are ignored. */
  dispose(): void {
    this.disposed = true;
  }
}
