import { Component, type ComponentChildren } from 'preact';
import { filterRows, sortRows, totalsOf, type PanelView, type ViewState } from '../model/view';
import type { Translate } from '../i18n';
import { PanelLoader, type LoadState } from './panel-loader';
import { readView, writeView } from './view-storage';
import { buildPanelModel, findingsFor, itemsFor, type PanelModel } from './panel-model';
import { memoLast } from './memo';
import { exportTable } from './export-table';
import { Header } from './Header';
import { Matrix, type MatrixItem } from './Matrix';
import { ErrorView } from './ErrorView';
import { EnvSwitch } from './EnvSwitch';
import { DiffSummary } from './DiffSummary';
import { Findings } from './Findings';
import { Toolbar } from './Toolbar';
import type { AppSettings } from '../api/load';
import type { Directory } from '../model/types';

interface PanelProps {
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
  private items = memoLast((model: PanelModel, env: PanelView) => itemsFor(model, env));
  /** All items in display order; filtering hides rows instead of removing them (see Matrix). */
  private arranged = memoLast((items: MatrixItem[], sort: ViewState['sort']) =>
    sortRows(items, sort, (item) => item.row),
  );
  private shown = memoLast(
    (items: MatrixItem[], text: string, type: string, trigger: string) =>
      new Set(
        filterRows(
          items.map((item) => item.row),
          { text, type, trigger } as ViewState,
        ),
      ),
  );
  private findings = memoLast(findingsFor);

  // Before the first render rather than after it: the request wave leaves as early as it can.
  componentWillMount() {
    void this.loader.reload();
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
      this.setView({ text: '', type: 'ALL', trigger: 'ANY' });
      return;
    }
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
    this.setState({ focusKey: undefined });
  }

  private reload = () => void this.loader.reload();

  private setView = (patch: Partial<ViewState>) => {
    const view = { ...this.state.view, ...patch };
    writeView(this.props.appId, view);
    this.setState({ view });
  };

  render({ appId, t, children }: PanelProps, { load, busy, view }: PanelState) {
    const ready = load.phase === 'ready' ? load : undefined;
    const settings = ready?.settings;
    const model = ready && this.model(ready.settings, ready.directory);
    const env = model?.pending ? view.env : 'live';
    const items = model ? this.items(model, env) : [];
    const arranged = this.arranged(items, view.sort);
    const shown = this.shown(items, view.text, view.type, view.trigger);
    const visible = arranged.filter(({ row }) => shown.has(row));
    const onScreen = env === 'live' ? settings?.live : settings?.preview;
    return (
      <div class="knm" aria-busy={busy ? 'true' : undefined}>
        <Header
          t={t}
          appName={ready?.appName ?? t('appFallback', { id: appId })}
          revisions={{
            live: settings?.live.revision,
            preview: model?.pending ? settings?.preview?.revision : undefined,
          }}
          notifyToCommenter={onScreen?.notifyToCommenter}
          busy={busy}
          onRefresh={this.reload}
        />
        {load.phase === 'loading' && <p class="knm-status">{t('loading')}</p>}
        {load.phase === 'error' && <ErrorView error={load.error} onRetry={this.reload} t={t} />}
        {model?.pending && (
          <div class="knm-pending" data-pending="true">
            <p>{t('pending')}</p>
            <EnvSwitch value={env} onChange={(next) => this.setView({ env: next })} t={t} />
          </div>
        )}
        {env === 'diff' && model?.diff && settings?.preview && (
          <DiffSummary diff={model.diff} live={settings.live} preview={settings.preview} t={t} />
        )}
        {model && settings && (
          <Findings
            findings={this.findings(model, env, settings.processEnabled)}
            items={arranged}
            onShowRow={(focusKey) => this.setState({ focusKey })}
            t={t}
          />
        )}
        {model && items.length === 0 && (
          <div class="knm-empty" data-empty="true">
            <p>{t('emptyTitle')}</p>
            <p>{t('emptyHint')}</p>
          </div>
        )}
        {model && settings && items.length > 0 && (
          <>
            <Toolbar
              t={t}
              view={view}
              onView={this.setView}
              shown={visible.length}
              total={items.length}
              exportTable={() => exportTable(visible, t, env === 'diff')}
              exportName={`notifications-app${appId}-${env}`}
            />
            <Matrix
              t={t}
              items={arranged}
              shown={shown}
              totals={totalsOf([...shown])}
              processEnabled={env === 'live' ? settings.processEnabled.live : settings.processEnabled.preview}
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
