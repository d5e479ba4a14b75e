import './base.css';
import { Component, type ComponentChildren } from 'preact';
import { NO_FILTER, type EnvView, type ViewState } from '../../model/view';
import type { Directory } from '../../model/types';
import { loadDirectory, type SettingsWave } from '../../api/load';
import type { Language, Translate } from '../../i18n';
import { PanelLoader, type LoadState } from './panel-loader';
import { readView, writeView } from './view-storage';
import { Header } from './Header';
import { ErrorView } from './ErrorView';
import { PendingBar } from './PendingBar';
import { focusRow, focusTrigger, tabShowing } from './focus';
import { LensBar } from '../lenses/LensBar';
import { MatrixArea, nameIn } from '../matrix/MatrixArea';
import type { PersonFacts } from '../../model/person';
import { PanelDerivation } from './panel-derive';
import { EditSession, type EditState } from '../edit/edit-session';
import { addedBy, clickedEdit, EditedView, mergeNames } from '../edit/edit-view';
import { stamped, type Bodies, type Edit } from '../../model/edit';
import { EditTools } from '../edit/EditTools';
import { EditButton } from '../edit/EditButton';

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
  private edited = new EditedView();
  private derivation = new PanelDerivation();

  // Before the first render rather than after it: the request wave leaves as early as it can.
  componentWillMount() {
    this.reload();
  }

  componentWillUnmount() {
    this.loader.dispose();
    this.edit.dispose();
  }

  componentDidUpdate() {
    if (this.toggled) focusTrigger(this.toggled);
    this.toggled = undefined;
    const { focusKey, filling } = this.state;
    const focused = focusKey && focusRow(focusKey, Boolean(filling));
    if (focused === 'filtered') this.setView(NO_FILTER);
    if (focused === 'done') this.setState({ focusKey: undefined });
  }

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
    const added = addedBy(edit);
    if (added)
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

  /** Edit mode shows the pre-live settings, or the Differences, never live settings that differ from them. */
  private startEditing(envView: EnvView) {
    this.edit.set({ editing: true });
    if (envView === 'live') this.setView({ envView: 'preview' });
  }

  /** Moves to the tab that holds a finding's row or notification, and focuses it there. */
  private show = (key: string) => {
    this.setView({ tab: tabShowing(key, this.state.view.tab) });
    this.setState({ focusKey: key });
  };

  /** What the panel shows of a load: in edit mode, the settings as edited (see EditedView), and what is derived. */
  private derive(ready: Extract<LoadState, { phase: 'ready' }>, view: ViewState) {
    const { edit, added } = this.state;
    const shown = this.edited.derive(ready.settings, ready.directory, edit, added);
    return { ...this.derivation.derive(shown.settings, shown.directory, view), ...shown, app: ready.app };
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
          {derived?.read.general && !this.state.edit.editing && (
            <EditButton t={t} onClick={() => this.startEditing(derived.shown.envView)} />
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
    const { pending, shown, everyone, settings, directory, read, draft, app } = derived;
    const { live, preview, fields } = settings;
    const { edit, replacing } = this.state;
    // Controls show on what edits change: the pre-live settings and the Differences view, never on live
    // settings that differ from them (with nothing pending, the two are the same).
    const editing = edit.editing && (shown.envView !== 'live' || !pending);
    const changed = this.edited.changed(read, draft);
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
          onGeneral={view.tab === 'general'}
          replacing={replacing ? { key: replacing, name: nameIn(everyone.items, replacing) } : undefined}
          fields={fields.preview ?? fields.live}
          onEdit={this.onEdit}
          onWritten={() => this.setView({ envView: 'diff' })}
          onReplaceEnd={() => this.setState({ replacing: undefined })}
        />
        {pending && (
          <PendingBar
            envView={shown.envView}
            onEnvView={(next) => this.setView({ envView: next })}
            editing={edit.editing}
            deployBlocked={Boolean(edit.writing || changed.length)}
            onDeploy={() => this.edit.deploy(preview?.revision ?? live.revision)}
            t={t}
          />
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
          person={this.state.person}
          onPerson={(person) => this.setState({ person })}
          onShow={this.show}
          onWritten={this.reload}
        />
        <MatrixArea
          appId={appId}
          t={t}
          language={language}
          view={view}
          onView={this.setView}
          derivation={this.derivation}
          derived={derived}
          person={this.state.person}
          editing={editing}
          onEdit={this.onEdit}
          onEditTarget={(target) => this.onEditClick(target)}
          onShow={this.show}
          onRetry={this.reload}
          onFilling={this.onFilling}
        />
      </>
    );
  }
}
