import { Component } from 'preact';
import type { MatrixItem, MatrixRow } from '../../model/types';
import type { Translate } from '../../i18n';
import { rowBuilder } from './recipient-rows';
import type { NotificationColumn } from './Matrix';
import { BodySizes, afterFrame } from './body-sizes';

/**
 * Switching between General and Everyone replaces every row, and coming back to a matrix from a list tab
 * places them all again. At 2,000 recipients × 105 columns that is 200,000 cells to attach, style and lay
 * out, ~250 ms in one frame: instead, a table of more than FILL_AT_ONCE rows gets its first screenful
 * (FIRST_ROWS) in that frame and the rest ROWS_PER_FRAME a frame after it, while the panel says it is busy
 * (aria-busy, as while loading). The panel's first draw, and every other change (filter, sort,
 * Live/Pre-live, edits), place all rows at once, as before.
 */
export const FILL_AT_ONCE = 200;
const FIRST_ROWS = 8;
const ROWS_PER_FRAME = 200;
/**
 * Bodies a leaving table takes out a frame (see drain): taking Everyone's 420,000 nodes out of the page at once
 * costs ~45 ms in the switch's frame; eight bodies, hidden, cost ~3 ms a frame.
 */
const BODIES_PER_FRAME = 8;
/** Rows an update removes or inserts one by one (see patchRows); more are placed anew at once. */
const MAX_SWAPS = 20;
/**
 * Rows per <tbody>. Each body skips layout and paint while off screen (content-visibility): the browser then
 * watches 63 bodies rather than 2,000 rows, work it redoes on every frame that changes anything (a toggle, a
 * keystroke). A body a screen high keeps what it lays out on screen near what one row at a time did.
 */
const ROWS_PER_BODY = 32;
/** The props the rows are drawn from. */
const ROW_PROPS = ['items', 'shown', 'marked', 't', 'columns', 'editing'] as const;

/**
 * Row builders by language and column set (General's, and the Everyone view's), kept across mounts: a row
 * is built once per item, and switching tabs back and forth reuses the rows already built.
 */
const builders = [new WeakMap(), new WeakMap()] as Array<
  WeakMap<Translate, WeakMap<NotificationColumn[], ReturnType<typeof rowBuilder>>>
>;
function builderFor(t: Translate, columns: NotificationColumn[], editing: boolean) {
  const byLanguage = builders[+editing];
  const byColumns = byLanguage.get(t) ?? new WeakMap();
  byLanguage.set(t, byColumns);
  const build = byColumns.get(columns) ?? rowBuilder(t, columns, editing);
  byColumns.set(columns, build);
  return build;
}

/** Puts `rows` in `body`, unless they are there already. */
function fillBody(body: HTMLTableSectionElement, rows: HTMLTableRowElement[]) {
  const slots = body.children;
  if (rows.length !== slots.length || rows.some((tr, i) => slots[i] !== tr)) body.replaceChildren(...rows);
}

/**
 * Turns the rows in `bodies` into `rows` by removing the rows that went and inserting the new ones where they
 * belong, every other row staying where it is: an edit that adds or removes a row (or Discard that brings one
 * back) moves no other row. False, with nothing done, when rows moved (a sort) or more than MAX_SWAPS changed.
 */
export function patchRows(bodies: HTMLTableSectionElement[], rows: HTMLTableRowElement[]): boolean {
  const placed = bodies.flatMap((body) => Array.from(body.children as HTMLCollectionOf<HTMLTableRowElement>));
  const wanted = new Set(rows);
  const steps: Array<() => void> = [];
  let [i, j] = [0, 0];
  while (i < placed.length || j < rows.length) {
    const [have, want] = [placed[i], rows[j]];
    if (have === want) {
      i++;
      j++;
    } else if (have && !wanted.has(have)) {
      steps.push(() => have.remove());
      i++;
    } else if (want && !want.isConnected) {
      steps.push(() => (have ? have.before(want) : bodies.at(-1)?.append(want)));
      j++;
    } else return false;
    if (steps.length > MAX_SWAPS) return false;
  }
  for (const step of steps) step();
  return true;
}

export interface RowsProps {
  items: MatrixItem[];
  shown: Set<MatrixRow>;
  marked: Set<MatrixRow>;
  t: Translate;
  columns: NotificationColumn[];
  editing: boolean;
  onFilling?: (filling: boolean) => void;
  /**
   * The table is leaving the page, hidden meanwhile (MatrixArea): its rows go a few bodies a frame, and `onLeft`
   * is told when they all have. Back to false (the tab shown again) places them anew.
   */
  leaving?: boolean;
  onLeft?: () => void;
}

