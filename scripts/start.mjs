// npm start: builds the plugin, then serves it inside the local kintone stand-in until Ctrl-C.
// `npm start -- --no-build` serves the zip already in dist/. PORT picks the port (default 5173).
import { spawnSync } from 'node:child_process';
import { startStandIn } from '../stand-in/server.mjs';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 5173);
const standIn = await startStandIn({ port }).catch((error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`port ${port} is taken; using a free one`);
  return startStandIn({ port: 0 });
});

console.log(`\nkintone stand-in running with dist/plugin.zip`);
console.log(`  sample apps:      ${standIn.url}/`);
console.log(`  plugin settings:  ${standIn.url}/k/admin/app/1/plugin/config?app=1`);
console.log(`  record list:      ${standIn.url}/k/1/   (after ticking the list-button option)`);
console.log(
  `  a busy domain:    add &busy=2 (kintone's GAIA_TO04 to each app's first two reads, retried) or &others=93`,
);
console.log(
  `                    (other integrations running 93 of the domain's 100 requests: All apps paces its scan)`,
);
console.log('Rebuild with npm run build in another terminal and reload the page. Ctrl-C stops.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => standIn.close().then(() => process.exit(0)));
}
