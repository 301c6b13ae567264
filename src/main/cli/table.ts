/**
 * `npm run --silent table -- <id> [--region R] [--period hour|month|year] [--filter '<column> <expr>' …]
 * [--json|--csv|--md]` prints a reference table as the screen exports it: the same pipeline, values and
 * units (src/shared/table). Default output is an aligned text table for terminals.
 * Reads data/datasets/<id>.json, so it works right after `npm install`. Bad usage: one line on stderr, exit 2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSchema } from '../../shared/kb/schemas';
import { TABLE_USAGE, parseTableArgv, resolveTableArgs } from '../../shared/table/cliArgs';
import { buildExport, exportAligned, exportCsv, exportJson, exportMarkdown } from '../../shared/table/export';
import { runTable } from '../../shared/table/pipeline';
import { appRoot } from '../paths';

function fail(msg: string, usage = false): never {
  process.stderr.write(`${msg}\n${usage ? `${TABLE_USAGE}\n` : ''}`);
  process.exit(2);
}

const dir = join(appRoot(), 'data', 'datasets');
const ids = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort()
  : [];

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`${TABLE_USAGE}\nTables: ${ids.join(', ')}\n`);
  process.exit(0);
}
const args = parseTableArgv(argv);
if (typeof args === 'string') fail(`${args}. Tables: ${ids.join(', ')}`, true);
if (!ids.includes(args.id)) fail(`unknown table "${args.id}" (known: ${ids.join(', ')})`);

const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(join(dir, `${args.id}.json`), 'utf8')));
if (!parsed.success) {
  process.stderr.write(
    `data/datasets/${args.id}.json does not match its schema: ${parsed.error.issues[0]?.message ?? ''}\n`,
  );
  process.exit(1);
}
const ds = parsed.data;
const req = resolveTableArgs(ds, args);
if (typeof req === 'string') fail(req);

const { derived, result } = runTable(ds, req.units, req.query);
const table = buildExport(ds, derived, result, req.query, req.visible);
const write = { text: exportAligned, csv: exportCsv, json: exportJson, md: exportMarkdown }[args.format];
process.stdout.write(write(table));
if (args.format === 'text' && result.hiddenByDefaults > 0)
  process.stdout.write(`${result.hiddenByDefaults} more rows are hidden by the table's default view; --all shows them.\n`);
