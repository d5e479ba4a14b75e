// Failure injection. A scenario comes from startStandIn options / setScenario (whole server) and from
// x-standin-* headers that the browser shim forwards from its page's query string (one page only).

/** @typedef {{ latencyMs?: number,
 *   fail?: { status: 429|503|403|404, times?: number, paths?: string[], code?: string, body?: 'json' },
 *   busy?: number, drop?: boolean, dropMidBody?: boolean, malformed?: 'truncated'|'wrongShape', hang?: boolean,
 *   userApi?: 'forbidden', deploy?: 'fail' }} Scenario */

const FAIL_STATUSES = { 429: 429, 503: 503, 403: 403, 404: 404 };

/** The kintone error code a 403 or 404 failure answers when the scenario names none. */
export const FAIL_DEFAULT_CODES = { 403: 'CB_NO02', 404: 'CB_NF01' };

export function scenarioFromHeaders(headers) {
  const h = (name) => headers[`x-standin-${name}`];
  /** @type {Scenario} */
  const s = {};
  if (h('latency')) s.latencyMs = Math.min(60_000, Number(h('latency')) || 0);
  if (h('fail')) {
    const [status, times] = String(h('fail')).split(':');
    // 429 (the default) and 503 answer a plain page unless given a code; 403 and 404 always answer kintone's JSON
    // error body (see FAIL_DEFAULT_CODES), e.g. fail=403&failCode=CB_NO02&failPath=perRecord fails one read.
    s.fail = { status: FAIL_STATUSES[Number(status)] ?? 429, ...(times ? { times: Number(times) } : {}) };
    if (h('fail-path')) s.fail.paths = [String(h('fail-path'))];
    if (/^[A-Z]+_[A-Z0-9]+$/.test(String(h('fail-code') ?? ''))) s.fail.code = String(h('fail-code'));
    // failBody=json: 429/503 answer JSON without a kintone code, as a gateway in front of kintone might.
    if (h('fail-body') === 'json') s.fail.body = 'json';
  }
  // busy=N: each app's first N reads answer GAIA_TO04, as kintone does while the domain is too busy.
  const busy = Math.floor(Number(h('busy')));
  if (busy > 0) s.busy = busy;
  if (h('drop') === 'midbody') s.dropMidBody = true;
  else if (h('drop')) s.drop = true;
  if (h('malformed') === 'truncated' || h('malformed') === 'wrongShape') s.malformed = h('malformed');
  if (h('hang')) s.hang = true;
  if (h('user-api') === 'forbidden') s.userApi = 'forbidden';
  // A deploy posted under this switch ends in FAIL (CANCEL for the other apps of the same request).
  if (h('deploy') === 'fail') s.deploy = 'fail';
  return s;
}

/**
 * Failure counters per page (x-standin-page) or for the server, so `times` counts per scenario owner; busy counts
 * per owner and app.
 */
export class FailureCounter {
  counts = new Map();
  busyCounts = new Map();

  /** True while the scenario's failure should still be answered for this owner and path. */
  shouldFail(owner, scenario, path) {
    const fail = scenario.fail;
    if (!fail || (fail.paths && !fail.paths.some((p) => path.includes(p)))) return false;
    const used = this.counts.get(owner) ?? 0;
    if (fail.times !== undefined && used >= fail.times) return false;
    this.counts.set(owner, used + 1);
    return true;
  }

  /**
   * True for the first `scenario.busy` GET requests of each app, counted per owner and app: a page's reads of
   * one app are turned away, then answered, while reads that name no app (apps.json, users) are never refused.
   */
  shouldRefuseBusy(owner, scenario, method, app) {
    if (!(scenario.busy > 0) || method !== 'GET' || app === undefined) return false;
    const key = `${owner}\n${app}`;
    const used = this.busyCounts.get(key) ?? 0;
    if (used >= scenario.busy) return false;
    this.busyCounts.set(key, used + 1);
    return true;
  }

  reset() {
    this.counts.clear();
    this.busyCounts.clear();
  }
}
