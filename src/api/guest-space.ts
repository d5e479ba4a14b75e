/**
 * The path prefix of this page's app: `/k/guest/{space}/` for an app in a guest space, else `/k/`. Read off
 * kintone.api.url(…, true), which is kintone's own guest-space detection, rather than worked out here.
 */
export const appPathPrefix = (): string =>
  /\/k\/guest\/\d+\//.exec(kintone.api.url('/k/v1/app.json', true))?.[0] ?? '/k/';

/**
 * A REST path for another app than this page's: kintone.api.url knows this page's guest space only. `space` is
 * the guest space the app answered it lives in ('' for none); the guest form is the one kintone's reference
 * gives for every endpoint, /k/guest/{space}/v1/….
 */
export const inSpace = (path: string, space: string): string =>
  space ? path.replace('/k/', `/k/guest/${space}/`) : path;
