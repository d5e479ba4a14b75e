import { Component } from 'preact';
import type { Translate } from '../../i18n';

interface UpdateAppProps {
  t: Translate;
  /** A write runs, or edits are not saved yet: Update App waits (it would not include them). */
  disabled: boolean;
  onDeploy: () => void;
}

/**
 * Update App, in the pre-live banner: a first click says what it does — it applies every pending change of
 * the app's settings, not only the notifications — and only the confirmation deploys.
 */
export class UpdateApp extends Component<UpdateAppProps, { asking: boolean }> {
  state = { asking: false };

  render({ t, disabled, onDeploy }: UpdateAppProps, { asking }: { asking: boolean }) {
    if (!asking)
      return (
        <button
          type="button"
          class="knm-button knm-primary"
          data-action="update-app"
          disabled={disabled}
          onClick={() => this.setState({ asking: true })}
        >
          {t('updateApp')}
        </button>
      );
    return (
      <div class="knm-confirm" role="group" aria-label={t('updateApp')}>
        <p>{t('updateAppWarning')}</p>
        <button
          type="button"
          class="knm-button knm-primary"
          data-action="confirm"
          onClick={() => {
            this.setState({ asking: false });
            onDeploy();
          }}
        >
          {t('updateApp')}
        </button>
        <button type="button" class="knm-button" onClick={() => this.setState({ asking: false })}>
          {t('cancel')}
        </button>
      </div>
    );
  }
}
