/**
 * `npm run --silent calc -- <dynamodb|kinesis|lambda|ebs|s3-lifecycle> '<input JSON>'`
 * Prints the result JSON (with `trace`) to stdout. Bad input: the validation error on stderr, exit 2.
 * Reads the price packs and the EC2 table straight from data/, so it works right after `npm install`, with
 * any prices imported from AWS offer files (`npm run prices -- import`) laid over them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALCULATOR_IDS, CALCULATORS, isCalculatorId, runCalculator } from '../../shared/calc';
import { REGIONS } from '../../shared/kb/provenance';
import { pricePackSchema, type PricePack } from '../../shared/kb/schemas';
import { ebsContextFromRows } from '../calc/context';
import { appRoot, userDataDir, userDbPath } from '../paths';
import { effectivePack, importedFromFile } from '../prices/overlay';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nUsage: npm run --silent calc -- <${CALCULATOR_IDS.join('|')}> '<input JSON>'\n`);
  process.exit(2);
}

const [id, json] = process.argv.slice(2);
if (!id) usage('Missing calculator name.');
if (!isCalculatorId(id)) usage(`Unknown calculator "${id}".`);
if (json === undefined) usage(`Missing input JSON. Example:\n  npm run --silent calc -- ${id} '${JSON.stringify(CALCULATORS[id].defaults)}'`);
let input: unknown;
try {
  input = JSON.parse(json);
} catch (e) {
  usage(`Input is not valid JSON: ${(e as Error).message}`);
}
if (typeof input !== 'object' || input === null || Array.isArray(input)) usage('Input must be a JSON object.');
const region = (input as { region?: unknown }).region ?? 'us-east-1';
if (typeof region !== 'string' || !/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) usage(`region: "${String(region)}" is not a region name`);
const root = appRoot();
const bundledOf = (r: string): PricePack | null => {
  const f = join(root, 'data', 'prices', `${r}.json`);
  return existsSync(f) ? pricePackSchema.parse(JSON.parse(readFileSync(f, 'utf8'))) : null;
};
// Prices imported with `npm run prices -- import` replace bundled ones, and price a region that has no
// bundled pack (the rest as marked us-east-1 stand-ins); the trace says which.
const pack = effectivePack(bundledOf, importedFromFile(userDbPath(userDataDir()), region), region);
if (!pack)
  usage(`region: no prices for ${region} (bundled: ${REGIONS.join(', ')}); import its offer file with \`npm run prices -- import <file>\``);
const ec2File = join(root, 'data', 'datasets', 'ec2-instances.json');
const ctx = existsSync(ec2File) ? ebsContextFromRows((JSON.parse(readFileSync(ec2File, 'utf8')) as { rows: Record<string, unknown>[] }).rows) : {};
const r = runCalculator(id, { region, ...(input as object) }, pack, ctx);
if (!r.ok) {
  process.stderr.write(`${r.error.message}\n`);
  process.exit(2);
}
// Warnings (stand-in prices among them) also go to stderr, so a terminal user sees them above the JSON.
for (const w of Array.isArray(r.value.warnings) ? (r.value.warnings as string[]) : []) process.stderr.write(`warning: ${w}\n`);
process.stdout.write(`${JSON.stringify({ calculator: id, region, priceAsOf: pack.asOf, ...r.value }, null, 2)}\n`);
