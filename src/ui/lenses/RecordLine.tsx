import type { RecordAnswer } from '../../model/record-lens';
import type { ConcreteRecipient } from '../../model/record-recipients';
import type { PersonFacts, ViewVerdict } from '../../model/person';
import type { RecordView } from '../../model/record-acl';
import { verdictOf } from '../../model/verdict';
import type { DirectoryEntry } from '../../model/types';
import type { MessageKey, Translate } from '../../i18n';
import { lineLabel } from '../line-label';

interface RecordLineProps {
  answer: RecordAnswer;
  person?: PersonFacts;
  /** What the app and the record permissions say of the person; with them, the line gives a verdict. */
  views?: { app: ViewVerdict['mayView']; record: RecordView };
  /** The directory's entry for a recipient; null when the directory answered without it, undefined if not asked. */
  entryOf: (type: ConcreteRecipient['type'], code: string, named: boolean) => DirectoryEntry | null | undefined;
  /** A field's label, by its code. */
  label: (code: string) => string;
  /** A reminder's instant in words. */
  when: (at: string) => string;
  /** A refusal's words (kintone's code, or the lens's own). */
  reason: (code: string, detail: string) => string;
  /** Moves to the line's place in the matrix: the notification, or the row that reaches the person. */
  onShow: (key: string) => void;
  t: Translate;
}

const ROW_TYPE = { direct: 'USER', group: 'GROUP', organization: 'ORGANIZATION', field: 'FIELD_ENTITY' } as const;

/** Where a line lives in the matrix: a notification's own entry, or for General the row of what reaches the person. */
function placeOf({ kind, key, reach }: RecordAnswer): string | undefined {
  if (kind !== 'general') return `${kind}:${key}`;
  const type = reach && ROW_TYPE[reach.reach as keyof typeof ROW_TYPE];
  return type && reach.via ? `${type}:${reach.via}` : undefined;
}

const MARK = { yes: '✓', no: '✕', unknown: '?' };

/**
 * The record's recipients as chips, one per entity: kintone sends a person reached through two fields (Created by
 * and Updated by are often the same person) one notification, so the chip names both fields.
 */
function chipsOf(recipients: ConcreteRecipient[]) {
  const chips = new Map<string, ConcreteRecipient & { fields: string[] }>();
  for (const r of recipients) {
    const key = `${r.type}:${r.code}:${r.includeSubs}`;
    const chip = chips.get(key) ?? { ...r, fields: [] };
    if (r.from) chip.fields.push(r.from);
    chips.set(key, chip);
  }
  return [...chips.values()];
}

/** One line of the record lens: the person's verdict first, then whether it fires, when, and to whom. */
export function RecordLine({ answer: a, person, views, entryOf, label, when, reason, onShow, t }: RecordLineProps) {
  const now = new Date().toISOString();
  const verdict = person && views && verdictOf(a, person, views.app, views.record.mayView, now);
  const { why } = verdict ?? {};
  const place = placeOf(a);
  let phrase = '';
  if (verdict && why) phrase = t(`why.${why}`, { rule: views.record.rule ?? '', code: views.record.code ?? '' });
  else if (verdict && a.reach) {
    const { reach, via = '' } = a.reach;
    phrase = t(`${reach === 'field' ? 'recordReach' : 'reach'}.${reach}` as MessageKey, { via: label(via) });
    if (a.kind === 'perRecord') phrase += ` · ${t('whenComes')}`;
  }
  return (
    <li
      data-record-result
      data-kind={a.kind}
      data-key={a.key}
      data-met={String(a.met)}
      data-at={a.at}
      data-person-reach={a.reach?.reach}
      data-person-gets={verdict?.gets}
      data-person-why={verdict && (why ?? '')}
    >
      {verdict && (
        <span class="knm-verdict" data-gets={verdict.gets} aria-hidden="true">
          {MARK[verdict.gets]}
        </span>
      )}
      {place ? (
        <button type="button" class="knm-link knm-lens-what" data-show={place} onClick={() => onShow(place)}>
          {lineLabel(a, t)}
        </button>
      ) : (
        <span class="knm-lens-what">{lineLabel(a, t)}</span>
      )}
      {': '}
      {verdict && <strong class="knm-verdict-why">{phrase}</strong>}
      {verdict && ' · '}
      {a.kind !== 'general' &&
        t(a.reason?.code === 'SAVER' ? 'met.saver' : (`met.${a.met}` as MessageKey), {
          reason: a.reason ? `${a.reason.code} ${reason(a.reason.code, a.reason.detail)}` : '',
        })}
      {a.at !== undefined &&
        ` · ${a.at ? t(a.at < now ? 'at.passed' : 'at.future', { when: when(a.at) }) : t('at.none')}`}
      {a.kind !== 'general' && ' · '}
      {a.recipients.length === 0 && t('recipientsNone')}
      {chipsOf(a.recipients).map((r) => {
        const entry = entryOf(r.type, r.code, !r.fields.length);
        // Only a user can be stopped; a code the directory does not hold receives nothing either.
        let flag: 'USER_STOPPED' | 'NOT_IN_DIRECTORY' | undefined;
        if (entry === null) flag = 'NOT_IN_DIRECTORY';
        if (entry?.valid === false) flag = 'USER_STOPPED';
        return (
          <span
            key={`${r.type}:${r.code}:${r.includeSubs}`}
            class="knm-chip"
            data-record-recipient
            data-entity-type={r.type}
            data-entity-code={r.code}
            data-include-subs={r.includeSubs ? 'true' : undefined}
            data-from={r.fields.join(' ')}
            data-flag={flag}
          >
            {entry?.name ?? r.code}
            {r.fields.length > 0 && ` ← ${r.fields.map(label).join(', ')}`}
            {flag && ` (${t(`flag.${flag}`)})`}
          </span>
        );
      })}
      {a.empty.map((field) => (
        <span key={field} class="knm-chip" data-empty-field={field}>
          {t('emptyField', { field: label(field) })}
        </span>
      ))}
    </li>
  );
}
