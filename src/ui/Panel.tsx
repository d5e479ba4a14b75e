import { useEffect, useMemo, useState } from 'preact/hooks';
import { filterRows, sortRows, totalsOf } from '../model/view';
import type { Translate } from '../i18n';
import { I18n } from './i18n-context';
import { usePanelData } from './usePanelData';
import { usePersistentView } from './usePersistentView';
import { buildPanelModel, findingsFor, itemsFor } from './panel-model';
import { exportTable } from './export-table';
import { Header } from './Header';
import { Matrix, type MatrixItem } from './Matrix';
import { ErrorView } from './ErrorView';
import { EnvSwitch } from './EnvSwitch';
import { DiffSummary } from './DiffSummary';
import { Findings } from './Findings';
import { Toolbar } from './Toolbar';
import { PluginOptions } from './PluginOptions';

interface PanelProps {
  appId: string;
  t: Translate;
  /** Given on the settings page only: shows the plugin's own options there. */
  pluginId?: string;
}

/** The panel: loads the app's notification settings and shows them as a matrix with its tools. */
export function Panel({ appId, t, pluginId }: PanelProps) {
  const { state, busy, reload } = usePanelData(appId);
  const [view, setView] = usePersistentView(appId);
  const [focusKey, setFocusKey] = useState<string>();
  const ready = state.phase === 'ready' ? state : undefined;

  const model = useMemo(() => ready && buildPanelModel(ready.settings, ready.directory), [ready]);
  const env = model?.pending ? view.env : 'live';
  const items = useMemo(() => (model ? itemsFor(model, env) : []), [model, env]);
  const visible = useMemo(() => {
    const itemByRow = new Map(items.map((item) => [item.row, item]));
    const rows = sortRows(filterRows(items.map((item) => item.row), view), view.sort);
    return rows.map((row) => itemByRow.get(row) as MatrixItem);
  }, [items, view.text, view.type, view.trigger, view.sort]);
  const findings = useMemo(
    () => (model && ready ? findingsFor(model, env, ready.settings.processEnabled) : []),
    [model, env, ready],
  );
  const rowsByKey = useMemo(() => new Map(items.map(({ row }) => [row.key, row])), [items]);

  // A finding's row may be filtered out: clear the filter, then focus the row once it is drawn.
  useEffect(() => {
    if (!focusKey) return;
    if (!visible.some(({ row }) => row.key === focusKey)) {
      setView({ text: '', type: 'ALL', trigger: 'ANY' });
      return;
    }
    const element = document.getElementById(`knm-row-${focusKey}`);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
    setFocusKey(undefined);
  }, [focusKey, visible]);

  const settings = ready?.settings;
  const shownSettings = env === 'live' ? settings?.live : settings?.preview;
  const processEnabled = env === 'live' ? settings?.processEnabled.live : settings?.processEnabled.preview;
  return (
    <I18n.Provider value={t}>
      <div class="knm" aria-busy={busy ? 'true' : undefined}>
        <Header
          appName={settings?.appName ?? t('appFallback', { id: appId })}
          revisions={{ live: settings?.live.revision, preview: model?.pending ? settings?.preview?.revision : undefined }}
          notifyToCommenter={shownSettings?.notifyToCommenter}
          busy={busy}
          onRefresh={reload}
        />
        {state.phase === 'loading' && <p class="knm-status">{t('loading')}</p>}
        {state.phase === 'error' && <ErrorView error={state.error} onRetry={reload} />}
        {model?.pending && (
          <div class="knm-pending" data-pending="true">
            <p>{t('pending')}</p>
            <EnvSwitch value={env} onChange={(next) => setView({ env: next })} />
          </div>
        )}
        {env === 'diff' && model?.diff && settings?.preview && (
          <DiffSummary diff={model.diff} live={settings.live} preview={settings.preview} />
        )}
        {model && <Findings findings={findings} rowsByKey={rowsByKey} onShowRow={setFocusKey} />}
        {model && items.length === 0 && (
          <div class="knm-empty" data-empty="true">
            <p>{t('emptyTitle')}</p>
            <p>{t('emptyHint')}</p>
          </div>
        )}
        {model && items.length > 0 && (
          <>
            <Toolbar
              view={view}
              onView={setView}
              shown={visible.length}
              total={items.length}
              exportTable={() => exportTable(visible, t, env === 'diff')}
              exportName={`notifications-app${appId}-${env}`}
            />
            <Matrix
              items={visible}
              totals={totalsOf(visible.map(({ row }) => row))}
              processEnabled={processEnabled}
              caption={t('title')}
              sort={view.sort}
              onSort={(sort) => setView({ sort })}
            />
          </>
        )}
        {pluginId && <PluginOptions pluginId={pluginId} />}
      </div>
    </I18n.Provider>
  );
}
