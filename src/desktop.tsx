/**
 * Entry for record screens. When the plugin's option is on, app administrators get a "Notifications"
 * button in the record list header that opens the same matrix in a modal dialog. Everyone else sees
 * nothing: the button is only added after a read of the settings succeeds (CB_NO02 hides it quietly).
 */
import { render } from 'preact';
import { Panel } from './ui/Panel';
import { loginLanguage, translator, type Translate } from './i18n';
import { recordListMessages, type RecordListMessages } from './i18n/screen-messages';
import { readOptions } from './plugin-options';
import { kintoneGet } from './api/request';
import { toPanelError } from './api/errors';

const BUTTON_CLASS = 'knm-list-button';

/** A native modal <dialog>: it makes the page behind it inert (focus stays inside) and Esc closes it. */
function openDialog(appId: string, t: Translate, words: RecordListMessages, opener: HTMLElement) {
  const dialog = document.createElement('dialog');
  dialog.className = 'knm-dialog';
  dialog.ariaLabel = t('title');
  document.body.append(dialog);
  const close = () => dialog.close();
  dialog.addEventListener('close', () => {
    render(null, dialog);
    dialog.remove();
    opener.focus();
  });
  render(
    <>
      <button type="button" class="knm-button knm-dialog-close" onClick={close}>
        {words.close}
      </button>
      <Panel appId={appId} t={t} />
    </>,
    dialog,
  );
  dialog.showModal();
}

async function addListButton() {
  if (!readOptions(kintone.$PLUGIN_ID).listButton) return;
  const space = kintone.app.getHeaderMenuSpaceElement();
  // app.record.index.show fires again on every view switch: add the button once.
  if (!space || space.querySelector(`.${BUTTON_CLASS}`)) return;
  const appId = String(kintone.app.getId() ?? '');
  try {
    await kintoneGet('/k/v1/app/notifications/general.json', { app: appId });
  } catch (error) {
    if (toPanelError(error).kind === 'permission') return;
  }
  if (space.querySelector(`.${BUTTON_CLASS}`)) return;
  const language = loginLanguage();
  const t = translator(language);
  const words = recordListMessages(language);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `${BUTTON_CLASS} knm-host-button`;
  button.textContent = words.listButton;
  button.addEventListener('click', () => openDialog(appId, t, words, button));
  space.append(button);
}

kintone.events.on('app.record.index.show', (event) => {
  void addListButton();
  return event;
});
