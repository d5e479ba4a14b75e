// @vitest-environment node
// `npm run upload` against the stand-in: install, then update the same plugin id; clear failures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { startStandIn } from '../emulator/server.mjs';
// @ts-expect-error plain ESM modules without types
import { upload, readDotEnv } from '../../scripts/upload.mjs';
// @ts-expect-error plain ESM modules without types
import { pluginIdOf } from '../emulator/plugin-zip.mjs';
import { buildTestPlugin } from './support/test-plugin';

let standIn: { url: string; close(): Promise<void>; uploads: { method: string; id: string }[] };
let zipPath: string;
let env: Record<string, string>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'knm-upload-'));
  zipPath = join(dir, 'plugin.zip');
  writeFileSync(zipPath, await buildTestPlugin());
  standIn = await startStandIn({ port: 0, host: 'localhost', username: 'admin', password: 's3cret' });
  env = { KINTONE_BASE_URL: standIn.url, KINTONE_USERNAME: 'admin', KINTONE_PASSWORD: 's3cret' };
});
afterAll(() => standIn.close());

describe('upload', () => {
  it('installs the plugin, then updates the same id on the next upload', async () => {
    const { readFileSync } = await import('node:fs');
    const id = pluginIdOf(readFileSync(zipPath));
    expect(await upload({ env, zipPath })).toEqual({ id, action: 'installed' });
    expect(await upload({ env, zipPath })).toEqual({ id, action: 'updated' });
    expect(standIn.uploads.map((u) => `${u.method}:${u.id}`)).toEqual([`POST:${id}`, `PUT:${id}`]);
  });

  it('says so when the password is wrong, the zip is missing or a variable is unset', async () => {
    await expect(upload({ env: { ...env, KINTONE_PASSWORD: 'nope' }, zipPath })).rejects.toThrow(
      /username or password/,
    );
    await expect(upload({ env, zipPath: join(tmpdir(), 'missing.zip') })).rejects.toThrow(/npm run build/);
    await expect(upload({ env: { ...env, KINTONE_BASE_URL: '' }, zipPath })).rejects.toThrow(/KINTONE_BASE_URL/);
  });

  it('reads KEY=VALUE lines from .env, ignoring comments and quotes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knm-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, '# kintone\nKINTONE_BASE_URL="https://example.cybozu.com"\n\nKINTONE_USERNAME = admin\n');
    expect(readDotEnv(file)).toEqual({ KINTONE_BASE_URL: 'https://example.cybozu.com', KINTONE_USERNAME: 'admin' });
    expect(readDotEnv(join(dir, 'none'))).toEqual({});
  });
});
