import { Component } from 'preact';
import { loadPersonFacts, type Permissions } from '../../api/person';
import { mayViewRecords, personCaveats, type PersonFacts, type ViewVerdict } from '../../model/person';
import type { RecordView } from '../../model/record-acl';
import { lensLines, type LensLine } from '../../model/person-lens';
import type { AppSettings, Directory } from '../../model/types';
import { notificationsOf } from '../../model/kinds';
import type { MessageKey, Translate } from '../../i18n';
import { hashParam, setHashParam } from '../hash';
import { LensAnswer, LensForm } from './Lenses';
import { lineLabel } from '../line-label';

interface LensProps {
  appId: string;
  settings: AppSettings;
  directory: Directory;
  creator?: string;
  /** Pre-live differs: the answer is also given for the pre-live settings, "after Update App". */
  pending: boolean;
  inGuestSpace: boolean;
  t: Translate;
  /** The app's and the record permissions, read once per panel load (the panel keeps the promise). */
  permissions: () => Promise<Permissions>;
  /** What the record permissions say of the person on the record the record lens checks, if one is checked. */
  recordView?: { id: string; view: RecordView };
  /** Tells the panel who is being checked (to highlight the rows that reach them), or nobody. */
  onPerson: (person?: PersonFacts) => void;
}

interface LensState {
  input: string;
  person?: PersonFacts;
  view?: ViewVerdict;
  recordRules?: number;
  checking: boolean;
}

/**
 * "Why is — or isn't — this person notified?": a login name in, how every notification reaches them (or
 * not) out, with kintone's exceptions. Departments already fetched are kept for the next person; the
 * app's permissions are read once. The answer stays until cleared and opens from `#person=<login>`.
 */
export class PersonLens extends Component<LensProps, LensState> {
  state: LensState = { input: hashParam('person'), checking: false };
  private parents = new Map<string, string | null>();

  componentDidMount() {
    if (this.state.input) this.check();
  }

  private check = async () => {
    const code = this.state.input.trim();
    if (!code) return;
    this.setState({ checking: true });
    setHashParam('person', code);
    const [person, { rights, recordRules }] = await Promise.all([
      loadPersonFacts(code, this.props.directory, this.parents),
      this.props.permissions(),
    ]);
    const view = rights ? mayViewRecords(person, rights, this.props.creator) : { mayView: 'unknown' as const };
    this.setState({ person, view, recordRules: recordRules?.length, checking: false });
    this.props.onPerson(person);
  };

  private clear = () => {
    setHashParam('person');
    this.setState({ input: '', person: undefined });
    this.props.onPerson(undefined);
  };

  render(
    { settings, directory, pending, inGuestSpace, recordView, t }: LensProps,
    { input, person, view, recordRules, checking }: LensState,
  ) {
    const lines = (env: 'live' | 'preview') => {
      const general = settings[env];
      if (!person || !general) return [];
      return lensLines(
        person,
        general,
        notificationsOf(settings.perRecord[env]),
        notificationsOf(settings.reminder[env]),
      );
    };
    // The form joins the lens toolbar; the answer opens below it (see Lenses.tsx) and closes with ×.
    return (
      <>
        <LensForm
          label={t('personLabel')}
          hint={t('personHint')}
          value={input}
          checking={checking}
          hook="person"
          onInput={(value) => this.setState({ input: value })}
          onCheck={this.check}
          t={t}
          list="knm-people"
        >
          <datalist id="knm-people">
            {/* The directory is keyed by login name. */}
            {[kintone.getLoginUser().code, ...(directory.USER?.keys() ?? [])].map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </LensForm>
        {person && view && (
          <LensAnswer label={t('personLabel')} onClose={this.clear} t={t}>
            <ul class="knm-caveats">
              {person.exists === false && <li data-person-unknown>{t('caveat.unknownUser')}</li>}
              {personCaveats({
                person,
                view,
                recordAclRules: recordRules ?? 0,
                appInGuestSpace: inGuestSpace,
                pendingPreLive: pending,
              }).map((caveat) => (
                <li
                  key={caveat}
                  data-person-caveat={caveat}
                  data-may-view={caveat === 'view' ? String(view.mayView) : undefined}
                >
                  {caveat === 'record-acl' && recordView
                    ? recordViewWords(recordView, t)
                    : t((caveat === 'view' ? `caveat.view.${view.mayView}` : `caveat.${caveat}`) as MessageKey, {
                        entry: view.entry ?? '',
                        count: recordRules ?? 0,
                      })}
                  {caveat === 'record-acl' && !recordView && (
                    <button
                      type="button"
                      class="knm-link"
                      onClick={() => document.querySelector<HTMLElement>('[data-record-input]')?.focus()}
                    >
                      {t('recordAclCheck')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <LensTable lines={lines('live')} t={t} />
            {pending && (
              <>
                <h4>{t('personAfter')}</h4>
                <LensTable lines={lines('preview')} t={t} />
              </>
            )}
          </LensAnswer>
        )}
      </>
    );
  }
}

function LensTable({ lines, t }: { lines: LensLine[]; t: Translate }) {
  return (
    <ul class="knm-lens-lines">
      {lines.map(({ kind, key, title, reach, via, path }) => (
        <li key={`${kind}:${key}`} data-person-result data-kind={kind} data-key={key} data-reach={reach} data-via={via}>
          <span class="knm-lens-what">{lineLabel({ kind, key, title }, t)}</span>
          {': '}
          {t(`reach.${path && path.length > 1 ? 'path' : reach}` as MessageKey, {
            via: via ?? '',
            // The path runs from the person's own department up to the recipient department (`via`).
            path: path?.slice(0, -1).join(' › ') ?? '',
          })}
        </li>
      ))}
    </ul>
  );
}

/** What the record permissions say of the person on the record checked (see model/record-acl.ts). */
function recordViewWords({ id, view }: { id: string; view: RecordView }, t: Translate) {
  const { mayView, rule = '', code = '' } = view;
  const words = {
    true: rule ? 'recordView.true' : 'recordView.none',
    false: 'why.NO_RECORD_VIEW',
    unknown: 'why.UNKNOWN_PERMISSION',
  } as const;
  return `${t('recordTitle', { id })}: ${t(words[`${mayView}`], { rule, code })}`;
}
