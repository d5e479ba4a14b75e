import { Component } from 'preact';
import { listApps, requestQueue, type AppEntry } from '../../api/apps';
import { loadPersonFacts } from '../../api/person';
import { toApiError, type ApiError } from '../../api/errors';
import { ErrorView } from '../panel/ErrorView';
import { arrangeApps, offerOf, reachIn, type AppColumn, type AppRow } from '../../model/apps';
import type { PersonFacts } from '../../model/person';
import type { Language, MessageKey, Translate } from '../../i18n';
import { LensAnswer, LensForm } from '../lenses/Lenses';
import { ExportButtons } from '../matrix/ExportButtons';
import { AppsTable, cell, COLUMNS } from './AppsTable';
import type { Sort } from '../../model/view';
import { keep, scanApps, scanTime, storedScan, type AppsResult } from './apps-scan';
import { Offboard } from './Offboard';
import './AllApps.css';
import { lineLabel } from '../line-label';
import { memoLast } from '../memo';

/** Reads per app a scan costs (see api/apps.ts scanApp). */
const READS = 8;

interface AllAppsState {
  open?: boolean;
  apps?: AppEntry[];
  /** The app list could not be read. */
  listError?: ApiError;
  /** Apps read so far, while a scan runs. */
  done?: number;
  /** The scan's share of the domain's concurrent requests (6 unless the domain is crowded). */
  share?: number;
  result?: AppsResult;
  text: string;
  /** null: kintone's order. */
  sort: Sort<AppColumn> | null;
  input: string;
  person?: PersonFacts;
  checking?: boolean;
  /** The offboarding wrote: it stays on screen with its results when no app names the person any more. */
  wrote?: boolean;
  /** Apps offered for the person's offboarding that the administrator unticked: left out of it. */
  skipped: Set<string>;
}

interface AllAppsProps {
  t: Translate;
  language: Language;
  /** After an offboarding wrote: this page's app may be among those written. */
  onWritten: () => void;
}

/**
 * Every app the administrator can see, in one table: opened from the lens toolbar, it reads the app list only,
 * says what a scan costs, and scans on Scan. Then a person across all apps, and their offboarding.
 */
export class AllApps extends Component<AllAppsProps, AllAppsState> {
  state: AllAppsState = { result: storedScan(), text: '', input: '', skipped: new Set(), sort: null };
  /** The running scan's queue: Cancel cancels it. */
  private scan?: ReturnType<typeof requestQueue>;
  private parents = new Map<string, string | null>();
  // Kept between renders: a scan's progress and typing in the inputs redraw the view, but change neither.
  private arranged = memoLast(arrangeApps);
  /**
   * How the person is reached in each app and in which notifications ("Record added, Per-record #1 …"), and the
   * apps offered for their offboarding (named directly live, in pre-live only, or in a condition only).
   */
  private reaches = memoLast((rows: AppRow[], person: PersonFacts | undefined, t: Translate) => {
    const reaches = new Map(
      rows.map((row) => {
        const reach = person && reachIn(person, row);
        const text = reach?.lines.map((line) => lineLabel(line, t)).join(', ');
        return [row, reach && { ...reach, text, offer: offerOf(person, row, reach) }];
      }),
    );
    return { reaches, offered: rows.filter((row) => reaches.get(row)?.offer) };
  });

  private open = () => {
    this.setState({ open: true });
    if (!this.state.apps)
      listApps().then(
        (apps) => this.setState({ apps }),
        (raw: unknown) => this.setState({ listError: toApiError(raw) }),
      );
  };

  private start = async () => {
    const { apps: listed, result: before } = this.state;
    if (!listed || this.scan) return;
    const queue = requestQueue((share) => this.setState({ share }));
    this.scan = queue;
    this.setState({ done: 0 });
    // A rescan reads the list again (a request per 100 apps, counted against no app): apps made since are in.
    const apps = before ? await listApps().catch(() => listed) : listed;
    this.setState({ apps });
    const rows = await scanApps(apps, queue, (done) => this.setState({ done }), before);
    this.scan = undefined;
    this.setState({ result: keep({ at: Date.now(), rows }), done: undefined, share: undefined });
  };

