import { useEffect, useState } from 'preact/hooks';
import { parseView, serializeView, type ViewState } from '../model/view';
import { PANEL_VIEWS, type PanelView } from './EnvSwitch';

export interface PanelViewState extends ViewState {
  env: PanelView;
}

const read = (key: string): string | null => {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null; // Storage can be disabled; the view then simply starts fresh.
  }
};

const write = (key: string, value: string) => {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Not being able to remember the view is harmless.
  }
};

/**
 * The filter, sort and environment tab, kept in sessionStorage per app so they survive Refresh and a
 * page reload (the URL hash belongs to kintone's page, so we leave it alone).
 */
export function usePersistentView(appId: string) {
  const viewKey = `knm-view:${appId}`;
  const envKey = `knm-env:${appId}`;
  const [state, setState] = useState<PanelViewState>(() => {
    const env = read(envKey) as PanelView;
    return { ...parseView(read(viewKey)), env: PANEL_VIEWS.includes(env) ? env : 'live' };
  });
  useEffect(() => {
    const { env, ...view } = state;
    write(viewKey, serializeView(view));
    write(envKey, env);
  }, [viewKey, envKey, state]);
  const update = (patch: Partial<PanelViewState>) => setState((previous) => ({ ...previous, ...patch }));
  return [state, update] as const;
}
