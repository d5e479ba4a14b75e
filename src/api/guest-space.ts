/**
 * The path prefix of this page's app: `/k/guest/{space}/` for an app in a guest space, else `/k/`. Read off
 * kintone.api.url(…, true), which is kintone's own guest-space detection, rather than worked out here.
 */
export const appPathPrefix = (): string =>
  /\/k\/guest\/\d+\//.exec(kintone.api.url('/k/v1/app.json', true))?.[0] ?? '/k/';
