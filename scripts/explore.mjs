#!/usr/bin/env node
/**
 * `npm run explore -- <demo> [args…]`: runs scripts/explore-<demo>.ts, the exploration that chose a
 * demo's defaults (not a test). The TypeScript sources import extensionless modules, so they are
 * bundled with esbuild (a dependency of the build tools) into node_modules/.cache/explore first, with the
 * packages left external, and then run with the project's Node. Arguments after the demo name go to
 * the script; see each script's header. Example:
 *
 *   npm run explore -- bn-vs-sin-bn '{"lr":[0.1,0.3]}' 1,2,3,4,5
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(join(root, 'scripts'))
  .map((f) => /^explore-(.+)\.ts$/.exec(f)?.[1])
  .filter(Boolean);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run explore -- <${available.join('|')}> [args…]`);
  process.exit(2);
}
// Inside the project (node_modules/.cache), so that Node resolves the external packages from it.
const outfile = join(root, 'node_modules/.cache/explore', `${name}.mjs`);
await build({
  entryPoints: [join(root, 'scripts', `explore-${name}.ts`)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
// Run from the project folder so packages resolve from its node_modules.
const node = existsSync(join(root, 'node_modules/.bin/node')) ? join(root, 'node_modules/.bin/node') : process.execPath;
const r = spawnSync(node, [outfile, ...args], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
