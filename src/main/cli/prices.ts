/**
 * `npm run --silent prices -- import [--json] <offer file>…`   import AWS Price List offer files (JSON or CSV)
 * `npm run --silent prices -- list [--json] [region]`           every unit price of a region with its status
 * `npm run --silent prices -- revert (<region> | --import <id> | --all)`   back to the bundled prices
 *
 * Works on the user database (AWS_STUDY_DESK_DATA_DIR or the app's user-data folder). Each file is read
 * and validated in full (streamed, progress on stderr) before its prices replace anything, in one
 * transaction. Exit 0 on success, 1 when a file was rejected (the others still import), 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pricePackSchema, type PricePack } from '../../shared/kb/schemas';
import type { PriceImportSummary, PriceListView } from '../../shared/ipc/channels/prices';
import { openUserDb, type Db } from '../db/open';
import { acquireInstanceLock } from '../instanceLock';
import { appRoot, userDataDir, userDbPath } from '../paths';
import { readAndMap, storeImport } from '../prices/importer';
import { OfferFileError, type ReadProgress } from '../prices/offerFile';
import { importedRegions, priceList, revertPrices } from '../prices/overlay';

const USAGE = `Usage:
  npm run --silent prices -- import [--json] <offer file (.json or .csv)>…
  npm run --silent prices -- list [--json] [region]
  npm run --silent prices -- revert (<region> | --import <id> | --all)`;

function usage(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatImport(s: PriceImportSummary): string {
  const lines = [
    `imported  ${s.fileName}: ${s.offerCode} ${s.version}, published ${s.publicationDate.slice(0, 10)} (${s.format.toUpperCase()}, ${mb(s.bytes)})`,
    `          ${s.products.toLocaleString('en-US')} products, ${s.relevantProducts.toLocaleString('en-US')} used; ${s.packPrices} unit prices and ${s.ec2Prices} EC2 instance prices in ${s.regions.join(', ') || 'no region'}`,
  ];
  if (s.keysNotInFile.length) lines.push(`          not in this file (stay bundled): ${s.keysNotInFile.join(', ')}`);
  for (const w of s.warnings) lines.push(`          ! ${w}`);
  return lines.join('\n');
}

export function formatList(v: PriceListView): string {
  const w = Math.max(...v.prices.map((p) => p.key.length), 10);
  const lines = [
    `${v.region}: ${v.counts.bundled} bundled, ${v.counts['stand-in']} stand-ins, ${v.counts.imported} imported${v.ec2Count ? `; ${v.ec2Count} EC2 instance prices imported` : ''}`,
    ...v.prices.map((p) => `${p.key.padEnd(w)}  ${String(p.usd).padStart(12)}  ${p.status.padEnd(8)}  ${p.asOf}  ${p.statusNote ?? p.source}`),
  ];
  if (v.imports.length) {
    lines.push('', 'Imports:');
    for (const i of v.imports)
      lines.push(`  #${i.id} ${i.fileName} (${i.offerCode} ${i.version}, published ${i.publicationDate.slice(0, 10)}): ${i.regions.map((r) => `${r.region} ${r.packPrices}+${r.ec2Prices}`).join(', ')}`);
  }
  return lines.join('\n');
}

function bundledPack(region: string): PricePack | null {
  try {
    return pricePackSchema.parse(JSON.parse(readFileSync(join(appRoot(), 'data', 'prices', `${region}.json`), 'utf8')));
  } catch {
    return null;
  }
}

function progressLine(name: string): (p: ReadProgress) => void {
  const tty = process.stderr.isTTY;
  let last = -1;
  return (p) => {
    const pct = Math.floor((p.bytesRead / Math.max(1, p.totalBytes)) * 100);
    if (pct === last) return;
    last = pct;
    const line = `[${String(pct).padStart(3)}%] ${name}: ${mb(p.bytesRead)} of ${mb(p.totalBytes)}, ${p.products.toLocaleString('en-US')} products, ${p.prices.toLocaleString('en-US')} prices`;
    // A terminal gets one updating line; a log gets a line every 10%.
    if (tty) process.stderr.write(`\r${line}`);
    else if (pct % 10 === 0) process.stderr.write(`${line}\n`);
  };
}

async function runImport(db: Db, files: string[], json: boolean): Promise<number> {
  const out: (PriceImportSummary | { fileName: string; error: string })[] = [];
  let failed = 0;
  for (const f of files) {
    const path = resolve(f);
    try {
      const m = await readAndMap(path, { onProgress: progressLine(f) });
      if (process.stderr.isTTY) process.stderr.write('\n');
      const s = db.transaction(() => storeImport(db, m))();
      out.push(s);
      if (!json) process.stdout.write(`${formatImport(s)}\n`);
    } catch (e) {
      if (process.stderr.isTTY) process.stderr.write('\n');
      failed++;
      const msg = e instanceof OfferFileError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      out.push({ fileName: f, error: msg });
      process.stderr.write(`rejected  ${f}: ${msg} (nothing imported from it)\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  const json = rest.includes('--json');
  const args = rest.filter((a) => a !== '--json');
  if (!cmd || !['import', 'list', 'revert'].includes(cmd)) usage(cmd ? `Unknown command "${cmd}".` : 'Missing command.');
  if (cmd === 'import' && !args.length) usage('Name at least one offer file.');
  const dataDir = userDataDir();
  const dbPath = userDbPath(dataDir);
  // Import and revert write: the app may hold the folder (it is then the one writer; import from its Prices screen).
  const lock = cmd === 'list' ? null : acquireInstanceLock(dataDir, 'cli');
  const { db } = openUserDb(dbPath);
  try {
    if (cmd === 'import') {
      process.exitCode = await runImport(db, args, json);
      process.stderr.write(`Prices stored in ${dbPath}\n`);
    } else if (cmd === 'list') {
      const region = args[0] ?? 'us-east-1';
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) usage(`"${region}" is not a region name`);
      const v = priceList(db, region, bundledPack(region), importedRegions(db), json);
      process.stdout.write(`${json ? JSON.stringify(v, null, 2) : formatList(v)}\n`);
    } else {
      let what: { all: true } | { importId: number } | { region: string };
      if (args[0] === '--all') what = { all: true };
      else if (args[0] === '--import') {
        const id = Number(args[1]);
        if (!(Number.isInteger(id) && id > 0)) usage('--import needs an import id (see `prices -- list`).');
        what = { importId: id };
      } else if (args[0] && /^[a-z]{2}(-[a-z]+)+-\d$/.test(args[0])) what = { region: args[0] };
      else usage('Say what to revert: a region, --import <id> or --all.');
      const r = revertPrices(db, what);
      process.stdout.write(`${json ? JSON.stringify(r) : `Removed ${r.removedPrices} imported prices and ${r.removedImports} import(s); the bundled prices apply again.`}\n`);
    }
  } finally {
    db.close();
    lock?.release();
  }
}

// Run only as a script (tests import the formatters above).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  });
