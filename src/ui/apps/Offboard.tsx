import { Component } from 'preact';
import type { AppRow } from '../../model/apps';
import type { Language, MessageKey, Translate } from '../../i18n';
import { UpdateApp } from '../edit/UpdateApp';
import { deployOffboard, planOffboard, saveOffboard, type Handover, type Planned } from './offboard';
import { placeLabel } from '../line-label';
import { userProblem } from '../../api/person';
import { toApiError } from '../../api/errors';

interface OffboardProps {
  t: Translate;
  language: Language;
  /** The person's login name. */
  person: string;
  /** The apps ticked now, among those naming the person: the only ones Save writes. */
  rows: AppRow[];
  /** The apps unticked: Update App leaves them out too, saved or not. */
  skipped: Set<string>;
  /** After Save or Update App, with the apps written: their rows are read again. */
  onWritten: (ids: string[]) => void;
}

interface OffboardState {
  by: string;
  /** Each app's plan and outcome, by app id: a preview's answers land on their own app, whatever changed since. */
  plans: Record<string, Planned | undefined>;
  busy?: boolean;
  /** Why Save wrote nothing: the replacement is not an active user, or could not be looked up. */
  refused?: string;
}

/**
 * Offboarding a person across apps: replace them by someone (or remove them) in the pre-live settings of the
 * apps ticked in the table. Preview reads each app's pre-live settings and lists every place; Save writes the
 * apps ticked at that moment; Update App, confirmed, deploys each of them saved. Each app's result is its line.
 */
export class Offboard extends Component<OffboardProps, OffboardState> {
  state: OffboardState = { by: '', plans: {} };

  private handover(): Handover {
    const code = this.state.by.trim();
    return { key: `USER:${this.props.person}`, by: code ? { type: 'USER', code, includeSubs: false } : undefined };
  }

  /** Runs one step; with `written`, the apps whose outcome starts with it are told to the view, which reads them again. */
  private async step(work: () => Promise<Planned[]>, written?: 'saved' | 'deploy') {
    this.setState({ busy: true, refused: undefined });
    const done = await work();
    this.setState(({ plans }) => ({
      busy: false,
      plans: { ...plans, ...Object.fromEntries(done.map((p) => [p.row.id, p])) },
    }));
    if (written) this.props.onWritten(done.filter((p) => p.outcome?.startsWith(written)).map((p) => p.row.id));
  }

  /** Reads and plans the apps ticked that are not saved yet; saved apps keep their plan, for Update App. */
  private preview = () =>
    this.step(() =>
      planOffboard(
        this.props.rows.filter((row) => !this.state.plans[row.id]?.revision),
        this.handover(),
      ),
    );

  private save = async () => {
    const { t, rows } = this.props;
    const handover = this.handover();
    const by = handover.by?.code;
    // Looked up once, before any app is written: kintone would take a stopped user, and refuse an unknown one
    // app by app.
    const why =
      by &&
      (await userProblem(by).then(
        (flag) => flag && t(`flag.${flag}`),
        (raw) => toApiError(raw).code,
      ));
    if (why) this.setState({ refused: t('offboardRefused', { by, why }) });
    else await this.step(() => saveOffboard(rows, this.state.plans, handover), 'saved');
  };

  /**
   * Update App for the apps saved here and not unticked since: also those that no longer name the person once
   * read again (a condition rewritten in pre-live still names them live until deployed).
   */
  private deploy = () =>
    this.step(
      () =>
        deployOffboard(
          Object.values(this.state.plans).flatMap((plan) => (plan && !this.props.skipped.has(plan.row.id) ? plan : [])),
        ),
      'deploy',
    );

  render({ t, language, person, rows }: OffboardProps, { by, plans, busy, refused }: OffboardState) {
    const ticked = new Set(rows.map((row) => row.id));
    // The apps ticked, then those planned that are not (unticked, filtered out, or no longer naming the person).
    const lines = [
      ...rows,
      ...Object.values(plans).flatMap((plan) => (plan && !ticked.has(plan.row.id) ? plan.row : [])),
    ];
    const code = by.trim();
    return (
      <section class="knm-offboard">
        <h4>{t('offboardTitle', { person })}</h4>
        <label class="knm-field">
          <span>{t('offboardBy')}</span>
          <input data-offboard-by value={by} onInput={(event) => this.setState({ by: event.currentTarget.value })} />
        </label>
        <button type="button" class="knm-button" data-action="offboard-preview" disabled={busy} onClick={this.preview}>
          {t('offboardPreview')}
        </button>
        <ul class="knm-lens-lines">
          {lines.map((row) => {
            const plan = plans[row.id];
            const outcome = plan?.outcome ?? (ticked.has(row.id) ? undefined : 'skipped');
            const places = plan?.places;
            return (
              <li key={row.id} data-app-id={row.id} data-places={places?.length} data-write-result={outcome}>
                <span class="knm-lens-what">{row.name || row.id}</span>
                {places && ': '}
                {places?.length
                  ? places.map((place) => placeLabel(place, t, language)).join(', ')
                  : plan && !plan.error && t('offboardNowhere')}
                {outcome && ` — ${t(`offboard.${outcome}` as MessageKey)}`}
                {plan?.error && ` (${plan.error})`}
              </li>
            );
          })}
        </ul>
        {refused && (
          <p class="knm-offboard-refused" data-offboard-refused>
            {refused}
          </p>
        )}
        <button
          type="button"
          class="knm-button knm-primary"
          data-action="save"
          disabled={busy || !rows.length}
          onClick={this.save}
        >
          {t(code ? 'offboardReplace' : 'offboardRemove', { by: code })}
        </button>{' '}
        <UpdateApp
          t={t}
          disabled={Boolean(busy) || !Object.values(plans).some((plan) => plan?.outcome === 'saved')}
          onDeploy={this.deploy}
        />
      </section>
    );
  }
}
