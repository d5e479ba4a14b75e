import { useState } from 'preact/hooks';
import { useT } from './i18n-context';
import { readOptions, saveOptions } from '../plugin-options';

/** The plugin's only option, on its settings page: the record-list button (off by default). */
export function PluginOptions({ pluginId }: { pluginId: string }) {
  const t = useT();
  const [listButton, setListButton] = useState(() => readOptions(pluginId).listButton);
  const [saved, setSaved] = useState(false);
  const save = () => saveOptions({ listButton }, () => setSaved(true));
  return (
    <section class="knm-options" aria-label={t('options')}>
      <h3>{t('options')}</h3>
      <label class="knm-check">
        <input
          type="checkbox"
          data-option="listButton"
          checked={listButton}
          onChange={(e) => (setListButton(e.currentTarget.checked), setSaved(false))}
        />
        {t('listButtonOption')}
      </label>
      <button type="button" class="knm-button" data-option-save="" onClick={save}>
        {t('save')}
      </button>
      {saved && (
        <span class="knm-saved" role="status">
          {t('saved')}
        </span>
      )}
    </section>
  );
}
