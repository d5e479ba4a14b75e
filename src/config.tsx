/**
 * Entry for the plugin's settings page (App Settings › Plug-ins › this plugin's settings). kintone inserts
 * html/config.html and then runs this bundle; the panel mounts into that page's root element.
 */
import { render } from 'preact';
import { Panel } from './ui/Panel';
import { PluginOptions } from './ui/PluginOptions';
import { loginLanguage, translator } from './i18n';

const ROOT_ID = 'notification-matrix-root';

function mount() {
  const root = document.getElementById(ROOT_ID);
  if (!root) return;
  const appId = String(kintone.app.getId() ?? '');
  const t = translator(loginLanguage());
  render(
    <Panel appId={appId} t={t}>
      <PluginOptions pluginId={kintone.$PLUGIN_ID} t={t} />
    </Panel>,
    root,
  );
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
