/**
 * The TESTING.md table of one or more Stryker JSON reports (e.g. a folder's chunks): per file, score
 * (killed + timed out over all but ignored), score over covered mutants, killed, survived, no
 * coverage; with --file, that file's survivors; with --folders, one row per folder instead.
 *   node scripts/mutation-summary.mjs reports/mutation/chunks/engine-*.json [--file src/engine/network.ts]
 *   node scripts/mutation-summary.mjs --folders reports/mutation/chunks/*.json
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--file');
const only = at >= 0 ? args[at + 1] : undefined;
const byFolder = args.includes('--folders');
const reports = args.filter((a, i) => a !== '--folders' && (at < 0 || (i !== at && i !== at + 1)));
const files = Object.assign({}, ...reports.map((p) => JSON.parse(readFileSync(p, 'utf8')).files));

const zero = () => ({ k: 0, s: 0, nc: 0, all: 0 });
const total = zero();
const rows = [];
for (const [f, v] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  const c = zero();
  for (const m of v.mutants) {
    if (m.status === 'Ignored' || m.status === 'CompileError' || m.status === 'RuntimeError') continue;
    c.all++;
    if (m.status === 'Killed' || m.status === 'Timeout') c.k++;
    else if (m.status === 'Survived') c.s++;
    else if (m.status === 'NoCoverage') c.nc++;
  }
  for (const key of Object.keys(total)) total[key] += c[key];
  const key = byFolder ? f.split('/').slice(0, 2).join('/') : f;
  const row = rows.find(([k]) => k === key);
  if (row) for (const k of Object.keys(c)) row[1][k] += c[k];
  else rows.push([key, c]);
}
const pct = (c) => ((c.k / c.all) * 100).toFixed(1);
const cov = (c) => ((c.k / (c.all - c.nc)) * 100).toFixed(1);
console.log(`| ${byFolder ? 'folder' : 'file'} | score | covered | killed | survived | no coverage |\n|---|---:|---:|---:|---:|---:|`);
for (const [f, c] of rows) console.log(`| ${f} | ${pct(c)} % | ${cov(c)} % | ${c.k} | ${c.s} | ${c.nc} |`);
console.log(`| **total** | **${pct(total)} %** | ${cov(total)} % | ${total.k} | ${total.s} | ${total.nc} |`);
if (only) {
  for (const m of files[only].mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage'))
    console.log(m.status, m.location.start.line, m.mutatorName, JSON.stringify(m.replacement ?? '').slice(0, 80));
}
