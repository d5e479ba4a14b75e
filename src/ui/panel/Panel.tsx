import './base.css';
import { Component, type ComponentChildren } from 'preact';
import { NO_FILTER, type PanelTab, type ViewState } from '../../model/view';
import type { Directory, MatrixItem, Target } from '../../model/types';
import { loadDirectory } from '../../api/load';
import type { Language, Translate } from '../../i18n';
import { PanelLoader, type LoadState } from './panel-loader';
import type { SettingsWave } from '../../api/load';
import { readView, writeView } from './view-storage';
import { memoLast } from '../memo';
import { matrixMemos } from '../matrix/matrix-memos';
import { Header } from './Header';
import { ErrorView } from './ErrorView';
import { EnvSwitch } from './EnvSwitch';
import { KindTabs } from '../matrix/KindTabs';
import { LensBar } from '../lenses/LensBar';
import type { PersonFacts } from '../../model/person';
import { MatrixView } from '../matrix/MatrixView';
import { PanelDerivation } from './panel-derive';
import { NotificationList } from '../matrix/NotificationList';
import { ExportButtons } from '../matrix/ExportButtons';
import { FilterBar } from '../matrix/FilterBar';
import { exportTable, listTable } from '../matrix/export-table';
import { EditSession, type EditState } from '../edit/edit-session';
import { clickedEdit, editedSettings, editKey, mergeNames, readBodies } from '../edit/edit-view';
import { applyEdits, changedKinds, stamped, type Bodies, type Edit } from '../../model/edit';
import { EditTools } from '../edit/EditTools';
import { UpdateApp } from '../edit/UpdateApp';

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
  /** A big matrix is still placing its rows after a tab switch (see Matrix): the panel is busy meanwhile. */
  filling?: boolean;
  view: ViewState;
  /** A row or notification a finding asked to show; focused once it is drawn. */
  focusKey?: string;
  edit: EditState;
  /** The recipient being replaced everywhere (its key), while the replace flow is open. */
  replacing?: string;
  /** Names of recipients added while editing, looked up as they are added (see onEdit). */
  added: Directory;
}

