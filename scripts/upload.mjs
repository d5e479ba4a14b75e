// npm run upload: installs dist/plugin.zip on a kintone domain, or updates it when a plugin with the same
// id (the same private.ppk) is already installed. Credentials come from the environment or a git-ignored
// .env file: KINTONE_BASE_URL, KINTONE_USERNAME, KINTONE_PASSWORD.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KintoneRestAPIClient } from '@kintone/rest-api-client';
import { pluginIdOf } from '../test/emulator/plugin-zip.mjs';

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

/** One clear line for what went wrong talking to kintone. */
function explain(error, baseUrl) {
  if (error?.status === 401 || error?.code === 'CB_WA01') return 'kintone rejected the username or password.';
  if (error?.code === 'CB_NO02' || error?.status === 403)
    return 'This user is not a kintone administrator (plug-in import needs one).';
  if (error?.code && error?.message) return `kintone answered ${error.code}: ${error.message}`;
  const cause = error?.cause?.code ?? error?.code ?? error?.message;
  return `Could not reach ${baseUrl} (${cause ?? 'network error'}).`;
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
    const installed = plugins.some((plugin) => plugin.id === id);
    const { fileKey } = await client.file.uploadFile({ file: { name: basename(zipPath), data: zip } });
    if (installed) await client.plugin.updatePlugin({ id, fileKey });
    else await client.plugin.installPlugin({ fileKey });
    return { id, action: installed ? 'updated' : 'installed' };
  } catch (error) {
    throw new Error(explain(error, env.KINTONE_BASE_URL));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  upload().then(
    ({ id, action }) => console.log(`${action} plug-in ${id}`),
    (error) => {
      console.error(`upload failed: ${error.message}`);
      process.exit(1);
    },
  );
}
