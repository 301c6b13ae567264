// Session 15 (ad-hoc): inclusive CPU of named functions in a .cpuprofile (main thread), innermost named match wins.
// Usage: node bench/_s15split.mjs file.cpuprofile name1,name2,...
import { readFileSync } from 'node:fs';
const [file, namesArg] = process.argv.slice(2);
const names = namesArg.split(',');
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
p.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
const acc = {}; let total = 0; const selfAcc = {};
for (const [id, us] of dt) {
  const n = byId.get(id);
  if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)' ) { acc[n.callFrame.functionName] = (acc[n.callFrame.functionName] ?? 0) + us; continue; }
  total += us;
  let cur = id, hit = 'other';
  while (cur !== undefined) { const f = byId.get(cur).callFrame.functionName; if (names.includes(f)) { hit = f; break; } cur = parent.get(cur); }
  acc[hit] = (acc[hit] ?? 0) + us;
  const self = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  selfAcc[self] = (selfAcc[self] ?? 0) + us;
}
console.log('busy ms', (total / 1000).toFixed(0));
for (const [k, v] of Object.entries(acc).sort((a, b) => b[1] - a[1])) console.log(k.padEnd(28), (v / 1000).toFixed(0), total ? `${((100 * v) / total).toFixed(1)} %` : '');
console.log('--- top self');
for (const [k, v] of Object.entries(selfAcc).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(k.padEnd(60), (v / 1000).toFixed(0));
