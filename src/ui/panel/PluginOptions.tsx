import { readOptions, saveOptions } from '../../plugin-options';
import type { Translate } from '../../i18n';
import './PluginOptions.css';

/**
 * The plugin's only option, on its settings page: the record-list button (off by default). Saving hands
 * over to kintone, which stores it and returns to the app's plug-in list, as every plug-in's Save does.
 */
export function PluginOptions({ pluginId, t }: { pluginId: string; t: Translate }) {
  const save = (event: Event) => {
    event.preventDefault();
    const checkbox = (event.currentTarget as HTMLFormElement).elements.namedItem('listButton') as HTMLInputElement;
    saveOptions({ listButton: checkbox.checked });
  };
  return (
    <form class="knm-options" aria-label={t('options')} onSubmit={save}>
      <h3>{t('options')}</h3>
      <label class="knm-check">
        <input
          type="checkbox"
          name="listButton"
          data-option="listButton"
          defaultChecked={readOptions(pluginId).listButton}
        />
        {t('listButtonOption')}
      </label>
      <button type="submit" class="knm-button" data-option-save="">
        {t('saveOptions')}
      </button>
    </form>
  );
}
