// @vitest-environment node
// `npm run upload` against the stand-in: install, then update the same plugin id; clear failures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KintoneRestAPIError } from '@kintone/rest-api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { startStandIn } from '../../stand-in/server.mjs';
// @ts-expect-error plain ESM modules without types
import { upload, readDotEnv, explainFailure } from '../../scripts/upload.mjs';
// @ts-expect-error plain ESM modules without types
import { pluginIdOf } from '../../stand-in/plugin-zip.mjs';
import { buildTestPlugin } from './support/test-plugin';

let standIn: { url: string; close(): Promise<void>; uploads: Array<{ method: string; id: string }> };
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

/** A tiny HTTP server that is not kintone (a proxy, an SSO front…); answers every request with `answer`. */
async function withServer<T>(answer: (res: ServerResponse) => void, run: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = createServer((_req, res) => answer(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    // rest-api-client accepts plain http only for a host named localhost.
    return await run(`http://localhost:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const kintoneError = (status: number, code: string, message: string) =>
  new KintoneRestAPIError({ data: { code, id: 'x1y2', message }, status, statusText: '', headers: {} });
const networkError = (code: string, message: string) => Object.assign(new Error(message), { code, isAxiosError: true });

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

  it('says the domain could not be reached when nothing listens, never that kintone answered', async () => {
    const port = await closedPort();
    const attempt = upload({ env: { ...env, KINTONE_BASE_URL: `http://localhost:${port}` }, zipPath });
    await expect(attempt).rejects.toThrow(new RegExp(`Could not reach localhost:${port}.*ECONNREFUSED`));
    await expect(attempt).rejects.not.toThrow(/kintone answered/);
  });

  it('says a 401 without kintone JSON came from something in front of kintone, not a wrong password', async () => {
    const html = (res: ServerResponse) => {
      res.writeHead(401, { 'Content-Type': 'text/html', 'WWW-Authenticate': 'Basic realm="intranet"' });
      res.end('<html><body><h1>401 Authorization Required</h1></body></html>');
    };
    await withServer(html, async (baseUrl) => {
      const attempt = upload({ env: { ...env, KINTONE_BASE_URL: baseUrl }, zipPath });
      await expect(attempt).rejects.toThrow(/Something between you and kintone .* answered HTTP 401/);
      await expect(attempt).rejects.toThrow(/URL.*proxy.*Basic auth/);
      await expect(attempt).rejects.not.toThrow(/username or password|kintone answered/);
    });
    const json = (res: ServerResponse) => {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'unauthorized' }));
    };
    await withServer(json, async (baseUrl) => {
      const attempt = upload({ env: { ...env, KINTONE_BASE_URL: baseUrl }, zipPath });
      await expect(attempt).rejects.toThrow(/Something between you and kintone .* answered HTTP 401/);
      await expect(attempt).rejects.not.toThrow(/username or password/);
    });
  });

  it('says a proxy wants its own credentials on HTTP 407 with Proxy-Authenticate', async () => {
    const proxy = (res: ServerResponse) => {
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="corporate proxy"', 'Content-Type': 'text/html' });
      res.end('<html><body>Proxy Authentication Required</body></html>');
    };
    await withServer(proxy, async (baseUrl) => {
      const attempt = upload({ env: { ...env, KINTONE_BASE_URL: baseUrl }, zipPath });
      await expect(attempt).rejects.toThrow(/proxy.*HTTP 407/i);
      await expect(attempt).rejects.not.toThrow(/username or password|kintone answered/);
    });
  });

  it('says a 502 page or a 200 login page is not kintone, and names no network failure', async () => {
    const badGateway = (res: ServerResponse) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html><body>Bad Gateway</body></html>');
    };
    await withServer(badGateway, async (baseUrl) => {
      const attempt = upload({ env: { ...env, KINTONE_BASE_URL: baseUrl }, zipPath });
      await expect(attempt).rejects.toThrow(/Something between you and kintone .* answered HTTP 502/);
      await expect(attempt).rejects.not.toThrow(/Could not reach/);
    });
    const loginPage = (res: ServerResponse) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><body><form>Sign in</form></body></html>');
    };
    await withServer(loginPage, async (baseUrl) => {
      const attempt = upload({ env: { ...env, KINTONE_BASE_URL: baseUrl }, zipPath });
      await expect(attempt).rejects.toThrow(/Something between you and kintone .* answered HTTP 200/);
    });
  });
});

describe('explainFailure', () => {
  const base = 'https://example.cybozu.com';

  it('reports only kintone JSON errors as kintone answers', () => {
    expect(explainFailure(kintoneError(401, 'CB_WA01', 'Password authentication failed.'), base)).toEqual({
      kind: 'credentials',
      message: 'kintone rejected the username or password.',
    });
    expect(explainFailure(kintoneError(401, 'CB_AU01', 'Authentication required.'), base).kind).toBe('credentials');
    expect(explainFailure(kintoneError(403, 'CB_NO02', 'No privilege to proceed.'), base).kind).toBe('not-admin');
    const invalid = explainFailure(kintoneError(400, 'GAIA_PL18', 'The plug-in file is invalid.'), base);
    expect(invalid).toMatchObject({ kind: 'kintone', message: expect.stringMatching(/^kintone answered GAIA_PL18/) });
  });

  it('names the host and the code when the domain cannot be reached', () => {
    const cases: Array<[string, RegExp]> = [
      ['ECONNREFUSED', /refused/],
      ['ENOTFOUND', /DNS/],
      ['ETIMEDOUT', /timed out/],
      ['ECONNRESET', /closed/],
      ['CERT_HAS_EXPIRED', /TLS/],
      ['DEPTH_ZERO_SELF_SIGNED_CERT', /TLS/],
      ['ERR_TLS_CERT_ALTNAME_INVALID', /TLS/],
    ];
    for (const [code, reason] of cases) {
      const { kind, message } = explainFailure(networkError(code, `connect ${code}`), base);
      expect(kind).toBe('unreachable');
      expect(message).toMatch(new RegExp(`^Could not reach example\\.cybozu\\.com \\(${code}: `));
      expect(message).toMatch(reason);
      expect(message).not.toMatch(/kintone answered/);
    }
  });

  it('reports an HTTP answer without kintone JSON as coming from something in front of kintone', () => {
    // rest-api-client throws a plain Error("<status>: <statusText>") for a non-JSON body …
    const html401 = explainFailure(new Error('401: Unauthorized'), base);
    expect(html401.kind).toBe('not-kintone');
    expect(html401.message).toMatch(
      /^Something between you and kintone \(a proxy, .*\) answered HTTP 401 Unauthorized/,
    );
    expect(html401.message).not.toMatch(/username or password/);
    expect(explainFailure(new Error('407: Proxy Authentication Required'), base)).toMatchObject({
      kind: 'proxy-auth',
      message: expect.stringMatching(/proxy .*HTTP 407/i),
    });
    expect(explainFailure(new Error('403: Forbidden'), base).kind).toBe('not-kintone');
    // … and a KintoneRestAPIError without kintone's code and id for a JSON body that is not kintone's.
    const json401 = new KintoneRestAPIError({
      data: { error: 'unauthorized' } as never, // what a gateway may send; not kintone's { code, id, message }
      status: 401,
      statusText: '',
      headers: {},
    });
    expect(explainFailure(json401, base)).toMatchObject({ kind: 'not-kintone', message: expect.stringMatching(/401/) });
  });
});
