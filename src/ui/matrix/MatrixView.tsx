import { DiffSummary } from './DiffSummary';
import { Findings } from './Findings';
import { Matrix, type NotificationColumn } from './Matrix';
import type { ViewState } from '../../model/view';
import type { Finding } from '../../model/findings';
import type { SettingsDiff } from '../../model/diff';
import type { MatrixItem, MatrixRow, NotificationSettings } from '../../model/types';
import type { Translate } from '../../i18n';

interface MatrixViewProps {
  t: Translate;
  view: ViewState;
  onView: (patch: Partial<ViewState>) => void;
  /** Every item in display order; those not in `passing` are hidden by the filter. */
  arranged: MatrixItem[];
  passing: Set<MatrixRow>;
  /** Rows that reach the person the lens checks. */
  marked: Set<MatrixRow>;
  /** Per trigger and notification column, over the rows that pass the filter. */
  totals: Record<string, number>;
  findings: Finding[];
  nameOf: (key: string) => string;
  onShow: (key: string) => void;
  /** The Everyone view's notification columns; none on General. */
  columns?: NotificationColumn[];
  processEnabled?: boolean;
  /** The Differences view of General: what changed, summed up. */
  diff?: { diff: SettingsDiff; live: NotificationSettings; preview: NotificationSettings };
  editing?: boolean;
  /** See Matrix. */
  onFilling?: (filling: boolean) => void;
  /** See Rows. */
  leaving?: boolean;
  onLeft?: () => void;
}

/** General and Everyone: the differences in a line, the findings, and the matrix (its tools are in the tab row). */
export function MatrixView({
  t,
  view,
  onView,
  arranged,
  passing,
  marked,
  totals,
  findings,
  nameOf,
  onShow,
  columns,
  processEnabled,
  diff,
  editing,
  onFilling,
  leaving,
  onLeft,
}: MatrixViewProps) {
  return (
    <>
      {diff && <DiffSummary {...diff} t={t} />}
      <Findings findings={findings} nameOf={nameOf} onShow={onShow} t={t} />
      {arranged.length === 0 ? (
        <div class="knm-empty" data-empty="true">
          <p>{t('emptyTitle')}</p>
          <p>{t('emptyHint')}</p>
        </div>
      ) : (
        <Matrix
          t={t}
          items={arranged}
          // Matrix keeps its rows per column set: pass the same array (or none) from one render to the next.
          notificationColumns={columns}
          shown={passing}
          marked={marked}
          totals={totals}
          processEnabled={processEnabled}
          caption={t('title')}
          sort={view.sort}
          onSort={(sort) => onView({ sort })}
          editing={editing}
          onFilling={onFilling}
          leaving={leaving}
          onLeft={onLeft}
        />
      )}
    </>
  );
}