/** The row with this key among the items, if any. */
const rowOf = (items: MatrixItem[], key: string) => items.find(({ row }) => row.key === key)?.row;

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

  // Declared before the edit session, which is handed it: class fields are set in order.
  private reload = () => {
    this.loader.reload().catch(() => undefined);
  };

  private edit = new EditSession(this.props.appId, (edit) => this.setState({ edit }), this.reload);

  state: PanelState = {
    load: { phase: 'loading' },
    busy: true,
    view: readView(this.props.appId),
    edit: this.edit.state,
    added: {},
  };
  private directory = memoLast(mergeNames);

  // Edit mode: the pre-live answers as read, the same with the edits applied, and the settings shown.
  private read = memoLast(readBodies);
  private draft = memoLast(applyEdits);
  private edited = memoLast(editedSettings);
  private changed = memoLast(changedKinds);

  private derivation = new PanelDerivation();
  /** Lists already drawn stay in the page, hidden, so that coming back to their tab costs nothing. */
  private listsDrawn = new Set<PanelTab>();
  /** General's and Everyone's derived rows, apart (see matrix-memos.ts). */
  private matrices = { general: matrixMemos(), everyone: matrixMemos() };

  // Before the first render rather than after it: the request wave leaves as early as it can.
  componentWillMount() {
    this.reload();
  }

  componentWillUnmount() {
    this.loader.dispose();
    this.edit.dispose();
  }

  componentDidUpdate() {
    if (this.toggled) {
      const { key, trigger } = this.toggled;
      this.toggled = undefined;
      document.getElementById(`knm-row-${key}`)?.querySelector<HTMLElement>(`[data-trigger="${trigger}"]`)?.focus();
    }
    const { focusKey } = this.state;
    if (!focusKey) return;
    const element = document.getElementById(`knm-row-${focusKey}`);
    // Not placed yet: the end of the fill updates the panel again.
    if (!element && this.state.filling) return;
    if (element?.hidden) {
      // The row is filtered out: clear the filter, and focus it on the next update.
      this.setView(NO_FILTER);
      return;
    }
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
    this.setState({ focusKey: undefined });
  }

  /** A matrix was drawn before: a later one (a tab switch, a return to it) may fill over frames. */
  private drawn = false;

  private onFilling = (filling: boolean) =>
    this.setState(({ filling: was }) => (filling === Boolean(was) ? null : { filling }));

  private setView = (patch: Partial<ViewState>) => {
    this.setState(({ view }) => {
      const next = { ...view, ...patch };
      writeView(this.props.appId, next);
      return { view: next };
    });
  };

  /** The pre-live answers as edited, as on screen: an edit of a notification is stamped with it (see stamped). */
  private shownDraft: Bodies = {};

  /** Adds an edit; a user, group or department it brings in is looked up, so its name shows (or that it does not exist). */
  private onEdit = (edit: Edit) => {
    this.edit.add(stamped(edit, this.shownDraft));
    let added: Target | undefined;
    if (edit.op === 'add') added = edit.target;
    if (edit.op === 'replace') added = edit.by;
    if (added && added.type !== 'FIELD_ENTITY')
      loadDirectory([], [added]).then((found) =>
        this.setState(({ added: known }) => ({ added: mergeNames(known, found) })),
      );
  };

  /** The trigger cell just toggled: its row is rebuilt, so focus moves to the new one (see componentDidUpdate). */
  private toggled?: { key: string; trigger: string };

  private onEditClick(target: Element) {
    const edit = clickedEdit(target);
    if (edit?.op === 'pick') this.setState({ replacing: edit.key });
    else if (edit) {
      if (edit.op === 'trigger' && target === document.activeElement) this.toggled = edit;
      this.onEdit(edit);
    }
  }

  /** Moves to the tab that holds a finding's row or notification, and focuses it there. */
  private show = (key: string) => {
    const kind = key.split(':')[0];
    if (kind === 'perRecord' || kind === 'reminder') this.setView({ tab: kind });
    this.setState({ focusKey: key });
  };

  /**
   * What the panel shows of a load: the pre-live answers as read and as edited (both the same object when
   * nothing is edited), the settings shown (edited, in edit mode), the names, and what is derived from them.
   */
  private derive(ready: Extract<LoadState, { phase: 'ready' }>, view: ViewState) {
    const { edit, added } = this.state;
    const loaded = ready.settings;
    const read = this.read(loaded.preview, loaded.perRecord.preview, loaded.reminder.preview);
    const draft = this.draft(read, edit.edits);
    const settings = edit.editing ? this.edited(loaded, read, draft) : loaded;
    const directory = this.directory(ready.directory, added);
    return { ...this.derivation.derive(settings, directory, view), settings, directory, read, draft, app: ready.app };
  }

  render({ appId, t, children }: PanelProps, { load, busy, view, filling }: PanelState) {
    const ready = load.phase === 'ready' ? load : undefined;
    const derived = ready && this.derive(ready, view);
    return (
      <div class="knm" aria-busy={busy || filling ? 'true' : undefined}>
        <Header
          t={t}
          appName={ready?.app?.name ?? t('appFallback', { id: appId })}
          revisions={derived?.shown.revisions ?? {}}
          notifyToCommenter={derived?.shown.settings.notifyToCommenter}
          busy={busy}
          onRefresh={this.reload}
        >
          {/* Edit, the only way into edit mode: offered once the pre-live general settings were read. */}
          {derived?.read.general && !this.state.edit.editing && (
            <button
              type="button"
              class="knm-button"
              data-action="edit"
              onClick={() => {
                this.edit.set({ editing: true });
                if (derived.shown.envView === 'live') this.setView({ envView: 'preview' });
              }}
            >
              {t('edit')}
            </button>
          )}
        </Header>
        {load.phase === 'loading' && <p class="knm-status">{t('loading')}</p>}
        {load.phase === 'error' && <ErrorView error={load.error} onRetry={this.reload} t={t} />}
        {derived && this.body(derived, view)}
        {children}
      </div>
    );
  }

  private body(derived: ReturnType<Panel['derive']>, view: ViewState) {
    const { appId, t, language } = this.props;
    const { model, pending, shown, kinds, everyone, settings, directory, read, draft, app } = derived;
    const { live, preview, fields } = settings;
    const { envView } = shown;
    const fillLater = this.drawn;
    this.drawn = true;
    const previewFields = fields.preview ?? fields.live;
    const envFields = envView === 'live' ? fields.live : previewFields;
    const tab: PanelTab = view.tab;
    const onEveryone = tab === 'everyone';
    const items = onEveryone ? everyone.items : shown.items;
    const memos = this.matrices[onEveryone ? 'everyone' : 'general'];
    const arranged = memos.arranged(items, view.sort);
    const passing = memos.passing(items, view.text, view.type, view.trigger);
    const columns = onEveryone ? this.derivation.columns(everyone, envFields, language, t) : undefined;
    const findings = onEveryone
      ? [...shown.findings, ...kinds.perRecord.findings, ...kinds.reminder.findings]
      : shown.findings;
    const onList = tab === 'perRecord' || tab === 'reminder';
    if (onList) this.listsDrawn.add(tab);
    const exportName = `notifications-app${appId}-${tab}-${envView}`;
    const { edit, replacing } = this.state;
    // Controls show on what edits change: the pre-live settings and the Differences view, never on live
    // settings that differ from them (with nothing pending, the two are the same).
    const editing = edit.editing && (envView !== 'live' || !pending);
    const changed = this.changed(read, draft);
    this.shownDraft = draft;
    return (
      <>
        <EditTools
          language={language}
          t={t}
          session={this.edit}
          edit={edit}
          read={read}
          draft={draft}
          changed={changed}
          editing={editing}
          onGeneral={tab === 'general'}
          replacing={
            replacing
              ? {
                  key: replacing,
                  name: rowOf(everyone.items, replacing)?.displayName ?? replacing,
                }
              : undefined
          }
          fields={previewFields}
          onEdit={this.onEdit}
          onWritten={() => this.setView({ envView: 'diff' })}
          onReplaceEnd={() => this.setState({ replacing: undefined })}
        />
        {pending && (
          <div class="knm-pending" data-pending="true">
            <p>{t('pending')}</p>
            <EnvSwitch value={envView} onChange={(next) => this.setView({ envView: next })} t={t} />
            {edit.editing && (
              <UpdateApp
                t={t}
                disabled={Boolean(edit.writing || changed.length)}
                onDeploy={() => this.edit.deploy(preview?.revision ?? live.revision)}
              />
            )}
          </div>
        )}
        <LensBar
          appId={appId}
          settings={settings}
          directory={directory}
          fields={fields.live}
          creator={app?.creator}
          pending={pending}
          t={t}
          language={language}
          onPerson={(person) => this.setState({ person })}
          onWritten={this.reload}
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
        >
          {onList && kinds[tab].items && (
            <ExportButtons
              table={() => listTable(kinds[tab].items ?? [], envFields, language, t, envView === 'diff')}
              name={exportName}
              t={t}
            />
          )}
          {!onList && arranged.length > 0 && (
            <FilterBar
              t={t}
              view={view}
              onView={this.setView}
              // `passing` holds exactly the rows that pass: its size is the count, without a walk per render.
              shown={passing.size}
              total={arranged.length}
              exportTable={() =>
                exportTable(
                  arranged.filter(({ row }) => passing.has(row)),
                  t,
                  !onEveryone && envView === 'diff',
                  columns,
                )
              }
              exportName={exportName}
            />
          )}
        </KindTabs>
        {/* In edit mode one handler serves every cell and button inside (see edit-view.ts); the cells are
            focusable and the controls are buttons, so keyboards reach them all. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- delegation, see above */}
        <div
          id="knm-tabpanel"
          role="tabpanel"
          aria-labelledby={`knm-tab-${tab}`}
          onClick={editing ? (e) => this.onEditClick(e.target as Element) : undefined}
          onKeyDown={
            editing
              ? (e) => {
                  if (!editKey(e)) return;
                  e.preventDefault();
                  this.onEditClick(e.target as Element);
                }
              : undefined
          }
        >
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
                    editing={editing && Boolean(read[kind])}
                    onEdit={this.onEdit}
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
              marked={memos.marked(items, this.state.person)}
              totals={memos.totals(passing, columns)}
              findings={findings}
              nameOf={(key) => {
                // What findings call a row: its name or label, else its code (a few per finding, on demand).
                const row = rowOf(items, key);
                return row?.displayName ?? row?.recipient.code ?? key;
              }}
              onShow={this.show}
              columns={columns}
              processEnabled={shown.processEnabled}
              diff={
                !onEveryone && envView === 'diff' && model.diff && preview
                  ? { diff: model.diff, live, preview }
                  : undefined
              }
              onFilling={fillLater ? this.onFilling : undefined}
              editing={editing}
            />
          )}
        </div>
      </>
    );
  }
}
