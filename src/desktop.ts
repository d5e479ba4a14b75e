/**
 * Entry for the record list. When the plug-in's option is on, app administrators get a "Notifications"
 * link in the record list header that opens this plug-in's settings page (the matrix) for the app. It
 * carries no panel: this script loads on every record list of every user, so it stays tiny, and it spends
 * at most one request per user, app and day deciding whether to show the link (see may-manage-app.ts).
 */
import { readOptions } from './plugin-options';
import { loginLanguage } from './i18n/language';
import { recordListMessages } from './i18n/screen-messages';
import { mayManageApp } from './record-list/may-manage-app';
import { settingsPageUrl } from './record-list/settings-page-url';

const LINK_CLASS = 'knm-list-button';

async function addSettingsLink() {
  if (!readOptions(kintone.$PLUGIN_ID).listButton) return;
  const space = kintone.app.getHeaderMenuSpaceElement();
  const appId = kintone.app.getId();
  // app.record.index.show fires again on every view switch: add the link once.
  if (!space || !appId || space.querySelector(`.${LINK_CLASS}`)) return;
  if (!(await mayManageApp(String(appId)))) return;
  if (space.querySelector(`.${LINK_CLASS}`)) return;
  const link = document.createElement('a');
  link.className = LINK_CLASS;
  link.href = settingsPageUrl(String(appId), kintone.$PLUGIN_ID);
  link.textContent = recordListMessages(loginLanguage()).listButton;
  space.append(link);
}

kintone.events.on('app.record.index.show', (event) => {
  addSettingsLink().catch(() => undefined);
  return event;
});