  /** After an offboarding wrote: the apps it wrote are read again, so the table shows what they name now. */
  private reread = async (ids: string[]) => {
    const apps = this.state.result?.rows.filter((row) => ids.includes(row.id));
    if (!apps?.length) return;
    this.setState({ wrote: true });
    this.props.onWritten();
    const fresh = await scanApps(apps, requestQueue(), () => undefined);
    this.setState(({ result }) => ({
      result: result && keep({ ...result, rows: result.rows.map((row) => fresh.find((f) => f.id === row.id) ?? row) }),
    }));
  };

  private check = async () => {
    const code = this.state.input.trim();
    if (!code) return;
    this.setState({ checking: true });
    const person = await loadPersonFacts(code, {}, this.parents);
    // A new person: every app naming them is ticked again.
    this.setState({ person, checking: false, skipped: new Set(), wrote: false });
  };

  render({ t, language }: AllAppsProps, state: AllAppsState) {
    const { open, apps, listError, done, share, result, person, skipped } = state;
    const toggle = (
      <button type="button" class="knm-button" data-apps-open aria-expanded={open} onClick={this.open}>
        {t('appsOpen')}
      </button>
    );
    if (!open) return toggle;
    const rows = result ? this.arranged(result.rows, state.text, state.sort) : [];
    const { reaches, offered } = this.reaches(rows, person, t);
    const progress = t('appsProgress', { done: done ?? 0, total: apps?.length ?? 0 });
    return (
      <>
        {toggle}
        <LensAnswer label={t('appsOpen')} onClose={() => this.setState({ open: false })} t={t}>
          {listError && <ErrorView error={listError} onRetry={this.open} t={t} />}
          {apps && (
            <p class="knm-apps-bar">
              {t('appsCost', { apps: apps.length, reads: apps.length * READS })}
              {done === undefined ? (
                <button type="button" class="knm-button knm-primary" data-apps-scan onClick={this.start}>
                  {t(result ? 'appsRescan' : 'appsScan')}
                </button>
              ) : (
                <>
                  <progress
                    // <progress> has this role implicitly; it is stated for the DOM contract (shared/DESIGN.md).
                    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
                    role="progressbar"
                    data-apps-progress
                    data-done={done}
                    data-total={apps.length}
                    max={apps.length}
                    value={done}
                    aria-label={progress}
                  />
                  {progress}
                  {share !== undefined && share < 6 && ` · ${t('appsPacing', { share })}`}
                  <button type="button" class="knm-button" data-apps-cancel onClick={() => this.scan?.cancel()}>
                    {t('cancel')}
                  </button>
                </>
              )}
            </p>
          )}
          {result && (
            <>
              <div class="knm-apps-bar">
                <span data-apps-scanned={result.at}>
                  {t('appsScanned', {
                    time: scanTime(result.at),
                    read: result.rows.filter((row) => !row.error).length,
                    total: result.rows.length,
                  })}
                  {result.unsaved && ` ${t('appsUnsaved')}`}
                </span>
                <input
                  type="search"
                  aria-label={t('filter')}
                  placeholder={t('filter')}
                  value={state.text}
                  onInput={(event) => this.setState({ text: event.currentTarget.value })}
                />
                <ExportButtons
                  table={() => [
                    ['ID', ...COLUMNS.map((column) => t(`apps.${column}` as MessageKey))],
                    ...rows.map((row) => [
                      row.id,
                      row.name,
                      ...COLUMNS.slice(1).map((c) => row.error ?? cell(row, c, t)),
                    ]),
                  ]}
                  name="notifications-all-apps"
                  t={t}
                />
                <LensForm
                  label={t('appsPerson')}
                  hint={t('personHint')}
                  value={state.input}
                  checking={Boolean(state.checking)}
                  hook="apps-person"
                  onInput={(input) => this.setState({ input })}
                  onCheck={this.check}
                  t={t}
                />
              </div>
              <AppsTable
                rows={rows}
                reaches={reaches}
                person={person}
                skipped={skipped}
                onSkip={(next) => this.setState({ skipped: next })}
                sort={state.sort}
                onSort={(sort) => this.setState({ sort })}
                t={t}
              />
              {(offered.length > 0 || state.wrote) && (
                <Offboard
                  // Another person starts another offboarding.
                  key={person?.code}
                  t={t}
                  language={language}
                  person={person?.code ?? ''}
                  rows={offered.filter((row) => !skipped.has(row.id))}
                  skipped={skipped}
                  onWritten={this.reread}
                />
              )}
            </>
          )}
        </LensAnswer>
      </>
    );
  }
}
