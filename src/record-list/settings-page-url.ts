import { appPathPrefix } from '../api/guest-space';

/**
 * The address of this plug-in's settings page for an app: App Settings › Plug-ins › this plug-in. kintone
 * documents no function that builds it (kintone.buildPageUrl knows record and space screens only), so it
 * is the path kintone's own App Settings link to: /k/admin/app/{app}/plugin/config?pluginId={id}, under
 * /k/guest/{space}/ for an app in a guest space (see appPathPrefix).
 */
export function settingsPageUrl(appId: string, pluginId: string): string {
  return `${appPathPrefix()}admin/app/${encodeURIComponent(appId)}/plugin/config?pluginId=${encodeURIComponent(pluginId)}`;
}
