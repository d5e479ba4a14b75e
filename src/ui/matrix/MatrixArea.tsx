import { cloneElement, Component, type VNode } from 'preact';
import type { PanelTab, ViewState } from '../../model/view';
import type { AppSettings, MatrixItem } from '../../model/types';
import type { Language, Translate } from '../../i18n';
import type { PersonFacts } from '../../model/person';
import type { Bodies, Edit } from '../../model/edit';
import type { PanelDerivation } from '../panel/panel-derive';
import { editKey } from '../edit/edit-view';
import { matrixMemos } from './matrix-memos';
import { KindTabs } from './KindTabs';
import { MatrixView } from './MatrixView';
import { FILL_AT_ONCE } from './Rows';
import { NotificationList } from './NotificationList';
import { ExportButtons } from './ExportButtons';
import { FilterBar } from './FilterBar';
import { exportTable, listTable } from './export-table';

/** What the panel derived of a load, with the settings it shows and the pre-live answers as read. */
type Derived = ReturnType<PanelDerivation['derive']> & { settings: AppSettings; read: Bodies };

interface MatrixAreaProps {
  appId: string;
  t: Translate;
  language: Language;
  view: ViewState;
  onView: (patch: Partial<ViewState>) => void;
  derivation: PanelDerivation;
  derived: Derived;
  /** The person the lens checks, whose rows the matrices highlight. */
  person?: PersonFacts;
  editing: boolean;
  onEdit: (edit: Edit) => void;
  /** A click or key on a cell or button in edit mode (see edit-view.ts). */
  onEditTarget: (target: Element) => void;
  /** Moves to the row or notification a finding names. */
  onShow: (key: string) => void;
  onRetry: () => void;
  onFilling: (filling: boolean) => void;
}

/** What a finding or Replace everywhere calls a row: its name or label, else its code. */
export const nameIn = (items: MatrixItem[], key: string) => {
  const row = items.find((item) => item.row.key === key)?.row;
  return row?.displayName ?? row?.recipient.code ?? key;
};

type MatrixKind = 'general' | 'everyone';

/**
 * The kinds' tabs and what each shows: the General and Everyone matrices, the per-record and reminder lists, with
 * their filter and export. Each matrix keeps its own memos (see matrix-memos.ts); a list drawn once stays in the
 * page, hidden, so that coming back to its tab costs nothing. A big matrix left for another tab is hidden at once
 * and leaves the page over the next frames (Rows' `leaving`), while the panel says it is busy: taken out at once,
 * Everyone's rows alone cost the switch's frame ~45 ms.
 */
export class MatrixArea extends Component<MatrixAreaProps> {
  private listsDrawn = new Set<PanelTab>();
  private matrices = { general: matrixMemos(), everyone: matrixMemos() };
  /** A matrix was drawn before: a later one (a tab switch, a return to it) may fill over frames. */
  private drawn = false;
  /** The matrix on screen, the last view drawn of each, those still leaving, and those placing or taking out rows. */
  private shownMatrix?: MatrixKind;
  private views: Partial<Record<MatrixKind, VNode<{ arranged: MatrixItem[] }>>> = {};
  private leaving = new Set<MatrixKind>();
  private filling = new Set<MatrixKind>();

  private fillingOf = (kind: MatrixKind) => (filling: boolean) => {
    this.filling[filling ? 'add' : 'delete'](kind);
    this.props.onFilling(this.filling.size > 0);
  };

  private left(kind: MatrixKind) {
    this.leaving.delete(kind);
    this.forceUpdate();
  }

