// Reads a built plugin zip: the outer zip holds contents.zip, PUBKEY and SIGNATURE; contents.zip holds
// manifest.json and the files it names. Shared by the size check, the bundle-hygiene test and bench.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

export function readPluginZip(zipPath) {
  const outer = unzipSync(readFileSync(zipPath));
  for (const name of ['contents.zip', 'PUBKEY', 'SIGNATURE']) {
    if (!outer[name]) throw new Error(`${zipPath} has no ${name}: not a packed kintone plugin`);
  }
  const files = unzipSync(outer['contents.zip']);
  const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
  return {
    manifest,
    files,
    contentsZip: Buffer.from(outer['contents.zip']),
    publicKey: Buffer.from(outer.PUBKEY),
    signature: Buffer.from(outer.SIGNATURE),
  };
}
