import { loadAppName, loadAppSettings, loadDirectory, type AppSettings } from '../api/load';
import { toPanelError, type PanelError } from '../api/errors';
import type { Directory } from '../model/types';

export type LoadState =
  | { phase: 'loading' }
  | { phase: 'error'; error: PanelError }
  | { phase: 'ready'; settings: AppSettings; directory: Directory; appName?: string };

/**
 * Loads the panel's data and reloads it on demand. At most one request wave is in flight: a reload
 * asked for while one runs is remembered, and one more wave starts when the running one ends; only the
 * newest wave's answer is shown, so twenty quick clicks on Refresh cost two waves and render once.
 * A plain class rather than a hook: the panel is written without preact/hooks to save its bytes.
 */
export class PanelLoader {
  private running = false;
  private again = false;
  private generation = 0;
  private disposed = false;

  constructor(
    private readonly appId: string,
    /** Called with the new state (or null: unchanged) and whether a wave is in flight. */
    private readonly onChange: (state: LoadState | null, busy: boolean) => void,
  ) {}

  async reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.onChange(null, true);
    let state: LoadState;
    do {
      this.again = false;
      try {
        state = { phase: 'ready', settings: await loadAppSettings(this.appId), directory: {} };
      } catch (error) {
        state = { phase: 'error', error: toPanelError(error) };
      }
    } while (this.again);
    this.running = false;
    const generation = ++this.generation;
    if (this.disposed) return;
    this.onChange(state, false);
    // Names arrive after the matrix is on screen: they need the codes, and are only an enrichment. Their
    // requests (one per 100 codes) wait a task so that sending them does not delay drawing the matrix.
    if (state.phase === 'ready') {
      const { settings } = state;
      await new Promise((resolve) => setTimeout(resolve));
      const [appName, directory] = await Promise.all([
        loadAppName(this.appId),
        loadDirectory([settings.live, settings.preview]),
      ]);
      if (generation === this.generation && !this.disposed) {
        this.onChange({ phase: 'ready', settings, directory, appName }, false);
      }
    }
  }

  /** Answers that arrive after this are ignored. */
  dispose(): void {
    this.disposed = true;
  }
}