/**
 * The recipient rows, in bodies of ROWS_PER_BODY. Preact renders only the first, empty <tbody>; the others are
 * added beside it. rowBuilder builds each row once per item and language, and rows are reused when the order or
 * view changes. A filter keystroke over thousands of rows only flips their `hidden` attribute. A switch to another
 * column set fills a big table over several frames (see FILL_AT_ONCE).
 */
export class Rows extends Component<RowsProps> {
  private bodies: HTMLTableSectionElement[] = [];
  /** The column set of the rows placed: another one is a tab switch. */
  private columns?: NotificationColumn[];
  /** Bumped by every placement: the fill of an older one stops. */
  private run = 0;

  componentDidMount() {
    this.place(this.props);
  }

  componentWillUnmount() {
    // Left mid-fill (for a list tab): the panel is no longer busy with these rows.
    this.run++;
    this.props.onFilling?.(false);
    for (const body of this.bodies.slice(1)) body.remove();
  }

  shouldComponentUpdate(next: RowsProps) {
    // Only what the rows show counts: the panel also re-renders for much else (a fill's start and end too).
    if (next.leaving) {
      if (!this.props.leaving) this.drain(next);
    } else if (this.props.leaving || ROW_PROPS.some((key) => next[key] !== this.props[key])) this.place(next);
    return false;
  }

  /** Takes the rows out BODIES_PER_FRAME bodies a frame, each after a frame is painted, then says so. */
  private drain({ onFilling, onLeft }: RowsProps) {
    const run = ++this.run;
    // Shown again, the rows are placed as after a tab switch: over frames.
    this.columns = undefined;
    onFilling?.(true);
    const step = () => {
      if (run !== this.run) return;
      for (const body of this.bodies.splice(Math.max(1, this.bodies.length - BODIES_PER_FRAME))) body.remove();
      if (this.bodies.length > 1) {
        afterFrame(step);
        return;
      }
      this.bodies[0]?.replaceChildren();
      onFilling?.(false);
      onLeft?.();
    };
    afterFrame(step);
  }

  private sizes = new BodySizes();

  /**
   * The rows in bodies of about ROWS_PER_BODY: patched in place when an edit added or removed a few (see patchRows),
   * else placed anew, ROWS_PER_BODY a body, with as many bodies as they need and none more.
   */
  private fill(rows: HTMLTableRowElement[], view: [number, number]) {
    const bodies = this.bodies;
    const balanced = bodies.every((body) => body.children.length <= 2 * ROWS_PER_BODY);
    if (!balanced || !patchRows(bodies, rows)) {
      const needed = Math.max(1, Math.ceil(rows.length / ROWS_PER_BODY));
      while (bodies.length < needed) {
        const body = document.createElement('tbody');
        this.sizes.watch(body);
        bodies.at(-1)?.after((bodies[bodies.length] = body));
      }
      for (const body of bodies.splice(needed)) body.remove();
      for (const [i, body] of bodies.entries()) fillBody(body, rows.slice(i * ROWS_PER_BODY, (i + 1) * ROWS_PER_BODY));
    }
    this.sizes.update(bodies, view);
  }

  private place({ items, shown, marked, t, columns, editing, onFilling }: RowsProps) {
    if (!this.bodies.length) return;
    const scrollBox = this.bodies[0].parentElement?.parentElement;
    const before = this.sizes.viewOf(scrollBox);
    const build = builderFor(t, columns, editing);
    const rows = (from: number, to: number) =>
      items.slice(from, to).map((item) => {
        const tr = build(item);
        const hidden = !shown.has(item.row);
        if (tr.hidden !== hidden) tr.hidden = hidden;
        tr.toggleAttribute('data-person-reach', marked.has(item.row));
        return tr;
      });
    const run = ++this.run;
    const fill = onFilling && this.columns !== columns && items.length > FILL_AT_ONCE;
    this.columns = columns;
    onFilling?.(!!fill);
    // The table's foot and the legend below its scroll box wait for the last row (Matrix.css): drawn under a
    // table still short, they would be laid out in the switch's frame only to be pushed down the next.
    scrollBox?.toggleAttribute('data-filling', !!fill);
    const placed = rows(0, fill ? FIRST_ROWS : items.length);
    this.fill(placed, before);
    // Each chunk after the next frame is painted, so that every frame shows the rows so far.
    const step = () => {
      if (run !== this.run) return;
      if (placed.length < items.length) {
        const now = this.sizes.viewOf(scrollBox);
        placed.push(...rows(placed.length, placed.length + ROWS_PER_FRAME));
        this.fill(placed, now);
        afterFrame(step);
      } else {
        scrollBox?.removeAttribute('data-filling');
        onFilling?.(false);
      }
    };
    if (fill) afterFrame(step);
  }

  render() {
    return (
      <tbody
        ref={(body) => {
          this.bodies = body ? [body] : [];
        }}
      />
    );
  }
}
