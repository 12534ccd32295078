/**
 * The TESTING.md table of a Stryker JSON report: per file, score (killed + timed out over all but
 * ignored), score over covered mutants, killed, survived, no coverage; with a file name, its survivors.
 *   node scripts/mutation-summary.mjs reports/mutation/mutation.json [src/worker/host.ts]
 */
import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let T = { k: 0, s: 0, nc: 0, t: 0, all: 0 };
const rows = [];
for (const [f, v] of Object.entries(r.files)) {
  const c = { k: 0, s: 0, nc: 0, t: 0, all: 0 };
  for (const m of v.mutants) {
    if (m.status === 'Ignored' || m.status === 'CompileError' || m.status === 'RuntimeError') continue;
    c.all++;
    if (m.status === 'Killed') c.k++;
    else if (m.status === 'Timeout') c.t++;
    else if (m.status === 'Survived') c.s++;
    else if (m.status === 'NoCoverage') c.nc++;
  }
  for (const key of Object.keys(T)) T[key] += c[key];
  rows.push([f, c]);
}
const pct = (c) => (((c.k + c.t) / c.all) * 100).toFixed(1);
const cov = (c) => (((c.k + c.t) / (c.all - c.nc)) * 100).toFixed(1);
for (const [f, c] of rows) console.log(`| ${f} | ${pct(c)} % | ${cov(c)} % | ${c.k + c.t} | ${c.s} | ${c.nc} |`);
console.log(`| **total** | **${pct(T)} %** | ${cov(T)} % | ${T.k + T.t} | ${T.s} | ${T.nc} |`);
if (process.argv[3]) {
  for (const m of r.files[process.argv[3]].mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage'))
    console.log(m.status, m.location.start.line, m.mutatorName, JSON.stringify(m.replacement ?? '').slice(0, 80));
}
