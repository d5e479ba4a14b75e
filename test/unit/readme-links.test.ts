// The front doors' relative links and images point at files that exist: a moved screenshot or a renamed guide
// fails here, not in a reader's browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every link and image target of a Markdown file that is a path in the repo (no URL, no in-page anchor). */
function relativeTargets(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => decodeURI(target.split('#')[0]));
}

const GUIDES = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);

describe.each(['README.md', 'README.ja.md', ...GUIDES])('%s', (file) => {
  it('links only to files that exist, images included', () => {
    const targets = relativeTargets(file);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !existsSync(join(dirname(file), target)))).toEqual([]);
  });
});

it.each(['README.md', 'README.ja.md'])('%s stays a front door: at most 250 lines', (file) => {
  expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(250);
});
