import { filterRows, sortRows, totalsOf, type ViewState } from '../../model/view';
import type { MatrixItem, MatrixRow } from '../../model/types';
import type { PersonFacts } from '../../model/person';
import { reaches } from '../../model/person-lens';
import type { NotificationColumn } from './Matrix';
import { memoLast } from '../memo';

/**
 * What the panel derives for one matrix (General or Everyone) from its items and the view, memoised per
 * matrix: switching between the two tabs then recomputes none of it (Everyone's totals alone walk
 * 2,000 rows × 105 columns).
 */
export const matrixMemos = () => ({
  /** All items in display order; filtering hides rows instead of removing them (see Matrix). */
  arranged: memoLast((items: MatrixItem[], sort: ViewState['sort']) => sortRows(items, sort, (item) => item.row)),
  passing: memoLast(
    (items: MatrixItem[], text: string, type: ViewState['type'], trigger: ViewState['trigger']) =>
      new Set(
        filterRows(
          items.map((item) => item.row),
          { text, type, trigger },
        ),
      ),
  ),
  /** Per trigger and notification column, over the rows that pass the filter. */
  totals: memoLast((passing: Set<MatrixRow>, columns: NotificationColumn[] = []) =>
    totalsOf(
      [...passing],
      columns.map((column) => column.id),
    ),
  ),
  /** The rows that reach the person the lens checks (certainly or depending on the record). */
  marked: memoLast(
    (items: MatrixItem[], person?: PersonFacts) =>
      new Set(person ? items.filter(({ row }) => reaches(person, row.recipient)).map(({ row }) => row) : []),
  ),
});
