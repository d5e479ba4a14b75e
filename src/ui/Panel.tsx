import { Component, type ComponentChildren } from 'preact';
import { filterRows, sortRows, NO_FILTER, type EnvView, type PanelTab, type ViewState } from '../model/view';
import { buildPanelModel, showView, type PanelModel } from '../model/panel-view';
import { kindsDiffer, showKinds } from '../model/kinds-view';
import { everyoneView } from '../model/everyone';
import type { AppSettings, Directory, MatrixItem } from '../model/types';
import type { NotificationItem } from '../model/kinds';
import type { Language, Translate } from '../i18n';
import { PanelLoader, type LoadState } from './panel-loader';
import { appPathPrefix } from '../api/guest-space';
import type { SettingsWave } from '../api/load';
import { readView, writeView } from './view-storage';
import { memoLast } from './memo';
import { Header } from './Header';
import { ErrorView } from './ErrorView';
import { EnvSwitch } from './EnvSwitch';
import { KindTabs } from './KindTabs';
import { PersonLens } from './PersonLens';
import type { PersonFacts } from '../model/person';
import { reaches } from '../model/person-lens';
import { MatrixView } from './MatrixView';
import { NotificationList } from './NotificationList';
import { notificationWords } from './notification-words';
import type { NotificationColumn } from './Matrix';

interface PanelProps {
  /** Empty when kintone gave the page no app id: the panel says so without a request. */
  appId: string;
  t: Translate;
  language: Language;
  /** Reads already sent for this app (see first-wave.ts), taken by the first load instead of its own. */
  firstWave?: SettingsWave;
  /** Shown under the matrix: the plugin's own options on the settings page. */
  children?: ComponentChildren;
}

interface PanelState {
  /** The person the lens checks, whose rows the matrices highlight. */
  person?: PersonFacts;
  load: LoadState;
  busy: boolean;
  view: ViewState;
  /** A row or notification a finding asked to show; focused once it is drawn. */
  focusKey?: string;
}

/**
 * The panel: loads the app's notification settings and shows them by kind — General, Per-record,
 * Reminders, Everyone — with their tools. Written as a class with memoised derivations instead of hooks,
 * which keeps preact/hooks out of the bundle.
 */
export class Panel extends Component<PanelProps, PanelState> {
  private loader = new PanelLoader(
    this.props.appId,
    (load, busy) => this.setState(load ? { load, busy } : { busy }),
    this.props.firstWave,
  );

  state: PanelState = { load: { phase: 'loading' }, busy: true, view: readView(this.props.appId) };

