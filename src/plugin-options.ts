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

/** Saves the options; the callback keeps kintone on the settings page instead of leaving it. */
export function saveOptions(options: PluginOptions, done: () => void): void {
  kintone.plugin.app.setConfig({ listButton: String(options.listButton) }, done);
}
