// @vitest-environment happy-dom
// patchRows (ui/matrix/Rows.tsx): an edit that adds, removes or replaces a few rows changes only those rows in
// place; anything else (a sort, many changes) is left to a full placement.
import { describe, expect, it } from 'vitest';
import { patchRows } from '../../src/ui/matrix/Rows';

const row = (name: string) => {
  const tr = document.createElement('tr');
  tr.id = name;
  return tr;
};

/** Two bodies in a table holding rows a–f, three each. */
function setUp() {
  const rows = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((name) => [name, row(name)]));
  const table = document.body.appendChild(document.createElement('table'));
  const bodies = [0, 1].map(() => table.appendChild(document.createElement('tbody')));
  bodies[0].append(rows.a, rows.b, rows.c);
  bodies[1].append(rows.d, rows.e, rows.f);
  const ids = () => bodies.map((body) => Array.from(body.children, (tr) => tr.id).join(''));
  return { rows, bodies, ids };
}

describe('patchRows', () => {
  it('removes a row where it is, and no other row moves', () => {
    const { rows, bodies, ids } = setUp();
    const { a, b, d, e, f } = rows;
    expect(patchRows(bodies, [a, b, d, e, f])).toBe(true);
    expect(ids()).toEqual(['ab', 'def']);
  });

  it('inserts a new row before the row that follows it, or at the end', () => {
    const { rows, bodies, ids } = setUp();
    const { a, b, c, d, e, f } = rows;
    const [x, y] = [row('x'), row('y')];
    expect(patchRows(bodies, [a, b, c, x, d, e, f, y])).toBe(true);
    expect(ids()).toEqual(['abc', 'xdefy']);
  });

  it('replaces a changed row by its new one, in place', () => {
    const { rows, bodies, ids } = setUp();
    const { a, b, c, d, f } = rows;
    expect(patchRows(bodies, [a, b, c, d, row('E'), f])).toBe(true);
    expect(ids()).toEqual(['abc', 'dEf']);
  });

  it('leaves a sort, or too many changes, to a full placement, having changed nothing', () => {
    const { rows, bodies, ids } = setUp();
    const { a, b, c, d, e, f } = rows;
    expect(patchRows(bodies, [b, a, c, d, e, f])).toBe(false);
    expect(
      patchRows(
        bodies,
        Array.from({ length: 30 }, (_, i) => row(`n${i}`)),
      ),
    ).toBe(false);
    expect(ids()).toEqual(['abc', 'def']);
  });
});
