/**
 * Entry for the plugin's settings page (App Settings › Plug-ins › this plugin's settings). kintone inserts
 * html/config.html and then runs this bundle; the panel mounts into that page's root element.
 */
// First: it sends the settings reads before the rest of the bundle is evaluated.
import { firstWave } from './first-wave';
import { render } from 'preact';
import { Panel } from './ui/Panel';
import { PluginOptions } from './ui/PluginOptions';
import { loginLanguage, translator } from './i18n';

const ROOT_ID = 'notification-matrix-root';

function mount(root: HTMLElement) {
  const { appId } = firstWave;
  const language = loginLanguage();
  const t = translator(language);
  render(
    <Panel appId={appId} t={t} language={language} firstWave={firstWave.wave}>
      <PluginOptions pluginId={kintone.$PLUGIN_ID} t={t} />
    </Panel>,
    root,
  );
}

// kintone inserts config.html before it runs this script, so the root is normally there already: mount
// at once rather than after DOMContentLoaded, which lets the browser paint a frame first (~40 ms).
const root = document.getElementById(ROOT_ID);
if (root) mount(root);
else {
  document.addEventListener('DOMContentLoaded', () => {
    const late = document.getElementById(ROOT_ID);
    if (late) mount(late);
  });
}