  // Each derivation is keyed by the parts of the load it reads, so a late read rebuilds only what uses it.
  private model = memoLast(
    (
      live: AppSettings['live'],
      preview: AppSettings['preview'],
      fields: AppSettings['fields'],
      processEnabled: AppSettings['processEnabled'],
      directory: Directory,
    ) => buildPanelModel({ live, preview, fields, processEnabled }, directory),
  );
  private shownView = memoLast(showView);
  private kinds = memoLast(
    (
      perRecord: AppSettings['perRecord'],
      reminder: AppSettings['reminder'],
      fields: AppSettings['fields'],
      directory: Directory,
      env: EnvView,
    ) => showKinds({ perRecord, reminder, fields }, directory, env),
  );
  private everyone = memoLast(
    (general: MatrixItem[], perRecord: NotificationItem[] = [], reminders: NotificationItem[] = []) =>
      everyoneView(general, [...perRecord, ...reminders]),
  );
  /** Lists already drawn stay in the page, hidden, so that coming back to their tab costs nothing. */
  private listsDrawn = new Set<PanelTab>();
  private columns = memoLast(
    (everyone: ReturnType<typeof everyoneView>, fields: AppSettings['fields']['live'], t: Translate) =>
      everyone.columns.map(({ id, item }): NotificationColumn => {
        const { title, filterCond } = item.notification;
        const { when, condition = filterCond } = notificationWords(item.notification, fields, this.props.language, t);
        return {
          id,
          label: `${t(`kind.${item.kind}`)} #${item.index + 1}${title ? `: ${title}` : ''}`,
          detail: when ? `${when} — ${condition}` : condition,
        };
      }),
  );
  /** The rows that reach the person the lens checks (certainly or depending on the record). */
  private marked = memoLast(
    (items: MatrixItem[], person?: PersonFacts) =>
      new Set(person ? items.filter(({ row }) => reaches(person, row.recipient)).map(({ row }) => row) : []),
  );
  /** What findings call a row: its name or label, else its code. */
  private names = memoLast(
    (items: MatrixItem[]) => new Map(items.map(({ row }) => [row.key, row.displayName ?? row.recipient.code])),
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

  /** Moves to the tab that holds a finding's row or notification, and focuses it there. */
  private show = (key: string) => {
    const kind = key.split(':')[0];
    if (kind === 'perRecord' || kind === 'reminder') this.setView({ tab: kind });
    this.setState({ focusKey: key });
  };

  render({ appId, t, children }: PanelProps, { load, busy, view }: PanelState) {
    const ready = load.phase === 'ready' ? load : undefined;
    const derived = ready && this.derive(ready.settings, ready.directory, view);
    return (
      <div class="knm" aria-busy={busy ? 'true' : undefined}>
        <Header
          t={t}
          appName={ready?.app?.name ?? t('appFallback', { id: appId })}
          revisions={derived?.shown.revisions ?? {}}
          notifyToCommenter={derived?.shown.settings.notifyToCommenter}
          busy={busy}
          onRefresh={this.reload}
        />
        {load.phase === 'loading' && <p class="knm-status">{t('loading')}</p>}
        {load.phase === 'error' && <ErrorView error={load.error} onRetry={this.reload} t={t} />}
        {ready && derived && this.body(ready, derived, view)}
        {children}
      </div>
    );
  }

  /** What the view on screen shows, from the load's parts (each derivation memoised). */
  private derive(settings: AppSettings, directory: Directory, view: ViewState) {
    const { live, preview, fields, processEnabled } = settings;
    const model: PanelModel = this.model(live, preview, fields, processEnabled, directory);
    const pending = model.pending || kindsDiffer(settings);
    const shown = this.shownView(model, settings, view.envView, pending);
    const kinds = this.kinds(settings.perRecord, settings.reminder, fields, directory, shown.envView);
    const everyone = this.everyone(shown.items, kinds.perRecord.items, kinds.reminder.items);
    return { model, pending, shown, kinds, everyone };
  }

  private body(ready: Extract<LoadState, { phase: 'ready' }>, derived: ReturnType<Panel['derive']>, view: ViewState) {
    const { appId, t, language } = this.props;
    const { settings, directory } = ready;
    const { model, pending, shown, kinds, everyone } = derived;
    const { live, preview, fields } = settings;
    const { envView } = shown;
    const envFields = fields[envView === 'live' ? 'live' : 'preview'] ?? fields.live;
    const tab: PanelTab = view.tab;
    const onEveryone = tab === 'everyone';
    const items = onEveryone ? everyone.items : shown.items;
    const arranged = this.arranged(items, view.sort);
    const passing = this.passing(items, view.text, view.type, view.trigger);
    const names = this.names(items);
    const findings = onEveryone
      ? [...shown.findings, ...kinds.perRecord.findings, ...kinds.reminder.findings]
      : shown.findings;
    if (tab === 'perRecord' || tab === 'reminder') this.listsDrawn.add(tab);
    return (
      <>
        {pending && (
          <div class="knm-pending" data-pending="true">
            <p>{t('pending')}</p>
            <EnvSwitch value={envView} onChange={(next) => this.setView({ envView: next })} t={t} />
          </div>
        )}
        <PersonLens
          appId={appId}
          settings={settings}
          directory={directory}
          creator={ready.app?.creator}
          pending={pending}
          inGuestSpace={appPathPrefix() !== '/k/'}
          t={t}
          onPerson={(person) => this.setState({ person })}
        />
        <KindTabs
          value={tab}
          counts={{
            general: shown.items.length,
            perRecord: kinds.perRecord.items?.length,
            reminder: kinds.reminder.items?.length,
            everyone: everyone.items.length,
          }}
          onChange={(next) => this.setView({ tab: next })}
          t={t}
        />
        <div id="knm-tabpanel" role="tabpanel" aria-labelledby={`knm-tab-${tab}`}>
          {(['perRecord', 'reminder'] as const).map(
            (kind) =>
              this.listsDrawn.has(kind) && (
                <div key={kind} hidden={tab !== kind}>
                  <NotificationList
                    view={kinds[kind]}
                    fields={envFields}
                    language={language}
                    t={t}
                    onShowItem={this.show}
                    onRetry={this.reload}
                  />
                </div>
              ),
          )}
          {(tab === 'general' || onEveryone) && (
            <MatrixView
              t={t}
              view={view}
              onView={this.setView}
              arranged={arranged}
              passing={passing}
              marked={this.marked(items, this.state.person)}
              findings={findings}
              nameOf={(key) => names.get(key) ?? key}
              onShow={this.show}
              columns={onEveryone ? this.columns(everyone, envFields, t) : undefined}
              processEnabled={shown.processEnabled}
              diff={
                !onEveryone && envView === 'diff' && model.diff && preview
                  ? { diff: model.diff, live, preview }
                  : undefined
              }
              exportName={`notifications-app${appId}-${tab}-${envView}`}
              withChanges={!onEveryone && envView === 'diff'}
            />
          )}
        </div>
      </>
    );
  }
}
