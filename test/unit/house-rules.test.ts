// Rules of the repo's layout that a reader relies on (docs/design.md): the stand-in stands alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Every file below `dir` with one of the extensions, as paths. */
const filesIn = (dir: string, extensions: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesIn(path, extensions);
    return extensions.test(entry.name) ? [path] : [];
  });

it('nothing in stand-in/ imports from scripts/', () => {
  const importing = filesIn('stand-in', /\.(m?js|ts)$/).filter((file) =>
    /from ['"][./]*scripts\//.test(readFileSync(file, 'utf8')),
  );
  expect(importing).toEqual([]);
});
