import type { Translate } from '../../i18n';
import { ENV_VIEWS, type EnvView } from '../../model/view';
import './EnvSwitch.css';

export function EnvSwitch({ value, onChange, t }: { value: EnvView; onChange: (view: EnvView) => void; t: Translate }) {
  return (
    <div class="knm-switch" role="group" aria-label={t('envLabel')}>
      {ENV_VIEWS.map((view) => (
        <button
          type="button"
          key={view}
          class="knm-button"
          data-view={view}
          aria-pressed={value === view}
          onClick={() => onChange(view)}
        >
          {t(`env.${view}`)}
        </button>
      ))}
    </div>
  );
}
