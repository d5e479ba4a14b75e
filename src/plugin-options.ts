/**
 * The plugin's own options, stored by kintone per app with kintone.plugin.app.setConfig. kintone keeps
 * string values only, so booleans are stored as 'true' / 'false'.
 */
export interface PluginOptions {
  /** Show the "Notifications" button on the record list (off by default). */
  listButton: boolean;
}

export function readOptions(pluginId: string): PluginOptions {
  let stored: Record<string, unknown> | null = null;
  try {
    stored = kintone.plugin.app.getConfig(pluginId) as Record<string, unknown> | null;
  } catch {
    // No config yet, or not on a plugin screen: defaults.
  }
  return { listButton: stored?.listButton === 'true' };
}

/** Saves the options; without a callback kintone then returns to the app's plug-in list. */
export function saveOptions(options: PluginOptions): void {
  kintone.plugin.app.setConfig({ listButton: String(options.listButton) });
}
