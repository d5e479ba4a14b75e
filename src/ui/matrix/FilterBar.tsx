import { TRIGGERS, ENTITY_TYPES } from '../../model/types';
import type { ViewState } from '../../model/view';
import type { MessageKey, Translate } from '../../i18n';
import { ExportButtons } from './ExportButtons';
import './FilterBar.css';

interface FilterBarProps {
  view: ViewState;
  onView: (patch: Partial<ViewState>) => void;
  shown: number;
  total: number;
  exportTable: () => string[][];
  exportName: string;
  t: Translate;
}

/** Filter by text, type and trigger; how many rows show; export of what shows. */
export function FilterBar({ view, onView, shown, total, exportTable, exportName, t }: FilterBarProps) {
  return (
    <div class="knm-toolbar">
      <label class="knm-field">
        {/* The placeholder says it; the label is for screen readers (the row has no width to spare). */}
        <span class="knm-sr">{t('filter')}</span>
        <input
          type="search"
          value={view.text}
          placeholder={t('filterHint')}
          data-filter="text"
          onInput={(e) => onView({ text: e.currentTarget.value })}
        />
      </label>
      <select
        aria-label={t('exportType')}
        data-filter="type"
        value={view.type}
        onChange={(e) => onView({ type: e.currentTarget.value as ViewState['type'] })}
      >
        <option value="ALL">{t('typeAll')}</option>
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`type.${type}` as MessageKey)}
          </option>
        ))}
        <option value="UNKNOWN">{t('kind.UNKNOWN')}</option>
      </select>
      <select
        aria-label={t('triggerAny')}
        data-filter="trigger"
        value={view.trigger}
        onChange={(e) => onView({ trigger: e.currentTarget.value as ViewState['trigger'] })}
      >
        <option value="ANY">{t('triggerAny')}</option>
        {TRIGGERS.map((trigger) => (
          <option key={trigger} value={trigger}>
            {t(`trigger.${trigger}`)}
          </option>
        ))}
      </select>
      <span class="knm-count" aria-live="polite" data-shown={shown}>
        {t('shown', { shown, total })}
      </span>
      <ExportButtons table={exportTable} name={exportName} t={t} />
    </div>
  );
}
