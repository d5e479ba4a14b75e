/**
 * The address of this plug-in's settings page for an app: App Settings › Plug-ins › this plug-in. kintone
 * documents no function that builds it (kintone.buildPageUrl knows record and space screens only), so it
 * is the path kintone's own App Settings link to: /k/admin/app/{app}/plugin/config?pluginId={id}, under
 * /k/guest/{space}/ for an app in a guest space. The guest prefix is read off kintone.api.url(…, true),
 * which is kintone's own guest-space detection, rather than worked out here.
 */
export function settingsPageUrl(appId: string, pluginId: string): string {
  const apiUrl = kintone.api.url('/k/v1/app.json', true);
  const guest = /\/k\/guest\/(\d+)\//.exec(apiUrl);
  const base = guest ? `/k/guest/${guest[1]}/` : '/k/';
  return `${base}admin/app/${encodeURIComponent(appId)}/plugin/config?pluginId=${encodeURIComponent(pluginId)}`;
}
