// A tiny signed plugin zip built in memory, so stand-in tests don't depend on the real build.
import { strToU8, zipSync } from 'fflate';
import packer from '@kintone/plugin-packer';

export const TEST_MANIFEST = {
  manifest_version: 1,
  version: '1.0.0',
  type: 'APP',
  name: { en: 'Test plugin' },
  icon: 'image/icon.png',
  config: { html: 'html/config.html', js: ['js/a.js', 'js/b.js'], css: ['css/c.css'] },
};

export async function buildTestPlugin(): Promise<Buffer> {
  const contents = zipSync({
    'manifest.json': strToU8(JSON.stringify(TEST_MANIFEST)),
    'html/config.html': strToU8('<div id="test-root">test config</div>'),
    'js/a.js': strToU8('window.__a = 1;'),
    'js/b.js': strToU8('window.__b = window.__a + 1;'),
    'css/c.css': strToU8('#test-root { color: red; }'),
    'image/icon.png': new Uint8Array([137, 80, 78, 71]),
  });
  const { plugin } = await packer(Buffer.from(contents));
  return plugin;
}
