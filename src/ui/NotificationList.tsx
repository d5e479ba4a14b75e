import { describeQuery, parseQuery } from '../model/query';
import { QUERY_WORDS } from '../i18n/query-words';
import type { KindView } from '../model/kinds-view';
import type { NotificationItem } from '../model/kinds';
import type { FormField, MatrixRow, ReminderNotification } from '../model/types';
import type { Language, Translate } from '../i18n';
import { fillRecipient } from './recipient-cell';
import { timingWords } from './timing-words';
import { Findings } from './Findings';

interface ListProps {
  view: KindView<ReminderNotification> | KindView;
  /** The form fields of the environment on screen, for labels; undefined when unknown. */
  fields?: Map<string, FormField>;
  language: Language;
  t: Translate;
  onShowItem: (key: string) => void;
}

/**
 * A recipient drawn by the same code as the matrix's row headers (see recipient-cell.ts), once: its
 * element is keyed by the recipient and change, so it is never redrawn with other content.
 */
function Recipient({ row, t, change }: { row: MatrixRow; t: Translate; change?: 'added' | 'removed' | 'subs' }) {
  const { type, code, includeSubs } = row.recipient;
  let subs: 'added' | 'removed' | undefined;
  if (change === 'subs') subs = includeSubs ? 'added' : 'removed';
  return (
    <li
      data-entity-type={type}
      data-entity-code={code}
      data-include-subs={includeSubs ? 'true' : undefined}
      data-row-change={change === 'subs' ? 'changed' : change}
      ref={(cell) => {
        if (cell && !cell.firstChild) fillRecipient(cell, row, t, subs);
      }}
    />
  );
}

/** The condition in words (field labels for codes), or the query as written when it cannot be read. */
export function conditionWords(filterCond: string, fields: ListProps['fields'], language: Language, t: Translate) {
  const query = parseQuery(filterCond);
  if (!query) return undefined;
  if (query.kind === 'all') return t('allRecords');
  return describeQuery(query, QUERY_WORDS[language === 'ja' ? 'ja' : 'en'], (code) => fields?.get(code)?.label);
}

function Item({ item, fields, language, t }: { item: NotificationItem } & Omit<ListProps, 'view' | 'onShowItem'>) {
  const { notification, kind, index, change, changes } = item;
  const { filterCond, title } = notification;
  const timing = (notification as Partial<ReminderNotification>).timing;
  const words = conditionWords(filterCond, fields, language, t);
  const hook = kind === 'perRecord' ? { 'data-per-record': index } : { 'data-reminder': index };
  return (
    <li
      id={`knm-row-${item.key}`}
      tabIndex={-1}
      class="knm-notification"
      {...hook}
      data-filter-cond={filterCond}
      data-timing-code={timing?.code}
      data-days-later={timing?.daysLater}
      data-hours-later={timing?.hoursLater}
      data-time={timing?.time}
      data-row-change={change}
    >
      <h3>
        {`#${index + 1} `}
        {title ? (
          <span class="knm-notification-title">{title}</span>
        ) : (
          <span class="knm-placeholder">{t('noTitle')}</span>
        )}
      </h3>
      {changes && (
        <p class="knm-changes">
          {(['condition', 'title', 'timing'] as const)
            .filter((what) => changes[what])
            .map((what) => t(`change.${what}`))
            .join(' · ')}
        </p>
      )}
      {timing && <p class="knm-timing">{timingWords(timing, fields?.get(timing.code)?.label || timing.code, t)}</p>}
      <p class="knm-cond">{words ?? <code>{filterCond}</code>}</p>
      {filterCond && (
        <details class="knm-query">
          <summary>{t('showQuery')}</summary>
          <code>{filterCond}</code>
        </details>
      )}
      <ul class="knm-targets" aria-label={t('recipientsOf')}>
        {item.recipients.map(({ row, change: recipientChange }) => (
          <Recipient key={`${row.key}:${recipientChange ?? ''}`} row={row} t={t} change={recipientChange} />
        ))}
      </ul>
    </li>
  );
}

/** Per-record or reminder notifications of the view on screen, in kintone's order, with their findings. */
export function NotificationList({ view, fields, language, t, onShowItem }: ListProps) {
  if (view.error) {
    return (
      <div class="knm-kind-error" role="alert" data-error-code={view.error.code}>
        <p>{t(`error.${view.error.kind}` as 'error.unknown')}</p>
        <p class="knm-error-detail">
          <code>{view.error.code}</code>
          {view.error.detail && ` — ${view.error.detail}`}
        </p>
      </div>
    );
  }
  if (!view.items) return <p class="knm-status">{t('loading')}</p>;
  const titles = new Map(view.items.map((item) => [item.key, `#${item.index + 1} ${item.notification.title}`]));
  return (
    <>
      {'timezone' in view && (
        <p data-reminder-timezone={view.timezone ?? ''}>
          {view.timezone ? `${t('timezone')} ${view.timezone}` : t('noTimezone')}
        </p>
      )}
      <Findings findings={view.findings} nameOf={(key) => titles.get(key) ?? key} onShow={onShowItem} t={t} />
      {view.items.length === 0 && <p class="knm-empty">{t('noNotifications')}</p>}
      <ol class="knm-notifications">
        {view.items.map((item) => (
          <Item key={`${item.key}:${item.change ?? ''}`} item={item} fields={fields} language={language} t={t} />
        ))}
      </ol>
    </>
  );
}
