import { Component } from 'preact';
import { conditionsMet, loadRecord } from '../api/record';
import { ApiError, toApiError } from '../api/errors';
import { MESSAGES } from '../i18n/messages';
import { appPathPrefix } from '../api/guest-space';
import { dependsOnSaver, recordAnswers, type ConditionAnswer } from '../model/record-lens';
import type { KintoneRecord } from '../model/record-recipients';
import { distinctConditions } from '../model/record-recipients';
import { formatInZone } from '../model/reminder-time';
import { notificationsOf } from '../model/kinds';
import type { PersonFacts } from '../model/person';
import type { AppSettings, Directory, FormField } from '../model/types';
import type { MessageKey, Translate } from '../i18n';
import { hashParam, setHashParam } from './hash';
import { LensAnswer, LensForm } from './Lenses';
import { lineLabel } from './line-label';

interface RecordLensProps {
  appId: string;
  settings: AppSettings;
  directory: Directory;
  /** The live form's fields: labels of the fields recipients come from. */
  fields?: Map<string, FormField>;
  /** The person the person lens checks: each answer then says whether and how it reaches them. */
  person?: PersonFacts;
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
  error?: ApiError;
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
    const { perRecord, reminders } = this.lists(settings);
    const asked = distinctConditions([...(perRecord ?? []), ...(reminders ?? [])]).filter((c) => !dependsOnSaver(c));
    try {
      // The conditions do not depend on the record's content: asked alongside it, the answer takes one round
      // trip rather than two. If the record cannot be read, their answers (no record) are not shown.
      const [record, met] = await Promise.all([loadRecord(appId, id), conditionsMet(appId, id, asked)]);
      this.setState({ id, record, met, error: undefined });
    } catch (error) {
      this.setState({ id, error: toApiError(error), record: undefined });
    }
    this.setState({ checking: false });
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
    this.setState({ input: '', id: undefined, record: undefined, error: undefined });
  };

  render({ appId, settings, directory, fields, person, t }: RecordLensProps, state: RecordLensState) {
    const { input, checking, id, record, met, error } = state;
    const { timeZone, ...lists } = this.lists(settings);
    const answers = record && met && recordAnswers({ general: settings.live, ...lists, timeZone, record, met, person });
    const userZone = kintone.getLoginUser().timezone;
    const label = (code: string) => fields?.get(code)?.label ?? code;
    const when = (at: string) => {
      const there = `${formatInZone(at, timeZone)} (${timeZone})`;
      return userZone === timeZone ? there : `${there} · ${formatInZone(at, userZone)} (${userZone})`;
    };
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
              {answers?.map((a) => (
                <li
                  key={`${a.kind}:${a.key}`}
                  data-record-result
                  data-kind={a.kind}
                  data-key={a.key}
                  data-met={String(a.met)}
                  data-at={a.at}
                  data-person-reach={a.reach?.reach}
                >
                  <span class="knm-lens-what">{lineLabel(a, t)}</span>
                  {': '}
                  {a.kind !== 'general' &&
                    t(a.reason?.code === 'SAVER' ? 'met.saver' : (`met.${a.met}` as MessageKey), {
                      reason: a.reason ? `${a.reason.code} ${wordsFor(a.reason.code, t, a.reason.detail)}` : '',
                    })}
                  {a.at !== undefined &&
                    ` · ${a.at ? t(a.at < new Date().toISOString() ? 'at.passed' : 'at.future', { when: when(a.at) }) : t('at.none')}`}
                  {a.kind !== 'general' && ' · '}
                  {a.recipients.length === 0 && t('recipientsNone')}
                  {a.recipients.map((r) => (
                    <span
                      key={`${r.type}:${r.code}:${r.from}`}
                      class="knm-chip"
                      data-record-recipient
                      data-entity-type={r.type}
                      data-entity-code={r.code}
                      data-include-subs={r.includeSubs ? 'true' : undefined}
                      data-from={r.from}
                    >
                      {directory[r.type]?.get(r.code)?.name ?? r.code}
                      {r.from && ` ← ${label(r.from)}`}
                    </span>
                  ))}
                  {person && a.reach && (
                    <span class="knm-record-reach">
                      {`${person.code}: `}
                      {t(`${a.reach.reach === 'field' ? 'recordReach' : 'reach'}.${a.reach.reach}` as MessageKey, {
                        via: label(a.reach.via ?? ''),
                      })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </LensAnswer>
        )}
      </>
    );
  }
}
