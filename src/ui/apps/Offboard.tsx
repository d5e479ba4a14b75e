import { Component } from 'preact';
import type { AppRow } from '../../model/apps';
import type { MessageKey, Translate } from '../../i18n';
import { UpdateApp } from '../edit/UpdateApp';
import { deployOffboard, planOffboard, saveOffboard, type Planned } from './offboard';
import { placeLabel } from '../line-label';

interface OffboardProps {
  t: Translate;
  /** The person's login name. */
  person: string;
  /** The apps ticked among those naming the person directly (the only ones a replacement can change). */
  rows: AppRow[];
  /** After Save or Update App. */
  onWritten: () => void;
}

interface OffboardState {
  by: string;
  plans?: Planned[];
  busy?: boolean;
}

/**
 * Offboarding a person across apps: replace them by someone (or remove them) in the pre-live settings of the
 * apps ticked in the table. Preview reads each app's pre-live settings and lists every place; Save writes them;
 * Update App, confirmed, deploys each saved app. Each app's result is its own line.
 */
export class Offboard extends Component<OffboardProps, OffboardState> {
  state: OffboardState = { by: '' };

  private async step(work: Promise<Planned[]>) {
    this.setState({ busy: true });
    this.setState({ plans: await work, busy: false });
    this.props.onWritten();
  }

  /** Reads and plans the apps ticked; apps saved already keep their plan, for Update App. */
  private preview = async () => {
    const saved = new Map(this.state.plans?.filter((plan) => plan.revision).map((plan) => [plan.row.id, plan]));
    this.setState({ busy: true });
    const fresh = await planOffboard(
      this.props.rows.filter((row) => !saved.has(row.id)),
      `USER:${this.props.person}`,
    );
    // planOffboard answers in the order it was given.
    let next = 0;
    this.setState({ plans: this.props.rows.map((row) => saved.get(row.id) ?? fresh[next++]), busy: false });
  };

  render({ t, person }: OffboardProps, { by, plans, busy }: OffboardState) {
    const code = by.trim();
    const edit = {
      op: 'replace' as const,
      key: `USER:${person}`,
      by: code ? { type: 'USER', code, includeSubs: false } : undefined,
    };
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
        {plans && (
          <>
            <ul class="knm-lens-lines">
              {plans.map(({ row, places, error, outcome }) => (
                <li key={row.id} data-app-id={row.id} data-places={places.length} data-write-result={outcome}>
                  <span class="knm-lens-what">{row.name || row.id}</span>
                  {': '}
                  {places.length
                    ? places.map((place) => placeLabel(place, t)).join(', ')
                    : !error && t('offboardNowhere')}
                  {outcome && ` — ${t(`offboard.${outcome}` as MessageKey)}`}
                  {error && ` (${error})`}
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="knm-button knm-primary"
              data-action="save"
              disabled={busy}
              onClick={() => this.step(saveOffboard(plans, edit))}
            >
              {t(code ? 'offboardReplace' : 'offboardRemove', { by: code })}
            </button>{' '}
            <UpdateApp
              t={t}
              disabled={Boolean(busy) || !plans.some((plan) => plan.outcome === 'saved')}
              onDeploy={() => this.step(deployOffboard(plans))}
            />
          </>
        )}
      </section>
    );
  }
}
