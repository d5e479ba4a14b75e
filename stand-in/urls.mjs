// URLs of the stand-in's pages and the sample apps, shared by the browser tests and the benchmark.

/** Sample app ids (see stand-in/apps/README.md). */
export const APPS = {
  team: 1,
  guest: 2,
  fields: 3,
  pending: 4,
  large: 5,
  forbidden: 6,
  empty: 7,
  processOff: 8,
  hostile: 9,
  formChangePending: 10,
  departments: 11,
  handover: 12,
};

const query = (params) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');

/** The plugin settings page for an app, with the stand-in's query switches (lang, csp, css, latency…). */
export const configPageUrl = (base, app, params = {}) =>
  `${base}/k/admin/app/${app}/plugin/config?${query({ app, ...params })}`;

/** The record list page of an app (desktop entry). */
export const recordListUrl = (base, app, params = {}) => `${base}/k/${app}/?${query(params)}`;
