// Reads a built plugin zip: the outer zip holds contents.zip, PUBKEY and SIGNATURE; contents.zip holds
// manifest.json and the files it names. Shared by the build checks, the size check, the bench, upload and
// the local kintone stand-in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** kintone's plugin id: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
function idOfPublicKey(publicKey) {
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16)));
}

/** Unpacks a plugin zip: { id, manifest, files (path → Buffer), contentsZip, publicKey, signature }. */
export function readPlugin(zipBuffer) {
  const outer = unzipSync(new Uint8Array(zipBuffer));
  for (const name of ['contents.zip', 'PUBKEY', 'SIGNATURE']) {
    if (!outer[name]) throw new Error(`not a packed kintone plugin: ${name} is missing`);
  }
  const files = Object.fromEntries(
    Object.entries(unzipSync(outer['contents.zip'])).map(([path, bytes]) => [path, Buffer.from(bytes)]),
  );
  if (!files['manifest.json']) throw new Error('not a kintone plugin: manifest.json is missing');
  return {
    id: idOfPublicKey(outer.PUBKEY),
    manifest: JSON.parse(files['manifest.json'].toString('utf8')),
    files,
    contentsZip: Buffer.from(outer['contents.zip']),
    publicKey: Buffer.from(outer.PUBKEY),
    signature: Buffer.from(outer.SIGNATURE),
  };
}

export const readPluginZip = (zipPath) => readPlugin(readFileSync(zipPath));

/** The plugin id of a zip, or undefined when it is not a signed plugin. */
export function pluginIdOf(zipBuffer) {
  try {
    return readPlugin(zipBuffer).id;
  } catch {
    return undefined;
  }
}
