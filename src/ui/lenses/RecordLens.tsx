import { Component } from 'preact';
import { conditionsMet, loadRecord } from '../../api/record';
import { ApiError, toApiError } from '../../api/errors';
import { MESSAGES } from '../../i18n/messages';
import { appPathPrefix } from '../../api/guest-space';
import { dependsOnSaver, recordAnswers, type ConditionAnswer } from '../../model/record-lens';
import { distinctConditions, type KintoneRecord } from '../../model/record-recipients';
import { isGuestCode } from '../../model/rows';
import { formatInZone } from '../../model/reminder-time';
import { notificationsOf } from '../../model/kinds';
import { mayViewRecords, type PersonFacts } from '../../model/person';
import { mayViewRecord, ruleConditions, type RecordView } from '../../model/record-acl';
import type { Permissions } from '../../api/person';
import type { AppSettings, Directory, FormField } from '../../model/types';
import type { MessageKey, Translate } from '../../i18n';
import { hashParam, setHashParam } from '../hash';
import { LensAnswer, LensForm } from './Lenses';
import { RecordLine } from './RecordLine';

interface RecordLensProps {
  appId: string;
  settings: AppSettings;
  directory: Directory;
  /** The live form's fields: labels of the fields recipients come from. */
  fields?: Map<string, FormField>;
  /** The person the person lens checks: each answer then says whether they get it, and why. */
  person?: PersonFacts;
  /** The app's and the record permissions, read once per panel load (the panel keeps the promise). */
  permissions: () => Promise<Permissions>;
  creator?: string;
  /** Tells the person lens what the record permissions say of the person on the record checked. */
  onRecordView: (seen?: { id: string; view: RecordView }) => void;
  /** Moves to a row or notification of the matrix. */
  onShow: (key: string) => void;
  t: Translate;
}

interface RecordLensState {
  input: string;
  checking: boolean;
  /** The record checked and what was found; an error (the record could not be read, or a bad input) instead. */
  id?: string;
  record?: KintoneRecord;
  /** kintone's verdict per condition asked. */
  met?: Map<string, ConditionAnswer>;
  /** Read when a person is checked: the verdicts need them. */
  permissions?: Permissions;
  error?: ApiError;
}

/**
 * What the panel knows of a recipient the record resolves to, without a request of its own (the record lens reads
 * nothing more than the record and the conditions): the panel's directory holds the app's named recipients, and
 * the person lens what it read of the person checked. null: looked up and not found; undefined: not looked up
 * (a guest is never in the directory: not looked up).
 */
function entryOf(directory: Directory, person: PersonFacts | undefined, type: string, code: string, named: boolean) {
  if (isGuestCode(code)) return undefined;
  const known = directory[type as keyof Directory];
  // The panel asked the directory for every recipient named in the settings, and for no field value.
  if (known && (named || known.has(code))) return known.get(code) ?? null;
  if (type !== 'USER' || person?.code !== code || person.exists === undefined) return undefined;
  return person.exists ? { code, name: code, valid: person.valid } : null;
}

/** The record lens's own words for a code it knows (NO_RECORD, URL_TOO_LONG …), else `otherwise`. */
const wordsFor = (code: string, t: Translate, otherwise: string) =>
  `recordError.${code}` in MESSAGES ? t(`recordError.${code}` as MessageKey) : otherwise;

/**
 * A record number, or a record's address (…/k/12/show#record=1234): the id, or an error naming the other app
 * an address points at, or nothing usable.
 */