  render(props: MatrixAreaProps) {
    const { appId, t, language, view, onView, derived, editing } = props;
    const { model, shown, kinds, everyone, settings } = derived;
    const { live, preview, fields } = settings;
    const { envView } = shown;
    const fillLater = this.drawn;
    this.drawn = true;
    const envFields = envView === 'live' ? fields.live : (fields.preview ?? fields.live);
    const tab = view.tab;
    const onEveryone = tab === 'everyone';
    const items = onEveryone ? everyone.items : shown.items;
    const memos = this.matrices[onEveryone ? 'everyone' : 'general'];
    const arranged = memos.arranged(items, view.sort);
    const passing = memos.passing(items, view.text, view.type, view.trigger);
    const columns = onEveryone ? props.derivation.columns(everyone, envFields, language, t) : undefined;
    const findings = onEveryone
      ? [...shown.findings, ...kinds.perRecord.findings, ...kinds.reminder.findings]
      : shown.findings;
    const onList = tab === 'perRecord' || tab === 'reminder';
    if (onList) this.listsDrawn.add(tab);
    const matrixKind = onList ? undefined : tab;
    const before = this.shownMatrix;
    if (before && before !== matrixKind && (this.views[before]?.props.arranged.length ?? 0) > FILL_AT_ONCE)
      this.leaving.add(before);
    if (matrixKind) this.leaving.delete(matrixKind);
    this.shownMatrix = matrixKind;
    const exportName = `notifications-app${appId}-${tab}-${envView}`;
    const matrix = matrixKind && (
      <MatrixView
        t={t}
        view={view}
        onView={onView}
        arranged={arranged}
        passing={passing}
        marked={memos.marked(items, props.person)}
        totals={memos.totals(passing, columns)}
        findings={findings}
        nameOf={(key) => nameIn(items, key)}
        onShow={props.onShow}
        columns={columns}
        processEnabled={shown.processEnabled}
        diff={
          !onEveryone && envView === 'diff' && model.diff && preview ? { diff: model.diff, live, preview } : undefined
        }
        onFilling={fillLater ? this.fillingOf(matrixKind) : undefined}
        editing={editing}
      />
    );
    // Kept to draw it while it leaves, once another tab is chosen.
    if (matrixKind) this.views[matrixKind] = matrix;
    const onTarget = (event: Event) => props.onEditTarget(event.target as Element);
    return (
      <>
        <KindTabs
          value={tab}
          counts={{
            general: shown.items.length,
            perRecord: kinds.perRecord.items?.length,
            reminder: kinds.reminder.items?.length,
            everyone: everyone.items.length,
          }}
          onChange={(next) => onView({ tab: next })}
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
              onView={onView}
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
          onClick={editing ? onTarget : undefined}
          onKeyDown={
            editing
              ? (e) => {
                  if (!editKey(e)) return;
                  e.preventDefault();
                  onTarget(e);
                }
              : undefined
          }
        >
          {(['perRecord', 'reminder'] as const).map(
            (kind) =>
              this.listsDrawn.has(kind) && (
                <div key={kind} class={tab === kind ? undefined : 'knm-parked'}>
                  <NotificationList
                    view={kinds[kind]}
                    fields={envFields}
                    language={language}
                    t={t}
                    onShowItem={props.onShow}
                    onRetry={props.onRetry}
                    // A kind can be edited once its pre-live answer was read.
                    editing={editing && Boolean(derived.read[kind])}
                    onEdit={props.onEdit}
                  />
                </div>
              ),
          )}
          {/* The matrix shown first, then those leaving: one keyed list, so that a matrix left keeps its elements. */}
          {[...(matrixKind ? [matrixKind] : []), ...this.leaving].map((kind) =>
            kind === matrixKind ? (
              <div key={kind}>{matrix}</div>
            ) : (
              // Not drawn, no room taken, not focusable nor read (content-visibility, Matrix.css) until its rows are gone.
              <div key={kind} class="knm-leaving">
                {cloneElement(this.views[kind] as VNode, {
                  leaving: true,
                  onLeft: () => this.left(kind),
                  onFilling: this.fillingOf(kind),
                })}
              </div>
            ),
          )}
        </div>
      </>
    );
  }
}
