// @vitest-environment happy-dom
// BodySizes (ui/matrix/body-sizes.ts): which bodies of rows are drawn once more after their rows shown changed, and
// how. Chromium's part (the size it remembers, the events it sends) is checked on the built zip in layout.e2e; here
// the events are sent by hand, to pin down the decisions taken on them.
import { describe, expect, it } from 'vitest';
import { BodySizes } from '../../src/ui/matrix/body-sizes';

/** Three bodies of 32 rows, each row 29 px, watched. */
function setUp() {
  const sizes = new BodySizes();
  const table = document.body.appendChild(document.createElement('table'));
  const bodies = [0, 1, 2].map(() => {
    const body = table.appendChild(document.createElement('tbody'));
    body.append(...Array.from({ length: 32 }, () => document.createElement('tr')));
    sizes.watch(body);
    return body;
  });
  const state = (body: HTMLElement, skipped: boolean) =>
    body.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped }));
  const show = (body: HTMLElement, count: number) =>
    Array.from(body.children as HTMLCollectionOf<HTMLElement>).forEach((tr, i) => (tr.hidden = i >= count));
  return { sizes, bodies, state, show };
}

describe('BodySizes', () => {
  it('sets each body as high as the rows it shows, and marks one that shows none', () => {
    const { sizes, bodies, show } = setUp();
    show(bodies[1], 3);
    show(bodies[2], 0);
    sizes.update(bodies, [0, 800]);
    expect(bodies.map((body) => body.style.containIntrinsicSize)).toEqual(['928px', '87px', '0px']);
    expect(bodies.map((body) => body.hasAttribute('data-empty'))).toEqual([false, false, true]);
  });

  it('draws again a body drawn before and skipped now, with rows near the screen and as boxes far from it', () => {
    const { sizes, bodies, state, show } = setUp();
    sizes.update(bodies, [0, 800]);
    for (const body of bodies) state(body, false);
    for (const body of bodies) state(body, true);
    for (const body of bodies) show(body, 16);
    // Scrolled to 0 in a box 400 px high: body 0 (0–464 px) is near, body 2 (928–1392 px) is not.
    sizes.update(bodies, [0, 400]);
    expect(bodies.map((body) => body.getAttribute('data-resize')?.replace(/\d+$/, ''))).toEqual([
      'rows',
      'rows',
      'boxes',
    ]);
  });

  it('leaves alone a body never drawn (nothing remembered) and one on screen (measured anyway)', () => {
    const { sizes, bodies, state, show } = setUp();
    sizes.update(bodies, [0, 800]);
    state(bodies[0], false);
    state(bodies[1], true);
    for (const body of bodies) show(body, 5);
    sizes.update(bodies, [0, 800]);
    expect(bodies.map((body) => body.hasAttribute('data-resize'))).toEqual([false, false, false]);
  });

  it('draws again a body that showed no row and was drawn before, once it shows rows again', () => {
    const { sizes, bodies, state, show } = setUp();
    sizes.update(bodies, [0, 800]);
    state(bodies[2], false);
    show(bodies[2], 0);
    sizes.update(bodies, [0, 800]);
    expect(bodies[2].hasAttribute('data-resize')).toBe(false);
    show(bodies[2], 32);
    sizes.update(bodies, [0, 800]);
    expect(bodies[2].hasAttribute('data-resize')).toBe(true);
  });

  it('measures the scroll box only once a body has been drawn (no forced layout on the first placement)', () => {
    const { sizes, bodies, state } = setUp();
    let reads = 0;
    const box = {
      get scrollTop() {
        reads++;
        return 120;
      },
      clientHeight: 400,
    } as unknown as Element;
    expect(sizes.viewOf(box)).toEqual([0, 0]);
    expect(reads).toBe(0);
    state(bodies[1], false);
    expect(sizes.viewOf(box)).toEqual([120, 400]);
  });

  it('ends a redraw after its frame, but not one asked for since', async () => {
    const { sizes, bodies, state, show } = setUp();
    sizes.update(bodies, [0, 800]);
    state(bodies[1], false);
    state(bodies[1], true);
    show(bodies[1], 10);
    sizes.update(bodies, [0, 800]);
    // In the first redraw's frame, after its own callback: another change asks for a second one.
    await new Promise<void>((done) =>
      requestAnimationFrame(() => {
        show(bodies[1], 20);
        sizes.update(bodies, [0, 800]);
        setTimeout(done, 0);
      }),
    );
    // The first redraw's end has run (its task came first): the second stands until its own frame.
    expect(bodies[1].hasAttribute('data-resize')).toBe(true);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    expect(bodies[1].hasAttribute('data-resize')).toBe(false);
  });
});
