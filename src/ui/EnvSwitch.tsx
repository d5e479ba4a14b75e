import type { Translate } from '../i18n';
import { PANEL_VIEWS, type PanelView } from '../model/view';

export function EnvSwitch({
  value,
  onChange,
  t,
}: {
  value: PanelView;
  onChange: (view: PanelView) => void;
  t: Translate;
}) {
  return (
    <div class="knm-switch" role="group" aria-label={t('envLabel')}>
      {PANEL_VIEWS.map((view) => (
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
