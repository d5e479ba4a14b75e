import { parseView, serializeView, type ViewState } from '../model/view';
import { PANEL_VIEWS, type PanelView } from './EnvSwitch';

export interface PanelViewState extends ViewState {
  env: PanelView;
}

/*
 * The filter, sort and environment tab are kept in sessionStorage per app so they survive Refresh and a
 * page reload (the URL hash belongs to kintone's page, so we leave it alone). Storage may be disabled:
 * then the view simply starts fresh each time.
 */
const keys = (appId: string) => [`knm-view:${appId}`, `knm-env:${appId}`] as const;

export function readView(appId: string): PanelViewState {
  const [viewKey, envKey] = keys(appId);
  try {
    const env = sessionStorage.getItem(envKey) as PanelView;
    return { ...parseView(sessionStorage.getItem(viewKey)), env: PANEL_VIEWS.includes(env) ? env : 'live' };
  } catch {
    return { ...parseView(null), env: 'live' };
  }
}

export function writeView(appId: string, { env, ...view }: PanelViewState): void {
  const [viewKey, envKey] = keys(appId);
  try {
    sessionStorage.setItem(viewKey, serializeView(view));
    sessionStorage.setItem(envKey, env);
  } catch {
    // Not being able to remember the view is harmless.
  }
}
