import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadAppSettings, loadDirectory, type AppSettings } from '../api/load';
import { toPanelError, type PanelError } from '../api/errors';
import type { Directory } from '../model/types';

export type PanelState =
  | { phase: 'loading' }
  | { phase: 'error'; error: PanelError }
  | { phase: 'ready'; settings: AppSettings; directory: Directory };

/**
 * Loads the panel's data and reloads it on demand. At most one request wave is in flight: a reload
 * asked for while one runs is remembered, and one more wave starts when the running one ends; only the
 * newest wave's answer is shown, so twenty quick clicks on Refresh cost two waves and render once.
 */
export function usePanelData(appId: string) {
  const [state, setState] = useState<PanelState>({ phase: 'loading' });
  const [busy, setBusy] = useState(true);
  const flight = useRef({ running: false, again: false, generation: 0 });

  const reload = useCallback(async () => {
    const f = flight.current;
    if (f.running) {
      f.again = true;
      return;
    }
    f.running = true;
    setBusy(true);
    let next: PanelState;
    do {
      f.again = false;
      try {
        next = { phase: 'ready', settings: await loadAppSettings(appId), directory: {} };
      } catch (error) {
        next = { phase: 'error', error: toPanelError(error) };
      }
    } while (f.again);
    f.running = false;
    const generation = ++f.generation;
    setState(next);
    setBusy(false);
    // Names arrive after the matrix is on screen: they need the codes, and are only an enrichment.
    if (next.phase === 'ready') {
      const { settings } = next;
      const directory = await loadDirectory([settings.live, settings.preview]);
      if (f.generation === generation) setState({ phase: 'ready', settings, directory });
    }
  }, [appId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, busy, reload };
}
