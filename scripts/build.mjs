// npm run build: type-check, bundle each kintone entry, stage plugin/ assets, validate the manifest,
// and pack a signed dist/plugin.zip with the key in private.ppk (generated on first build).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import validateModule from '@kintone/plugin-manifest-validator';
import { packPluginFromManifest } from '@kintone/plugin-packer/from-manifest';

// The validator is CommonJS with a default export.
const validate = validateModule.default ?? validateModule;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'dist/plugin');
const zipPath = join(root, 'dist/plugin.zip');
const keyPath = join(root, 'private.ppk');

const fail = (message) => {
  console.error(`build failed: ${message}`);
  process.exit(1);
};

// npm test type-checks source and tests together first, and says so with --no-typecheck.
if (!process.argv.includes('--no-typecheck')) {
  console.log('type-checking…');
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', root], { stdio: 'inherit' });
  } catch {
    fail('TypeScript reported errors (above).');
  }
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
cpSync(join(root, 'plugin'), stage, { recursive: true });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(stage, 'manifest.json'), 'utf8'));
manifest.version = pkg.version;
writeFileSync(join(stage, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

// Every js path in the manifest is js/<entry>.js, built from the entry of the same name.
const entries = new Set(
  [...(manifest.config?.js ?? []), ...(manifest.desktop?.js ?? [])].map((p) => p.replace(/^js\/(.*)\.js$/, '$1')),
);
for (const entry of entries) {
  process.env.PLUGIN_ENTRY = entry;
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

// Vite writes the settings page's stylesheet beside its script; the manifest loads it from css/.
renameSync(join(stage, 'js/matrix.css'), join(stage, 'css/matrix.css'));

const result = validate(manifest, {
  relativePath: (p) => !/^https?:/.test(p),
  fileExists: (p) => existsSync(join(stage, p)) || { valid: false, message: `${p} is missing from the build` },
  maxFileSize: () => true,
});
if (!result.valid) {
  fail('manifest.json is invalid:\n' + result.errors.map((e) => `  ${e.instancePath || '/'} ${e.message}`).join('\n'));
}

// The key fixes the plugin id: the same key keeps the same id across versions, so never lose it.
const existingKey = existsSync(keyPath) ? readFileSync(keyPath, 'utf8') : undefined;
const { plugin, privateKey, id } = await packPluginFromManifest(join(stage, 'manifest.json'), existingKey);
if (!existingKey) {
  writeFileSync(keyPath, privateKey, { mode: 0o600 });
  console.log(`generated a new signing key: ${keyPath} (git-ignored; keep it safe)`);
}
mkdirSync(dirname(zipPath), { recursive: true });
writeFileSync(zipPath, plugin);
console.log(`plugin id: ${id}`);
console.log(`wrote ${zipPath} (${plugin.length} bytes, version ${pkg.version})`);
