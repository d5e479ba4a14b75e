import type { AppColumn, AppReach, AppRow, offerOf } from '../../model/apps';
import type { PersonFacts } from '../../model/person';
import type { Sort } from '../../model/view';
import { scanTime } from './apps-scan';
import type { MessageKey, Translate } from '../../i18n';
import { SortHeader } from '../matrix/Matrix';

export const COLUMNS: AppColumn[] = ['name', 'recipients', 'notifications', 'findings', 'pending'];

/** An app's cell: its count, "Pending" when changes wait for Update App. */
export function cell(row: AppRow, column: AppColumn, t: Translate) {
  if (column !== 'pending') return String(row[column]);
  return row.pending ? t('apps.pending') : '';
}

interface AppsTableProps {
  rows: AppRow[];
  /** How the person checked is reached in each app, in words, and whether the app is offered for offboarding. */
  reaches: Map<AppRow, (AppReach & { text?: string; offer?: ReturnType<typeof offerOf> }) | undefined>;
  person?: PersonFacts;
  /** Apps offered that the administrator unticked. */
  skipped: Set<string>;
  onSkip: (skipped: Set<string>) => void;
  /** null: kintone's order. */
  sort: Sort<AppColumn> | null;
  onSort: (sort: Sort<AppColumn> | null) => void;
  t: Translate;
}

/** The apps scanned, one row each with its figures, and with a person checked how each reaches them. */
export function AppsTable({ rows, reaches, person, skipped, onSkip, sort, onSort, t }: AppsTableProps) {
  return (
    <div class="knm-scroll knm-apps-scroll">
      <table class="knm-apps">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader
                key={column}
                column={column}
                label={t(`apps.${column}` as MessageKey)}
                sort={sort}
                onSort={onSort}
              />
            ))}
            {person && <th scope="col">{person.code}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const reach = reaches.get(row);
            const base = `/k/${row.space ? `guest/${row.space}/` : ''}admin/app/`;
            return (
              <tr
                key={row.id}
                data-app-id={row.id}
                data-recipients={row.recipients}
                data-notifications={row.notifications}
                data-findings={row.findings}
                data-pending={row.error ? undefined : String(Boolean(row.pending))}
                data-error-code={row.error}
                data-person-reach={reach?.reach}
              >
                <th scope="row">
                  <a href={`${base}flow?app=${row.id}`}>{row.name || row.id}</a>
                  {/* Kept from an earlier scan that this one (cancelled) did not redo. */}
                  {row.at && <small data-scanned-at={row.at}> ({scanTime(row.at)})</small>}
                </th>
                {row.error ? (
                  <td colSpan={4} class="knm-apps-error">
                    {t('appsNotRead', { code: row.error })} {row.reason && t(`error.${row.reason}` as MessageKey)}
                  </td>
                ) : (
                  COLUMNS.slice(1).map((column) => <td key={column}>{cell(row, column, t)}</td>)
                )}
                {/* An app not read: its row says why; "unknown" stays in data-person-reach. */}
                {reach && (
                  <td class="knm-apps-reach" title={reach.text}>
                    {!row.error && (
                      <>
                        {reach.offer && (
                          <input
                            type="checkbox"
                            data-offboard-app={row.id}
                            aria-label={t('offboardInclude')}
                            checked={!skipped.has(row.id)}
                            onChange={() => {
                              const next = new Set(skipped);
                              if (!next.delete(row.id)) next.add(row.id);
                              onSkip(next);
                            }}
                          />
                        )}
                        {/* Before the long words of the reach, which the cell may clip. */}
                        {reach.offer && reach.offer !== 'live' && (
                          <span class="knm-chip">{t(`offer.${reach.offer}`)}</span>
                        )}
                        <a
                          href={`${base}${row.id}/plugin/config?pluginId=${encodeURIComponent(kintone.$PLUGIN_ID)}#person=${encodeURIComponent(person?.code ?? '')}`}
                        >
                          {t(`reach.${reach.reach}` as MessageKey, { via: reach.via ?? '' })}
                        </a>{' '}
                        {reach.text}
                      </>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
