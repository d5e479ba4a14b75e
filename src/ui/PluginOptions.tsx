import { Component } from 'preact';
import { readOptions, saveOptions } from '../plugin-options';
import type { Translate } from '../i18n';

interface Props {
  pluginId: string;
  t: Translate;
}

/** The plugin's only option, on its settings page: the record-list button (off by default). */
export class PluginOptions extends Component<Props, { listButton: boolean; saved: boolean }> {
  state = { listButton: readOptions(this.props.pluginId).listButton, saved: false };

  render({ t }: Props, { listButton, saved }: PluginOptions['state']) {
    return (
      <section class="knm-options" aria-label={t('options')}>
        <h3>{t('options')}</h3>
        <label class="knm-check">
          <input
            type="checkbox"
            data-option="listButton"
            checked={listButton}
            onChange={(e) => this.setState({ listButton: e.currentTarget.checked, saved: false })}
          />
          {t('listButtonOption')}
        </label>
        <button
          type="button"
          class="knm-button"
          data-option-save=""
          onClick={() => saveOptions({ listButton }, () => this.setState({ saved: true }))}
        >
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
}
