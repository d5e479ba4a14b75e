import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n';
import type { PanelTab } from '../../model/view';
import './KindTabs.css';

const TABS: PanelTab[] = ['general', 'perRecord', 'reminder', 'everyone'];

interface KindTabsProps {
  value: PanelTab;
  /** How many recipients (General, Everyone) or notifications (Per-record, Reminders) each tab holds. */
  counts: Partial<Record<PanelTab, number>>;
  onChange: (tab: PanelTab) => void;
  t: Translate;
  /** The tools of the tab on screen, on the same row while the width allows. */
  children?: ComponentChildren;
}

/**
 * The kind switch as ARIA tabs: one tab stop (the selected tab), arrow keys, Home and End move the
 * selection, and the selected tab is announced as selected. The panel it controls is `knm-tabpanel`.
 */
export function KindTabs({ value, counts, onChange, t, children }: KindTabsProps) {
  const move = (event: KeyboardEvent) => {
    const at = TABS.indexOf(value);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length];
    onChange(tab);
    // Focus follows the selection once the tabs have re-rendered.
    setTimeout(() => document.getElementById(`knm-tab-${tab}`)?.focus());
  };
  return (
    <div class="knm-tabrow">
      <div class="knm-tabs" role="tablist" aria-label={t('kindsLabel')}>
        {TABS.map((tab) => (
          <button
            type="button"
            key={tab}
            role="tab"
            id={`knm-tab-${tab}`}
            class="knm-tab"
            data-kind-tab={tab}
            aria-selected={tab === value}
            aria-controls="knm-tabpanel"
            tabIndex={tab === value ? 0 : -1}
            onClick={() => onChange(tab)}
            onKeyDown={move}
          >
            {t(`kind.${tab}`)}
            {counts[tab] !== undefined && <span class="knm-tab-count">{counts[tab]}</span>}
          </button>
        ))}
      </div>
      {children}
    </div>
  );
}