function recordId(input: string, appId: string): string | ApiError {
  const id = /^\s*(\d+)\s*$/.exec(input)?.[1] ?? /[#&?]record=(\d+)/.exec(input)?.[1];
  const app = /\/k\/(?:guest\/\d+\/)?(\d+)\//.exec(input)?.[1];
  if (app && app !== appId) return new ApiError('OTHER_APP', 'badRequest', app);
  return id ?? new ApiError('NO_RECORD', 'badRequest');
}

/**
 * "Who is notified about record N?": one read of the record and, alongside it, one of kintone's own verdict per
 * distinct condition (live settings), on Check only. Opens from `#record=N`, with `#person=` too.
 */
export class RecordLens extends Component<RecordLensProps, RecordLensState> {
  state: RecordLensState = { input: hashParam('record'), checking: false };

  componentDidMount() {
    if (this.state.input) this.check();
  }

  private check = () => this.checkRecord(this.state.input);

  private async checkRecord(input: string) {
    const { appId, settings } = this.props;
    const id = recordId(input, appId);
    if (typeof id !== 'string') {
      this.setState({ error: id, record: undefined });
      return;
    }
    this.setState({ checking: true });
    setHashParam('record', id);
    const permissions = this.props.person && (await this.props.permissions());
    const asked = [...new Set([...this.listConditions(settings), ...ruleConditions(permissions?.recordRules ?? [])])];
    try {
      // The conditions do not depend on the record's content: asked alongside it, the answer takes one round
      // trip rather than two. If the record cannot be read, their answers (no record) are not shown.
      const [record, met] = await Promise.all([loadRecord(appId, id), conditionsMet(appId, id, asked)]);
      this.setState({ id, record, met, permissions, error: undefined });
    } catch (error) {
      this.setState({ id, error: toApiError(error), record: undefined });
    }
    this.setState({ checking: false });
  }

  /** What was asked after the check, so that it is not asked again while its answers are on their way. */
  private askedAfter?: string;

  /**
   * Conditions the check could not ask, asked once they are known: those of per-record and reminder settings read
   * after it (they fill in as they arrive, and a `#record=` link checks at once), and the record permissions' once
   * a person is checked.
   */
  async componentDidUpdate() {
    const { appId, person, settings } = this.props;
    const { id, record, met, permissions } = this.state;
    this.reportView();
    if (!id || !record || !met) return;
    const lists = this.listConditions(settings).filter((c) => !met.has(c));
    const rules = !!person && !permissions;
    const asked = `${id} ${rules} ${lists.join('\n')}`;
    if ((!rules && !lists.length) || this.askedAfter === asked) return;
    this.askedAfter = asked;
    const read = rules ? await this.props.permissions() : permissions;
    const more = await conditionsMet(
      appId,
      id,
      [...new Set([...lists, ...ruleConditions(read?.recordRules ?? [])])].filter((c) => !met.has(c)),
    );
    // Another record checked meanwhile has its own answers.
    this.setState((state) =>
      state.record === record ? { met: new Map([...(state.met ?? []), ...more]), permissions: read } : null,
    );
  }

  /** What the record permissions say of the person on the record checked, as last told to the person lens. */
  private told?: string;

  private recordView() {
    const { person } = this.props;
    const { id, record, met, permissions } = this.state;
    if (!person || !id || !record || !met || !permissions) return undefined;
    const { recordRules } = permissions;
    const view: RecordView = recordRules ? mayViewRecord(person, recordRules, met, record) : { mayView: 'unknown' };
    return { id, view };
  }

  private reportView() {
    const seen = this.recordView();
    const said = JSON.stringify(seen);
    if (said === this.told) return;
    this.told = said;
    this.props.onRecordView(seen);
  }

  /** The conditions kintone is asked about for the live per-record and reminder notifications (a saver's are not). */
  private listConditions(settings: AppSettings) {
    const { perRecord, reminders } = this.lists(settings);
    return distinctConditions([...(perRecord ?? []), ...(reminders ?? [])]).filter((c) => !dependsOnSaver(c));
  }

  /** The live per-record and reminder notifications, and the reminder time zone (the user's when never set). */
  private lists(settings: AppSettings) {
    const reminderRead = settings.reminder.live;
    return {
      perRecord: notificationsOf(settings.perRecord.live),
      reminders: notificationsOf(reminderRead),
      // kintone's reference is silent on reminders with no time zone set; the PUT reference says the user's
      // time zone is used when reminders were never set up, so that is the one assumed.
      timeZone:
        (reminderRead && 'timezone' in reminderRead && reminderRead.timezone) || kintone.getLoginUser().timezone,
    };
  }

  private clear = () => {
    setHashParam('record');
    this.setState({ input: '', id: undefined, record: undefined, error: undefined, permissions: undefined });
  };

  render({ appId, settings, directory, fields, person, creator, t }: RecordLensProps, state: RecordLensState) {
    const { input, checking, id, record, met, error, permissions } = state;
    const { timeZone, ...lists } = this.lists(settings);
    const answers = record && met && recordAnswers({ general: settings.live, ...lists, timeZone, record, met, person });
    const userZone = kintone.getLoginUser().timezone;
    const when = (at: string) => {
      const there = `${formatInZone(at, timeZone)} (${timeZone})`;
      return userZone === timeZone ? there : `${there} · ${formatInZone(at, userZone)} (${userZone})`;
    };
    // The verdicts need the permissions: they are shown once read (with a person checked).
    const rights = permissions?.rights;
    const appView = rights && person ? mayViewRecords(person, rights, creator).mayView : 'unknown';
    const recordView = this.recordView()?.view;
    return (
      <>
        <LensForm
          label={t('recordLabel')}
          hint={t('recordHint')}
          value={input}
          checking={checking}
          hook="record"
          onInput={(value) => this.setState({ input: value })}
          onCheck={this.check}
          t={t}
        />
        {(answers || error) && (
          <LensAnswer label={t('recordLabel')} onClose={this.clear} t={t}>
            {id && (
              <h4>
                <a href={`${appPathPrefix()}${appId}/show#record=${id}`}>{t('recordTitle', { id })}</a>
              </h4>
            )}
            {error && (
              <p role="alert" data-error-code={error.code}>
                {wordsFor(error.code, t, t(`error.${error.kind}`))} {error.detail}
              </p>
            )}
            <ul class="knm-lens-lines">
              {answers?.map((answer) => (
                <RecordLine
                  key={`${answer.kind}:${answer.key}`}
                  answer={answer}
                  person={person}
                  views={recordView && { app: appView, record: recordView }}
                  entryOf={(type, code, named) => entryOf(directory, person, type, code, named)}
                  label={(code) => fields?.get(code)?.label ?? code}
                  when={when}
                  reason={(code, detail) => wordsFor(code, t, detail)}
                  onShow={this.props.onShow}
                  t={t}
                />
              ))}
            </ul>
            {recordView && <p class="knm-verdict-notes">{t('verdictNotes')}</p>}
          </LensAnswer>
        )}
      </>
    );
  }
}
