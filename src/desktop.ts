/**
 * Entry for the record screens. When the plug-in's option is on, app administrators get a link that opens this
 * plug-in's settings page for the app: "Notifications" in the record list header (the matrix), and "Who is
 * notified about this record?" on a record's details (the matrix with the record lens open on it, #record=N).
 * It carries no panel: this script loads on every record screen of every user, so it stays tiny, and it spends
 * at most one request per user, app and day deciding whether to show a link (see may-manage-app.ts).
 */
import { readOptions } from './plugin-options';
import { loginLanguage } from './i18n/language';
import { recordListMessages } from './i18n/screen-messages';
import { mayManageApp } from './record-list/may-manage-app';
import { settingsPageUrl } from './record-list/settings-page-url';

const LINK_CLASS = 'knm-list-button';

async function addSettingsLink(space: HTMLElement | null, text: 'listButton' | 'recordButton', hash = '') {
  if (!readOptions(kintone.$PLUGIN_ID).listButton) return;
  const appId = kintone.app.getId();
  // app.record.index.show fires again on every view switch: add the link once.
  if (!space || !appId || space.querySelector(`.${LINK_CLASS}`)) return;
  if (!(await mayManageApp(String(appId)))) return;
  if (space.querySelector(`.${LINK_CLASS}`)) return;
  const link = document.createElement('a');
  link.className = LINK_CLASS;
  link.href = settingsPageUrl(String(appId), kintone.$PLUGIN_ID) + hash;
  link.textContent = recordListMessages(loginLanguage())[text];
  space.append(link);
}

kintone.events.on('app.record.index.show', (event) => {
  addSettingsLink(kintone.app.getHeaderMenuSpaceElement(), 'listButton').catch(() => undefined);
  return event;
});

kintone.events.on('app.record.detail.show', (event) => {
  const id = kintone.app.record.getId();
  if (id)
    addSettingsLink(kintone.app.record.getHeaderMenuSpaceElement(), 'recordButton', `#record=${id}`).catch(
      () => undefined,
    );
  return event;
});
