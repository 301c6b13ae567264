// Runs Electronegativity over src/ and fails on any finding that is neither fixed nor justified below.
// Its static analysis cannot follow `...WEB_PREFERENCES`, so the window options it "cannot see" are
// justified here and asserted for real by test/main/security.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'report.sarif');

const JUSTIFIED = {
  CONTEXT_ISOLATION_JS_CHECK:
    'webPreferences spread from WEB_PREFERENCES (contextIsolation: true), asserted on the built main process by test/main/shell/shell.test.ts',
  SANDBOX_JS_CHECK:
    'WEB_PREFERENCES sets sandbox: true and app.enableSandbox() is called; asserted on the built main process by test/main/shell/shell.test.ts',
  PRELOAD_JS_CHECK:
    'the preload exposes only window.api built from the contract (no ipcRenderer, no Node APIs)',
  AUXCLICK_JS_CHECK: "WEB_PREFERENCES sets disableBlinkFeatures: 'Auxclick'",
  OPEN_EXTERNAL_JS_CHECK:
    'openExternal only for https URLs on amazon.com hosts (isAllowedExternalUrl, unit-tested)',
  CSP_GLOBAL_CHECK:
    "style-src 'unsafe-inline' is needed by React/recharts style attributes; scripts are 'self' only",
};

const bin = join(root, 'node_modules', '.bin', 'electronegativity');
const r = spawnSync(bin, ['-i', join(root, 'src'), '-e', electronVersion, '-o', out], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  process.exit(r.status ?? 1);
}
// SARIF, not CSV: Electronegativity writes its CSV header and rows with two concurrent async writes, so on
// some file systems the header lands over the first row (seen in CI). The SARIF report is one write.
let results;
try {
  results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results;
} catch (e) {
  console.error(`Electronegativity report ${out} is unreadable: ${e.message}`);
  process.exit(1);
}
const rows = results.map((r) => {
  const loc = r.locations?.[0]?.physicalLocation;
  return [
    r.ruleId,
    r.level,
    loc?.artifactLocation?.uri ?? 'N/A',
    `${loc?.region?.startLine ?? '?'}:${(loc?.region?.startColumn ?? 1) - 1}`,
  ];
});
let unexplained = 0;
for (const row of rows) {
  const [issue, severity, file, location] = row;
  const why = JUSTIFIED[issue];
  const where = `${relative(root, file)}:${location}`;
  if (why) console.log(`justified ${issue} (${severity}) at ${where}: ${why}`);
  else {
    unexplained++;
    console.error(`FINDING ${issue} (${severity}) at ${where}`);
  }
}
console.log(`Electronegativity: ${rows.length} finding(s), ${unexplained} unexplained.`);
process.exit(unexplained ? 1 : 0);
