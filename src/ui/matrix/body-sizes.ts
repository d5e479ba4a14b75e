/** A row's height (Matrix.css): what a body off screen is taken to measure, per row it shows. */
const ROW_HEIGHT = 29;

/** Runs `step` in the task after the next frame is painted. */
export const afterFrame = (step: () => void) => requestAnimationFrame(() => setTimeout(step, 0));

type Body = HTMLTableSectionElement;

/**
 * The heights of the bodies of rows (Rows.tsx) that skip layout and paint off screen (content-visibility: auto).
 *
 * Off screen, a body is as high as the rows it shows now, set as its contain-intrinsic-size; on screen the browser
 * measures it. But Chromium sizes a body it has drawn by what it measured then, not by the height set since
 * (content-visibility: auto forces contain-intrinsic-size: auto, CSSWG #8407): a body seen with 32 rows and
 * filtered to none would stay 928 px high, blank, with every row below it out of place. Such a body is drawn once
 * more, for a frame (Matrix.css, `data-resize`), which records its new size: with its rows when it will be on or
 * near the screen (where it is about to be drawn anyway), else each row an empty box 29 px high, so that clearing a
 * filter after scrolling through 2,000 rows lays out none of their cells. A body never drawn has nothing remembered.
 *
 * A body that shows no row is skipped wherever it is (`data-empty`, content-visibility: hidden): a filter that
 * leaves a few rows would otherwise pile sixty empty bodies on screen, all drawn, and clearing it would lay out all
 * their rows in one frame (~800 ms at 2,000).
 */
export class BodySizes {
  /** How many rows each body shows, as last given to its height. */
  private shownIn = new WeakMap<Body, number>();
  /** Bodies Chromium has drawn (and so remembers a size for), and those it skips now (or may: see update). */
  private drawn = new WeakSet<Body>();
  private skipped = new WeakSet<Body>();
  /** Whether Chromium has drawn any of them: until then nothing needs the scroll box measured. */
  private drawnAny = false;
  /** Redraws asked so far: each names its own, so that an older one's frame does not end a newer one. */
  private asks = 0;

  /** A new body, told of when Chromium starts and stops skipping it. */
  watch(body: Body) {
    body.addEventListener('contentvisibilityautostatechange', (event) => {
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) this.skipped.add(body);
      else {
        this.skipped.delete(body);
        this.drawn.add(body);
        this.drawnAny = true;
      }
    });
  }

  /**
   * Where `box` is scrolled to and how high it is, for update; read before the rows change (a read after would force
   * a layout of the half-changed table), and not before any body is drawn (the first placement forces no layout).
   */
  viewOf(box: Element | null | undefined): [number, number] {
    return this.drawnAny && box ? [box.scrollTop, box.clientHeight] : [0, 0];
  }

  /** Sizes every body whose rows shown changed. `view`: the scroll box's scrollTop and height (viewOf). */
  update(bodies: Body[], [top, height]: [number, number]) {
    let y = 0;
    for (const body of bodies) {
      const shown = Array.from(body.children as HTMLCollectionOf<HTMLElement>).reduce((n, tr) => n + +!tr.hidden, 0);
      const px = shown * ROW_HEIGHT;
      // A screen above and two below: wider than the margin within which Chromium draws a body.
      const near = y < top + 2 * height && y + px > top - height;
      y += px;
      // A style change costs: only where the rows shown changed.
      if (this.shownIn.get(body) === shown) continue;
      this.shownIn.set(body, shown);
      body.style.containIntrinsicSize = `${px}px`;
      body.toggleAttribute('data-empty', !shown);
      // Hidden, it tells nothing of being skipped: taken as skipped, it is sized anew when it shows rows again.
      if (!shown) this.skipped.add(body);
      else if (this.drawn.has(body) && this.skipped.has(body)) this.redraw(body, near);
    }
  }

  /** Draws `body` for a frame: with its rows when `near`, else with each row an empty box of its height. */
  private redraw(body: Body, near: boolean) {
    const ask = `${near ? 'rows' : 'boxes'}${++this.asks}`;
    body.setAttribute('data-resize', ask);
    afterFrame(() => body.getAttribute('data-resize') === ask && body.removeAttribute('data-resize'));
  }
}
