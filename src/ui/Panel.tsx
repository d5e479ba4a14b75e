import { Component, type ComponentChildren } from 'preact';
import { filterRows, sortRows, totalsOf, NO_FILTER, type EnvView, type ViewState } from '../model/view';
import { buildPanelModel, showView, type PanelModel } from '../model/panel-view';
import type { AppSettings, Directory, MatrixItem } from '../model/types';
import type { Translate } from '../i18n';
import { PanelLoader, type LoadState } from './panel-loader';
import { readView, writeView } from './view-storage';
import { memoLast } from './memo';
import { exportTable } from './export-table';
import { Header } from './Header';
import { Matrix } from './Matrix';
import { ErrorView } from './ErrorView';
import { EnvSwitch } from './EnvSwitch';
import { DiffSummary } from './DiffSummary';
import { Findings } from './Findings';
import { Toolbar } from './Toolbar';

interface PanelProps {
  /** Empty when kintone gave the page no app id: the panel says so without a request. */
  appId: string;
  t: Translate;
  /** Shown under the matrix: the plugin's own options on the settings page. */
  children?: ComponentChildren;
}

interface PanelState {
  load: LoadState;
  busy: boolean;
  view: ViewState;
  /** A row a finding asked to show; focused once it is drawn. */
  focusKey?: string;
}

/**
 * The panel: loads the app's notification settings and shows them as a matrix with its tools. Written
 * as a class with memoised derivations instead of hooks, which keeps preact/hooks out of the bundle.
 */
export class Panel extends Component<PanelProps, PanelState> {
  private loader = new PanelLoader(this.props.appId, (load, busy) => this.setState(load ? { load, busy } : { busy }));

  state: PanelState = { load: { phase: 'loading' }, busy: true, view: readView(this.props.appId) };

  private model = memoLast((settings: AppSettings, directory: Directory) => buildPanelModel(settings, directory));
  private shownView = memoLast((model: PanelModel, settings: AppSettings, asked: EnvView) =>
    showView(model, settings, asked),
  );
  /** All items in display order; filtering hides rows instead of removing them (see Matrix). */
  private arranged = memoLast((items: MatrixItem[], sort: ViewState['sort']) =>
    sortRows(items, sort, (item) => item.row),
  );
  private passing = memoLast(
    (items: MatrixItem[], text: string, type: ViewState['type'], trigger: ViewState['trigger']) =>
      new Set(
        filterRows(
          items.map((item) => item.row),
          { text, type, trigger },
        ),
      ),
  );

  // Before the first render rather than after it: the request wave leaves as early as it can.
  componentWillMount() {
    this.reload();
  }

  componentWillUnmount() {
    this.loader.dispose();
  }

  componentDidUpdate() {
    const { focusKey } = this.state;
    if (!focusKey) return;
    const element = document.getElementById(`knm-row-${focusKey}`);
    if (element?.hidden) {
      // The row is filtered out: clear the filter, and focus it on the next update.
      this.setView(NO_FILTER);
      return;
    }
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
    this.setState({ focusKey: undefined });
  }

  private reload = () => {
    this.loader.reload().catch(() => undefined);
  };

  private setView = (patch: Partial<ViewState>) => {
    this.setState(({ view }) => {
      const next = { ...view, ...patch };
      writeView(this.props.appId, next);
      return { view: next };
    });
  };

  render({ appId, t, children }: PanelProps, { load, busy, view }: PanelState) {
    const ready = load.phase === 'ready' ? load : undefined;
    const model = ready && this.model(ready.settings, ready.directory);
    const shown = model && ready && this.shownView(model, ready.settings, view.envView);
    const items = shown?.items ?? [];
    const arranged = this.arranged(items, view.sort);
    const passing = this.passing(items, view.text, view.type, view.trigger);
    const visible = arranged.filter(({ row }) => passing.has(row));
    return (
      <div class="knm" aria-busy={busy ? 'true' : undefined}>
        <Header
          t={t}
          appName={ready?.appName ?? t('appFallback', { id: appId })}
          revisions={shown?.revisions ?? {}}
          notifyToCommenter={shown?.settings.notifyToCommenter}
          busy={busy}
          onRefresh={this.reload}
        />
        {load.phase === 'loading' && <p class="knm-status">{t('loading')}</p>}
        {load.phase === 'error' && <ErrorView error={load.error} onRetry={this.reload} t={t} />}
        {shown && model?.pending && (
          <div class="knm-pending" data-pending="true">
            <p>{t('pending')}</p>
            <EnvSwitch value={shown.envView} onChange={(envView) => this.setView({ envView })} t={t} />
          </div>
        )}
        {shown?.envView === 'diff' && model?.diff && ready?.settings.preview && (
          <DiffSummary diff={model.diff} live={ready.settings.live} preview={ready.settings.preview} t={t} />
        )}
        {shown && (
          <Findings
            findings={shown.findings}
            items={arranged}
            onShowRow={(focusKey) => this.setState({ focusKey })}
            t={t}
          />
        )}
        {shown && items.length === 0 && (
          <div class="knm-empty" data-empty="true">
            <p>{t('emptyTitle')}</p>
            <p>{t('emptyHint')}</p>
          </div>
        )}
        {shown && items.length > 0 && (
          <>
            <Toolbar
              t={t}
              view={view}
              onView={this.setView}
              shown={visible.length}
              total={items.length}
              exportTable={() => exportTable(visible, t, shown.envView === 'diff')}
              exportName={`notifications-app${appId}-${shown.envView}`}
            />
            <Matrix
              t={t}
              items={arranged}
              shown={passing}
              totals={totalsOf([...passing])}
              processEnabled={shown.processEnabled}
              caption={t('title')}
              sort={view.sort}
              onSort={(sort) => this.setView({ sort })}
            />
          </>
        )}
        {children}
      </div>
    );
  }
}
