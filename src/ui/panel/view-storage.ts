import { parseView, serializeView, type ViewState } from '../../model/view';

/*
 * The view (Live / Pre-live / Differences, filter, sort) is kept in sessionStorage per app so it survives
 * Refresh and a page reload (the URL hash belongs to kintone's page, so we leave it alone). Storage may be
 * disabled: then the view simply starts fresh each time.
 */
const key = (appId: string) => `knm-view:${appId}`;

export function readView(appId: string): ViewState {
  try {
    return parseView(sessionStorage.getItem(key(appId)));
  } catch {
    return parseView(null);
  }
}

export function writeView(appId: string, view: ViewState): void {
  try {
    sessionStorage.setItem(key(appId), serializeView(view));
  } catch {
    // Not being able to remember the view is harmless.
  }
}
