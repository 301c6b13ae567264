/**
 * `npm run eval:factcheck [-- --verbose] [-- --set generated,independent,seeds]`: measures the notes fact-check on three sets and prints recall,
 * precision and false flags for each.
 * - generated: sentences written by templates from the knowledge base's facts (right, wrong, outdated and
 *   tricky true ones), see src/shared/notes/claimTemplates.ts; with it (or `--set tables`) "tables": the same from the
 *   shipped tables the check reads besides the KB (EC2 instance types, Fargate task sizes);
 * - independent (set 1), sets 2 to 4, and held-out (sets 5 and 6): independent*.json, claims written from AWS documentation by
 *   someone who never saw the checker ([{ text, verdict: correct|wrong|outdated, subject, note, source }]);
 * - seeds: the user's five real note files, and the lines in them known to be correct
 *   (test/fixtures/factcheck-eval/seed-correct.json).
 * A claim counts as caught when any flag lands on it; "outdated" expected and "wrong" found counts as caught
 * (the verdict match rate is printed separately).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateAssertClaims,
  generateClaims,
  type GeneratedClaim,
} from '../src/shared/notes/claimTemplates';
import { decodeNoteBytes } from '../src/shared/notes/decode';
import { checkSection, type FactFlag } from '../src/shared/notes/factCheck';
import { parseNote } from '../src/shared/notes/parse';
import { loadFactRules, loadKbEntries } from '../src/main/notes/rules';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
// `--set generated,independent,seeds` runs only those sets (a held-out set can then be measured apart).
const setIdx = process.argv.indexOf('--set');
const setArg =
  process.argv.find((a) => a.startsWith('--set='))?.slice(6) ??
  (setIdx >= 0 ? process.argv[setIdx + 1] : undefined);
const sets = new Set((setArg ?? 'generated,independent,seeds').split(','));
const checker = loadFactRules(root);
const entries = loadKbEntries(root);

interface Case {
  text: string;
  heading: string[];
  expected: 'correct' | 'wrong' | 'outdated';
  label: string;
}

interface Score {
  set: string;
  claims: number;
  errors: number;
  caught: number;
  verdictRight: number;
  flagged: number;
  falseFlags: number;
}

function run(set: string, cases: readonly Case[]): Score {
  const s: Score = {
    set,
    claims: cases.length,
    errors: 0,
    caught: 0,
    verdictRight: 0,
    flagged: 0,
    falseFlags: 0,
  };
  const misses: string[] = [];
  const falses: string[] = [];
  for (const c of cases) {
    const flags: FactFlag[] = checkSection(c.text, c.heading, checker);
    const bad = c.expected !== 'correct';
    if (bad) s.errors++;
    if (flags.length) s.flagged++;
    if (bad && flags.length) {
      s.caught++;
      if (flags.some((f) => f.verdict === c.expected)) s.verdictRight++;
    }
    if (bad && !flags.length) misses.push(`${c.label}: ${c.text}`);
    if (!bad && flags.length) {
      s.falseFlags++;
      falses.push(`${c.label}: ${c.text}  ⇒ ${flags.map((f) => `${f.ruleId} "${f.excerpt}"`).join(', ')}`);
    }
  }
  // A held-out set's claims are never printed: whoever reads them can no longer measure with it.
  if (verbose && !set.startsWith('held-out')) {
    for (const m of misses) console.log(`  [${set}] missed  ${m}`);
    for (const f of falses) console.log(`  [${set}] FALSE   ${f}`);
  }
  return s;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function report(s: Score): void {
  // A set of true lines only has no errors to catch: its precision would read 0 % however few its false flags.
  const precision = s.errors ? pct(s.caught, s.caught + s.falseFlags) : 'n/a';
  console.log(
    `${s.set.padEnd(12)} claims ${String(s.claims).padStart(5)}  errors ${String(s.errors).padStart(4)}  ` +
      `recall ${pct(s.caught, s.errors).padStart(6)}  precision ${precision.padStart(6)}  ` +
      `false flags ${String(s.falseFlags).padStart(3)} of ${s.claims - s.errors} correct  ` +
      `verdict right ${pct(s.verdictRight, s.caught)}`,
  );
}

// 1. Generated from the knowledge base.
if (sets.has('generated')) runGenerated();
function runGenerated(): void {
  const generated: GeneratedClaim[] = [
    ...generateClaims(checker.index, entries),
    ...generateAssertClaims(entries),
  ];
  const genScore = run(
    'generated',
    generated.map((g) => ({
      text: g.text,
      heading: g.heading,
      expected: g.expected,
      label: `${g.kind}/${g.template}/${g.factId}`,
    })),
  );
  report(genScore);
  if (verbose) {
    const kinds = [...new Set(generated.map((g) => g.kind))];
    for (const k of kinds) {
      const sub = generated.filter((g) => g.kind === k);
      const sc = run(
        `  ${k}`,
        sub.map((g) => ({ text: g.text, heading: g.heading, expected: g.expected, label: g.template })),
      );
      report(sc);
    }
  }
}

// 2. Written independently from AWS documentation, each by a helper who saw neither the checker nor the
// other sets. Sets 1, 2 and 3 have been looked at (their misses and false flags guided general work on the
// checker and the KB; set 3 was held out until session 7, when its figures had been reported). Set 4 was
// measured once as held out (recall 38.0%, precision 87.6%) and then its misses were shown by mistake, so it
// is no longer held out either; set 5 ("held-out") has not been read by anyone working on the checker, nor has
// set 6 ("held-out 6", written in session 8 by another isolated helper; measured once before that session's
// checker and KB changes were merged: recall 53.6%, precision 97.9%, 4 false flags of 279 correct claims; after a
// verifier re-read 192 claims in AWS text and corrected 3 labels: recall 53.3%, precision 97.9%, 4 of 277).
// Set 7 (session 9) is a development set built for precision: lines with several figures, table rows and tricky
// true statements, written by an isolated helper from AWS docs. First sight, before any session 9 change:
// recall 64.7%, precision 84.6%, 18 false flags of 224 correct claims; a verifier then found 4 of those labels
// outdated by AWS (corrected, see independent-7.README.md).
// Set 8 ("held-out 8", session 11) was written by another isolated helper from AWS docs (independent-8.README.md)
// and measured on arrival, before any of session 11's checker or KB changes were merged (recall 55.3%, precision
// 94.5%); a second isolated helper then re-read 185 of its claims in current AWS text, corrected 3 labels and
// removed 1 (same checker: recall 55.7%, precision 96.1%, 5 false flags of 191). Nobody working on the checker or
// the KB has read it.
// Set 9 (session 12) was written by another isolated helper from AWS docs and re-checked in full by a second one
// (independent-9.README.md); measured once on arrival with session 11's checker (raw: recall 51.4%, precision
// 93.4%, 8 false flags of 193 correct claims), then used as a development set.
// Set 10 ("held-out 10", session 14) was written by another isolated helper from AWS docs (independent-10.README.md)
// and measured on arrival, before session 14's helpers' changes were merged (raw, checker of commit 091d042:
// recall 43.6%, precision 94.8%, 6 false flags of 196 correct claims; after a second isolated helper re-read 230
// claims and corrected 2 labels, same checker: recall 43.8%, precision 95.7%, 5 of 194); nobody working on the checker or the KB
// reads it.
// Set 11 ("held-out 11", session 15) was written by another isolated helper from AWS docs at the session's start
// (independent-11.README.md: 422 claims, 53 services) and measured on arrival with session 14's final checker
// (commit 6ad8ba0), before any of session 15's changes: recall 42.5%, precision 93.9%, 6 false flags of 203 correct
// claims. A second isolated helper re-read all 422 in current AWS text (independent-11.verify.json): 5 relabelled,
// 11 removed; same checker: recall 43.7%, precision 93.9%, 6 false flags of 198. Nobody working on the checker or
// the KB reads it.
// Sets 12-15 (session 16) are development sets, each written by an isolated helper from AWS docs over one family of
// services (12 compute and containers, 13 storage and databases, 14 networking and security, 15 messaging,
// analytics, monitoring, management and developer tools), measured once on arrival with session 15's final checker
// (independent-1N.README.md), then mined by the same helper for what the KB and the reader miss.
// Set 16 ("held-out 16", session 16) was written by another isolated helper from AWS docs at the session's start
// (independent-16.README.md: 391 claims, each note quoting the page phrase that confirms it) and measured on arrival
// with commit 414b488 (session 15's final checker plus one reader fix), before any of session 16's helpers' changes:
// recall 50.5%, precision 95.4%, 5 false flags of 185 correct claims. Nobody working on the checker or the KB reads it.
// "para 37" and "held-out p38" (session 35): 256 development-set claims without a figure (160 wrong or outdated, 96
// correct), each reworded twice by an isolated helper who had not read the KB's phrase lists nor the checker
// (voice, word order, verb <-> noun, synonyms, abbreviations, note shorthand, negation placement; same meaning and
// truth; paraphrase-37.README.md). Split by original claim (md5 of its id): 37 is a development set, p38 is
// measured only, never read. On arrival (commit 8d4e396e) the originals were caught at 85.6 %, their rewordings
// at 47.5 %: the yes/no reading knew the development sets' wording more than the properties.
// "true 10" (session 14) holds only TRUE study-note lines (true-10.json, 280 written in isolation from AWS docs:
// several figures per line, settings and examples, ranges, steps, figures of other services). It guards
// precision only: it has no errors, so no recall. On arrival: 13 of 280 flagged; 4 lines were wrong after all
// (3 rewritten, 1 removed), the other 11 false flags were misreadings, fixed in claimGuard.ts (0 of 279 since).
const evalDir = join(root, 'test', 'fixtures', 'factcheck-eval');
const indepSets: [string, string][] = [
  ['independent', process.env.FACTCHECK_INDEPENDENT ?? join(evalDir, 'independent.json')],
  ['set 2', join(evalDir, 'independent-2.json')],
  ['set 3', join(evalDir, 'independent-3.json')],
  ['set 4', join(evalDir, 'independent-4.json')],
  ['set 7', join(evalDir, 'independent-7.json')],
  ['set 9', join(evalDir, 'independent-9.json')],
  ['set 12', join(evalDir, 'independent-12.json')],
  ['set 13', join(evalDir, 'independent-13.json')],
  ['set 14', join(evalDir, 'independent-14.json')],
  ['set 15', join(evalDir, 'independent-15.json')],
  ['set 17', join(evalDir, 'independent-17.json')],
  ['set 18', join(evalDir, 'independent-18.json')],
  ['set 19', join(evalDir, 'independent-19.json')],
  ['set 20', join(evalDir, 'independent-20.json')],
  ['set 21', join(evalDir, 'independent-21.json')],
  ['set 22', join(evalDir, 'independent-22.json')],
  ['set 23', join(evalDir, 'independent-23.json')],
  ['set 24', join(evalDir, 'independent-24.json')],
  ['set 25', join(evalDir, 'independent-25.json')],
  ['set 26', join(evalDir, 'independent-26.json')],
  ['set 27', join(evalDir, 'independent-27.json')],
  ['set 28', join(evalDir, 'independent-28.json')],
  ['set 29', join(evalDir, 'independent-29.json')],
  ['set 30', join(evalDir, 'independent-30.json')],
  ['set 31', join(evalDir, 'independent-31.json')],
  ['set 32', join(evalDir, 'independent-32.json')],
  ['set 33', join(evalDir, 'independent-33.json')],
  ['set 34', join(evalDir, 'independent-34.json')],
  ['set 35', join(evalDir, 'independent-35.json')],
  ['set 36', join(evalDir, 'independent-36.json')],
  ['true 10', join(evalDir, 'true-10.json')],
  ['true 16', join(evalDir, 'true-16.json')],
  ['para 37', join(evalDir, 'paraphrase-37.json')],
  ['held-out', process.env.FACTCHECK_HELDOUT ?? join(evalDir, 'independent-5.json')],
  ['held-out 6', process.env.FACTCHECK_HELDOUT6 ?? join(evalDir, 'independent-6.json')],
  ['held-out 8', process.env.FACTCHECK_HELDOUT8 ?? join(evalDir, 'independent-8.json')],
  ['held-out 10', process.env.FACTCHECK_HELDOUT10 ?? join(evalDir, 'independent-10.json')],
  ['held-out 11', process.env.FACTCHECK_HELDOUT11 ?? join(evalDir, 'independent-11.json')],
  ['held-out 16', process.env.FACTCHECK_HELDOUT16 ?? join(evalDir, 'independent-16.json')],
  ['held-out p38', process.env.FACTCHECK_HELDOUT38 ?? join(evalDir, 'paraphrase-38.json')],
];
if (sets.has('independent'))
  for (const [name, path] of indepSets) {
    if (!existsSync(path)) {
      console.log(`${name.padEnd(12)} (no set at ${path})`);
      continue;
    }
    const items = JSON.parse(readFileSync(path, 'utf8')) as {
      id?: string;
      text: string;
      verdict: 'correct' | 'wrong' | 'outdated';
      subject?: string;
    }[];
    report(
      run(
        name,
        items.map((x, i) => ({
          text: x.text,
          heading: [],
          expected: x.verdict,
          label: `${x.id ?? `#${i}`} ${x.subject ?? ''}`,
        })),
      ),
    );
  }

// 1b. Generated from the shipped tables the fact-check reads besides the KB: every EC2 instance type's vCPUs,
// memory and GPUs, and every Fargate task size's memory (right, wrong and tricky true lines).
if (sets.has('tables') || sets.has('generated')) runTables();
function runTables(): void {
  const cases: Case[] = [];
  const add = (text: string, expected: Case['expected'], label: string): void => {
    cases.push({ text, heading: [], expected, label });
  };
  for (const [t, [vcpu, mem, gpus]] of Object.entries(checker.instances?.specs ?? {})) {
    add(`${t}: ${vcpu} vCPUs, ${mem} GiB memory`, 'correct', `ec2/right/${t}`);
    add(`An ${t} has ${vcpu} vCPU and ${mem} GiB of RAM`, 'correct', `ec2/right-prose/${t}`);
    add(
      `${t} (${vcpu} vCPU / ${mem} GiB) with a 100 GiB gp3 root volume`,
      'correct',
      `ec2/tricky-storage/${t}`,
    );
    add(`Two ${t} instances give ${vcpu * 2} vCPUs in total`, 'correct', `ec2/tricky-total/${t}`);
    add(`${t} vs a ${vcpu * 4} vCPU type: pick by memory`, 'correct', `ec2/tricky-compare/${t}`);
    add(`${t}: ${vcpu * 2} vCPUs, ${mem} GiB memory`, 'wrong', `ec2/wrong-vcpu/${t}`);
    add(`An ${t} has ${vcpu} vCPU and ${mem * 2} GiB of RAM`, 'wrong', `ec2/wrong-memory/${t}`);
    if (gpus) add(`${t} comes with ${gpus * 2} GPUs`, 'wrong', `ec2/wrong-gpus/${t}`);
  }
  for (const z of checker.fargateSizes?.sizes ?? []) {
    const step = z.stepGB ?? 1;
    add(`Fargate ${z.vcpu} vCPU task: ${z.memory}`, 'correct', `fargate/right/${z.vcpu}`);
    add(
      `A ${z.vcpu} vCPU Fargate task can have up to ${z.maxGB} GB of memory`,
      'correct',
      `fargate/right-bound/${z.vcpu}`,
    );
    add(
      `Fargate ${z.vcpu} vCPU with ${z.minGB} GB memory and 21 GB of ephemeral storage`,
      'correct',
      `fargate/tricky-storage/${z.vcpu}`,
    );
    add(
      `Fargate ${z.vcpu} vCPU task: ${z.minGB / 2}-${z.maxGB} GB memory`,
      'wrong',
      `fargate/wrong-range/${z.vcpu}`,
    );
    add(
      `A ${z.vcpu} vCPU Fargate task can have up to ${z.maxGB * 2} GB of memory`,
      'wrong',
      `fargate/wrong-bound/${z.vcpu}`,
    );
    add(
      `Fargate ${z.vcpu} vCPU with ${z.maxGB + step / 2} GB memory is a valid size`,
      'wrong',
      `fargate/wrong-size/${z.vcpu}`,
    );
  }
  report(run('tables', cases));
}

// 3. The seed notes: every flag, and the known-correct lines that must not be flagged.
if (sets.has('seeds')) runSeeds();
function runSeeds(): void {
  const seedDir = join(root, 'test', 'fixtures', 'seeds');
  const correctPath = join(root, 'test', 'fixtures', 'factcheck-eval', 'seed-correct.json');
  const correct = existsSync(correctPath) ? (JSON.parse(readFileSync(correctPath, 'utf8')) as string[]) : [];
  const flaggedLines = new Set<string>();
  let seedFlags = 0;
  for (const f of readdirSync(seedDir).sort()) {
    const d = decodeNoteBytes(new Uint8Array(readFileSync(join(seedDir, f))));
    if (!d.ok) continue;
    for (const s of parseNote(d.text).sections)
      for (const fl of checkSection(s.body, s.headingPath, checker)) {
        seedFlags++;
        flaggedLines.add(fl.line.trim());
        if (verbose)
          console.log(
            `  [seeds] ${f.slice(0, 3)} ${fl.verdict.padEnd(8)} ${fl.ruleId.padEnd(44)} ${fl.line.slice(0, 100)}`,
          );
      }
  }
  const falseOnSeeds = correct.filter((l) => flaggedLines.has(l.trim()));
  console.log(
    `seeds        ${seedFlags} flags in 5 files; false flags on the ${correct.length} known-correct statements: ${falseOnSeeds.length}`,
  );
  for (const l of falseOnSeeds) console.log(`  FALSE on seed: ${l}`);
}
