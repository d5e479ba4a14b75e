import type { KindView } from '../../model/kinds-view';
import type { NotificationItem } from '../../model/kinds';
import type { FormField, MatrixRow, ReminderNotification } from '../../model/types';
import type { Language, Translate } from '../../i18n';
import { addEditButtons, fillRecipient } from './recipient-cell';
import { RecipientPicker } from '../edit/RecipientPicker';
import type { Edit } from '../../model/edit';
import { changesInWords, notificationWords } from './notification-words';
import { Findings } from './Findings';
import { ErrorView } from '../panel/ErrorView';
import './NotificationList.css';

interface ListProps {
  /** Retries the reads after an error of this kind. */
  onRetry: () => void;
  view: KindView<ReminderNotification> | KindView;
  /** The form fields of the environment on screen, for labels; undefined when unknown. */
  fields?: Map<string, FormField>;
  language: Language;
  t: Translate;
  onShowItem: (key: string) => void;
  /** Edit mode: each notification's summary, recipients and removal become editable. */
  editing?: boolean;
  onEdit: (edit: Edit) => void;
}

/**
 * A recipient drawn by the same code as the matrix's row headers (see recipient-cell.ts), once: its
 * element is keyed by the recipient and change, so it is never redrawn with other content.
 */
function Recipient({
  row,
  t,
  change,
  editing,
}: {
  row: MatrixRow;
  t: Translate;
  change?: 'added' | 'removed' | 'subs';
  editing?: boolean;
}) {
  const { type, code, includeSubs } = row.recipient;
  return (
    <li
      data-entity-type={type}
      data-entity-code={code}
      data-include-subs={includeSubs ? 'true' : undefined}
      data-row-change={change === 'subs' ? 'changed' : change}
      ref={(cell) => {
        if (!cell || cell.firstChild) return;
        fillRecipient(cell, row, t, change === 'subs');
        if (editing && change !== 'removed') addEditButtons(cell, t, true);
      }}
    />
  );
}

function Item({
  item,
  fields,
  language,
  t,
  editing,
  onEdit,
}: { item: NotificationItem } & Pick<ListProps, 'fields' | 'language' | 't' | 'editing' | 'onEdit'>) {
  const { notification, kind, index, change, changes } = item;
  const at = { kind, index };
  const editable = editing && change !== 'removed';
  const { filterCond, title } = notification;
  const { condition: words, timing, when } = notificationWords(notification, fields, language, t);
  return (
    <li
      id={`knm-row-${item.key}`}
      tabIndex={-1}
      class="knm-notification"
      data-per-record={kind === 'perRecord' ? index : undefined}
      data-reminder={kind === 'reminder' ? index : undefined}
      data-filter-cond={filterCond}
      data-timing-code={timing?.code}
      data-days-later={timing?.daysLater}
      data-hours-later={timing?.hoursLater}
      data-time={timing?.time}
      data-row-change={change}
    >
      <h3>
        {`#${index + 1} `}
        {editable && (
          <input
            class="knm-title-input"
            aria-label={t('summary')}
            data-title-input
            value={title}
            maxLength={100}
            onChange={(e) => onEdit({ op: 'title', at, title: e.currentTarget.value })}
          />
        )}
        {!editable &&
          (title ? (
            <span class="knm-notification-title">{title}</span>
          ) : (
            <span class="knm-placeholder">{t('noTitle')}</span>
          ))}
        {editable && (
          <button type="button" class="knm-button" data-action="remove-notification">
            {t('removeNotification')}
          </button>
        )}
      </h3>
      {changes && <p class="knm-changes">{changesInWords(changes, t)}</p>}
      {when && <p class="knm-timing">{when}</p>}
      <p class="knm-cond">{words ?? <code>{filterCond}</code>}</p>
      {filterCond && (
        <details class="knm-query">
          <summary>{t('showQuery')}</summary>
          <code>{filterCond}</code>
        </details>
      )}
      <ul class="knm-targets" aria-label={t('recipient')}>
        {item.recipients.map(({ row, change: recipientChange }) => (
          <Recipient
            key={`${row.key}:${recipientChange ?? ''}:${editable}`}
            row={row}
            t={t}
            change={recipientChange}
            editing={editable}
          />
        ))}
      </ul>
      {editable && (
        <RecipientPicker
          t={t}
          fields={fields}
          action="add-recipient"
          label={t('addRecipient')}
          onPick={(target) => target && onEdit({ op: 'add', at, target })}
        />
      )}
    </li>
  );
}

/** The reminder time zone on screen, or in Differences its change ("Asia/Tokyo → UTC"); null reads as not set. */
function timezoneWords({ timezone, timezoneBefore }: KindView, t: Translate) {
  const zone = (tz?: string | null) => tz ?? t('timezoneNone');
  if (timezoneBefore !== undefined) return `${t('timezone')} ${zone(timezoneBefore)} → ${zone(timezone)}`;
  return timezone ? `${t('timezone')} ${timezone}` : t('finding.NO_TIMEZONE');
}

/** Per-record or reminder notifications of the view on screen, in kintone's order, with their findings. */
export function NotificationList({ view, fields, language, t, onShowItem, onRetry, editing, onEdit }: ListProps) {
  if (view.error) return <ErrorView error={view.error} onRetry={onRetry} t={t} />;
  const { items } = view;
  if (!items) return <p class="knm-status">{t('loading')}</p>;
  const titles = new Map(items.map((item) => [item.key, `#${item.index + 1} ${item.notification.title}`]));
  const changed = (change: string) => items.filter((item) => item.change === change).length;
  return (
    <>
      {items.some((item) => item.change) && (
        <p class="knm-diff-summary" data-diff-summary="true">
          {t('kindDiff', { added: changed('added'), removed: changed('removed'), changed: changed('changed') })}
        </p>
      )}
      {view.unread && (
        <p class="knm-placeholder" data-unread={view.unread.env}>
          {t('kindUnread', { env: t(`env.${view.unread.env}`), code: view.unread.error.code })}
        </p>
      )}
      {'timezone' in view && (
        <p
          data-reminder-timezone={view.timezone ?? ''}
          data-row-change={'timezoneBefore' in view ? 'changed' : undefined}
        >
          {timezoneWords(view, t)}
        </p>
      )}
      <Findings findings={view.findings} nameOf={(key) => titles.get(key) ?? key} onShow={onShowItem} t={t} />
      {items.length === 0 && <p class="knm-empty">{t('noNotifications')}</p>}
      <ol class="knm-notifications">
        {items.map((item) => (
          <Item
            key={`${item.key}:${item.change ?? ''}`}
            item={item}
            fields={fields}
            language={language}
            t={t}
            editing={editing}
            onEdit={onEdit}
          />
        ))}
      </ol>
    </>
  );
}
