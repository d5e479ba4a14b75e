import { readOptions, saveOptions } from '../plugin-options';
import type { SettingsPageMessages } from '../i18n/screen-messages';

/**
 * The plugin's only option, on its settings page: the record-list button (off by default). Saving hands
 * over to kintone, which stores it and returns to the app's plug-in list, as every plug-in's Save does.
 */
export function PluginOptions({ pluginId, messages }: { pluginId: string; messages: SettingsPageMessages }) {
  const save = (event: Event) => {
    event.preventDefault();
    const checkbox = (event.currentTarget as HTMLFormElement).elements.namedItem('listButton') as HTMLInputElement;
    saveOptions({ listButton: checkbox.checked });
  };
  return (
    <form class="knm-options" aria-label={messages.options} onSubmit={save}>
      <h3>{messages.options}</h3>
      <label class="knm-check">
        <input
          type="checkbox"
          name="listButton"
          data-option="listButton"
          defaultChecked={readOptions(pluginId).listButton}
        />
        {messages.listButtonOption}
      </label>
      <button type="submit" class="knm-button" data-option-save="">
        {messages.save}
      </button>
    </form>
  );
}
