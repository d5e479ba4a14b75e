// npm run upload: installs dist/plugin.zip on a kintone domain, or updates it when a plugin with the same
// id (the same private.ppk) is already installed. Credentials come from the environment or a git-ignored
// .env file: KINTONE_BASE_URL, KINTONE_USERNAME, KINTONE_PASSWORD.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KintoneRestAPIClient } from '@kintone/rest-api-client';
import { pluginIdOf } from '../stand-in/plugin-zip.mjs';

const REQUIRED = ['KINTONE_BASE_URL', 'KINTONE_USERNAME', 'KINTONE_PASSWORD'];

/** KEY=VALUE lines; blank lines, comments and surrounding quotes are ignored. */
export function readDotEnv(path = '.env') {
  if (!existsSync(path)) return {};
  const entries = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/))
    .filter(Boolean)
    .map(([, key, value]) => [key, value.replace(/^(['"])(.*)\1$/, '$2')]);
  return Object.fromEntries(entries);
}

// Why a connection failed, by Node/axios error code; a certificate or TLS failure is matched by TLS_CODE.
const NETWORK_REASONS = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found in DNS',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'connection timed out',
  ECONNABORTED: 'connection timed out',
  ESOCKETTIMEDOUT: 'connection timed out',
  ECONNRESET: 'connection closed before an answer',
  EPIPE: 'connection closed before an answer',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^ERR_TLS|^ERR_SSL|^EPROTO$/;
const CHECK_FRONT = 'Check KINTONE_BASE_URL and your proxy / Basic auth settings.';

const hostOf = (baseUrl) => {
  try {
    return new URL(baseUrl).host || String(baseUrl);
  } catch {
    return String(baseUrl);
  }
};

/** kintone's own error JSON { code, id, message } (rest-api-client's KintoneRestAPIError carries code and id). */
const isKintoneError = (error) =>
  typeof error?.status === 'number' &&
  typeof error.code === 'string' &&
  error.code !== '' &&
  typeof error.id === 'string';

/** The HTTP status of an answer that is not kintone's JSON, or undefined when nothing answered. */
function httpAnswerOf(error) {
  // rest-api-client throws Error("<status>: <statusText>") for a non-JSON body (an HTML page, an empty 407…).
  const plain = typeof error?.message === 'string' && error.message.match(/^(\d{3}): ?(.*)$/);
  if (plain && typeof error.code !== 'string') return { status: Number(plain[1]), text: plain[2] };
  if (typeof error?.status === 'number') return { status: error.status, text: '' }; // JSON, but not kintone's
  const response = error?.response;
  if (typeof response?.status === 'number') return { status: response.status, text: response.statusText ?? '' };
  return undefined;
}

/** The network error code (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED…) of a request that got no answer. */
const networkCodeOf = (error) =>
  [error?.code, error?.cause?.code, error?.errors?.[0]?.code].find((code) => typeof code === 'string');

/**
 * One clear line for what went wrong talking to kintone, and its kind: credentials, not-admin and kintone are
 * kintone's own JSON answers; proxy-auth and not-kintone are HTTP answers from something else (a proxy, an SSO
 * or Basic-auth front, a wrong URL); unreachable means no HTTP answer at all (network, DNS, TLS).
 */
export function explainFailure(error, baseUrl) {
  const host = hostOf(baseUrl);
  if (isKintoneError(error)) {
    if (error.status === 401 || error.code === 'CB_WA01' || error.code === 'CB_AU01')
      return { kind: 'credentials', message: 'kintone rejected the username or password.' };
    if (error.code === 'CB_NO02' || error.status === 403)
      return { kind: 'not-admin', message: 'This user is not a kintone administrator (plug-in import needs one).' };
    return { kind: 'kintone', message: `kintone answered ${error.code}: ${error.message}` };
  }
  const answer = httpAnswerOf(error);
  if (answer?.status === 407)
    return {
      kind: 'proxy-auth',
      message: `A proxy between you and ${host} answered HTTP 407 Proxy Authentication Required: it wants its own login. Check your proxy settings (HTTPS_PROXY and the proxy's credentials).`,
    };
  if (answer) {
    const status = `HTTP ${answer.status}${answer.text ? ` ${answer.text}` : ''}`;
    return {
      kind: 'not-kintone',
      message: `Something between you and kintone (a proxy, an SSO or Basic-auth front, or a wrong URL) answered ${status} for ${host}, not kintone. ${CHECK_FRONT}`,
    };
  }
  const code = networkCodeOf(error);
  if (code) {
    const reason = NETWORK_REASONS[code] ?? (TLS_CODE.test(code) ? 'TLS certificate not accepted' : error.message);
    return {
      kind: 'unreachable',
      message: `Could not reach ${host} (${code}: ${reason}). This is a network, DNS or TLS problem; kintone did not answer.`,
    };
  }
  return { kind: 'unknown', message: String(error?.message ?? error) };
}

/** Installs or updates the plugin; returns { id, action } or throws an Error with a one-line message. */
export async function upload({ env = { ...readDotEnv(), ...process.env }, zipPath = 'dist/plugin.zip' } = {}) {
  if (!existsSync(zipPath)) throw new Error(`${zipPath} not found — run npm run build first.`);
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length) throw new Error(`Missing ${missing.join(', ')} (set them in the environment or in .env).`);
  const zip = readFileSync(zipPath);
  const id = pluginIdOf(zip);
  if (!id) throw new Error(`${zipPath} is not a signed kintone plug-in (no PUBKEY).`);
  const client = new KintoneRestAPIClient({
    baseUrl: env.KINTONE_BASE_URL,
    auth: { username: env.KINTONE_USERNAME, password: env.KINTONE_PASSWORD },
  });
  try {
    const { plugins } = await client.plugin.getPlugins({ ids: [id] });
    // A 200 that is not kintone's JSON: an SSO login page, a proxy's portal or a wrong URL.
    if (!Array.isArray(plugins)) throw Object.assign(new Error('not kintone JSON'), { status: 200 });
    const installed = plugins.some((plugin) => plugin.id === id);
    const { fileKey } = await client.file.uploadFile({ file: { name: basename(zipPath), data: zip } });
    if (installed) await client.plugin.updatePlugin({ id, fileKey });
    else await client.plugin.installPlugin({ fileKey });
    return { id, action: installed ? 'updated' : 'installed' };
  } catch (error) {
    throw new Error(explainFailure(error, env.KINTONE_BASE_URL).message);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  upload().then(
    ({ id, action }) => console.log(`${action} plug-in ${id}`),
    (error) => {
      console.error(`upload failed: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
