import { useMemo } from 'preact/hooks';
import { buildRows } from '../model/rows';
import { TRIGGERS, type Trigger } from '../model/types';
import type { Translate } from '../i18n';
import { I18n } from './i18n-context';
import { usePanelData } from './usePanelData';
import { Header } from './Header';
import { Matrix, type MatrixItem } from './Matrix';
import { ErrorView } from './ErrorView';

interface PanelProps {
  appId: string;
  t: Translate;
}

const countOn = (items: MatrixItem[]): Record<Trigger, number> => {
  const totals = Object.fromEntries(TRIGGERS.map((trigger) => [trigger, 0])) as Record<Trigger, number>;
  for (const { row } of items) for (const trigger of TRIGGERS) if (row.recipient.triggers[trigger]) totals[trigger]++;
  return totals;
};

/** The settings-page panel: loads the app's notification settings and shows them as a matrix. */
export function Panel({ appId, t }: PanelProps) {
  const { state, busy, reload } = usePanelData(appId);
  const ready = state.phase === 'ready' ? state : undefined;

  const items = useMemo<MatrixItem[]>(() => {
    if (!ready) return [];
    const { settings, directory } = ready;
    return buildRows(settings.live, { fields: settings.fields.live, directory }).map((row) => ({ row }));
  }, [ready]);

  return (
    <I18n.Provider value={t}>
      <div class="knm" aria-busy={busy ? 'true' : undefined}>
        <Header
          appName={ready?.settings.appName ?? t('appFallback', { id: appId })}
          revision={ready?.settings.live.revision}
          environment="live"
          notifyToCommenter={ready?.settings.live.notifyToCommenter}
          busy={busy}
          onRefresh={reload}
        />
        {state.phase === 'loading' && <p class="knm-status">{t('loading')}</p>}
        {state.phase === 'error' && <ErrorView error={state.error} onRetry={reload} />}
        {ready && items.length === 0 && (
          <div class="knm-empty" data-empty="true">
            <p>{t('emptyTitle')}</p>
            <p>{t('emptyHint')}</p>
          </div>
        )}
        {ready && items.length > 0 && (
          <Matrix
            items={items}
            totals={countOn(items)}
            processEnabled={ready.settings.processEnabled.live}
            caption={t('title')}
          />
        )}
      </div>
    </I18n.Provider>
  );
}
