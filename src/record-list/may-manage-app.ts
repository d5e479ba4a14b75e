/**
 * Whether the signed-in user may manage this app — which is what reading its notification settings
 * needs — asked at most once per user, app and day, and remembered in localStorage. kintone counts
 * API requests per app per day, requests from scripts on its pages included, and the record list is
 * opened all day by everyone: a probe on every load could spend the app's whole budget.
 *
 * The signal is kintone.app.getPermissions() (JavaScript API, record list screen; `editApp` is App
 * Management permission): no REST request of ours. kintone's reference does not say whether it asks the
 * server behind the scenes, so its answer is cached like a request's. Where it does not exist (older
 * kintone), one GET of the general notification settings decides instead: exactly the read the panel
 * needs. A failed or refused probe counts as "no", and is cached too: a busy domain is not asked again
 * on every page.
 */
import { kintoneGet } from '../api/request';

const KEY_PREFIX = 'knm:may-manage:';

/** The local calendar day: the cache lasts until midnight of the user's browser. */
const today = () => new Date().toDateString();

async function probe(appId: string): Promise<boolean> {
  try {
    if (typeof kintone.app.getPermissions === 'function') return (await kintone.app.getPermissions()).editApp === true;
    await kintoneGet('/k/v1/app/notifications/general.json', { app: appId }, { retry: false });
    return true;
  } catch {
    return false;
  }
}

export async function mayManageApp(appId: string): Promise<boolean> {
  let user = '';
  try {
    user = kintone.getLoginUser().code;
  } catch {
    // No login user (should not happen on a record list): cache under an empty user.
  }
  const key = `${KEY_PREFIX}${appId}:${user}`;
  try {
    const cached = JSON.parse(localStorage.getItem(key) ?? 'null') as { day?: unknown; ok?: unknown } | null;
    if (cached?.day === today() && typeof cached.ok === 'boolean') return cached.ok;
  } catch {
    // Storage blocked or garbage in it: ask.
  }
  const ok = await probe(appId);
  try {
    localStorage.setItem(key, JSON.stringify({ day: today(), ok }));
  } catch {
    // Storage full or blocked: the answer still holds for this page.
  }
  return ok;
}
