// The built plugin as kintone sees it: the outer zip's contents.zip (manifest + files) and its PUBKEY.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';

/** kintone's plugin id: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
export function pluginIdOf(zipBuffer) {
  try {
    const pubkey = unzipSync(new Uint8Array(zipBuffer)).PUBKEY;
    if (!pubkey) return undefined;
    const hex = createHash('sha256').update(pubkey).digest('hex').slice(0, 32);
    return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16)));
  } catch {
    return undefined;
  }
}

/** Unpacks a plugin zip: { id, manifest, files } where files maps path → Buffer. */
export function readPlugin(zipBuffer) {
  const outer = unzipSync(new Uint8Array(zipBuffer));
  if (!outer['contents.zip']) throw new Error('not a kintone plugin zip: contents.zip is missing');
  const files = Object.fromEntries(
    Object.entries(unzipSync(outer['contents.zip'])).map(([p, b]) => [p, Buffer.from(b)]),
  );
  const manifest = JSON.parse(files['manifest.json'].toString('utf8'));
  return { id: pluginIdOf(zipBuffer), manifest, files };
}
