/**
 * Entry for the plugin's settings page (App Settings › Plug-ins › this plugin's settings). kintone inserts
 * html/config.html and then runs this bundle; the panel mounts into that page's root element.
 */
// First: it sends the settings reads before the rest of the bundle is evaluated.
import { firstWave } from './first-wave';
import { render } from 'preact';
import { Panel } from './ui/panel/Panel';
import { PluginOptions } from './ui/panel/PluginOptions';
import { loginLanguage, translator } from './i18n';

/** Mounts the panel into the page's root element, if it is there yet; returns that element (or null). */
function mount() {
  // The root element of html/config.html.
  const root = document.getElementById('notification-matrix-root');
  if (root) {
    const language = loginLanguage();
    const t = translator(language);
    render(
      <Panel appId={firstWave.appId} t={t} language={language} firstWave={firstWave.wave}>
        <PluginOptions pluginId={kintone.$PLUGIN_ID} t={t} />
      </Panel>,
      root,
    );
  }
  return root;
}

// kintone inserts config.html before it runs this script, so the root is normally there already: mount
// at once rather than after DOMContentLoaded, which lets the browser paint a frame first (~40 ms).
if (!mount()) document.addEventListener('DOMContentLoaded', mount);
