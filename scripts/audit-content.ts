/**
 * Content audit (`npm run audit:content`): what the curated study content covers and where it is weak.
 *
 *   - questions per exam and domain (primary domain), per service, and entries with fewer than 4 questions
 *   - curated questions verified against their source (`reviewed` date) and those not yet
 *   - facts whose value changed since a baseline commit (a year ago, or the first commit) without `history`
 *   - as-of dates older than a year (facts, entries, comparisons, datasets, questions)
 *   - per exam, the guide's in-scope services (data/exams/in-scope.json) without a KB entry or with fewer than
 *     4 questions serving that exam — a coverage figure, not a failure
 *   - duplicate question stems and contradicted figures (the content check) — these fail the run (exit 1)
 *
 * Options: --json prints the full report as JSON; --days N changes the staleness/baseline window (365).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSources, loadSources } from '../src/main/kb/build';
import { inScopeCoverage } from '../src/shared/kb/inScopeCoverage';
import { examDomainsOf } from '../src/shared/quiz/bankSchema';
import { EXAM_IDS, EXAMS } from '../src/shared/quiz/examGuides';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const daysArg = args.indexOf('--days');
const days = daysArg >= 0 ? Number(args[daysArg + 1]) || 365 : 365;
const today = new Date();
const cutoff = new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);

const src = loadSources(join(root, 'data'));

function git(...a: string[]): string | null {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

// ---- counts
const perExam = EXAM_IDS.map((exam) => ({
  exam: EXAMS[exam].code,
  total: src.questions.filter((q) => examDomainsOf(q, exam).length > 0).length,
  domains: EXAMS[exam].domains.map((d) => ({
    domain: d.id,
    weight: d.weight,
    questions: src.questions.filter((q) => examDomainsOf(q, exam)[0] === d.id).length,
  })),
}));
// Reviewed: checked one by one against the cited page; the rest are drafts that passed only the schema.
const reviewed = src.questions.filter((q) => q.reviewed !== undefined).length;
const sourceChecked = src.questions.filter((q) => q.sourceChecked !== undefined).length;
const serviceOf = new Map(src.entries.map((e) => [e.id, e.service]));
const perService = new Map<string, number>();
for (const q of src.questions) {
  const s = serviceOf.get(q.kbEntry) ?? q.kbEntry;
  perService.set(s, (perService.get(s) ?? 0) + 1);
}
const perEntry = new Map(src.entries.map((e) => [e.id, 0]));
for (const q of src.questions) perEntry.set(q.kbEntry, (perEntry.get(q.kbEntry) ?? 0) + 1);
const thinEntries = [...perEntry.entries()].filter(([, n]) => n < 4).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));

// ---- in-scope services of each exam guide: entry and ≥ 4 questions serving that exam
const coverage = src.inScope ? inScopeCoverage(src.inScope, src.questions) : [];
const examCode = (id: string): string => EXAMS[id as keyof typeof EXAMS]?.code ?? id;

// ---- facts changed without history
interface RawFact {
  id: string;
  value: string;
  numeric?: number;
  unit?: string;
  history?: unknown;
}
/**
 * Whether the official figure changed, not just its wording: facts with a machine value compare that value
 * and unit ("Up to 500 shards" reworded with the quota that governs it is the same 500 shards); facts
 * without one compare their text.
 */
function figureChanged(was: RawFact, now: RawFact): boolean {
  if (was.numeric !== undefined && now.numeric !== undefined) return was.numeric !== now.numeric || was.unit !== now.unit;
  return was.value !== now.value || was.numeric !== now.numeric;
}
// Each file is compared with its version at the start of the window, or its first version if it is younger.
const windowStart = git('rev-list', '-1', `--before=${cutoff}`, 'HEAD');
const changedWithoutHistory: { fact: string; was: string; now: string; since: string }[] = [];
for (const e of src.entries) {
  const path = `data/kb/${e.id}.json`;
  const base =
    (windowStart && git('cat-file', '-e', `${windowStart}:${path}`) !== null ? windowStart : null) ??
    git('log', `--since=${cutoff}`, '--reverse', '--format=%H', '--', path)?.split('\n')[0] ??
    null;
  if (!base) continue;
  const old = git('show', `${base}:${path}`);
  if (!old) continue;
  let oldFacts: RawFact[] = [];
  try {
    oldFacts = (JSON.parse(old) as { facts?: RawFact[] }).facts ?? [];
  } catch {
    continue;
  }
  for (const f of e.facts as RawFact[]) {
    const o = oldFacts.find((x) => x.id === f.id);
    if (!o || !figureChanged(o, f)) continue;
    if (f.history === undefined) changedWithoutHistory.push({ fact: f.id, was: o.value, now: f.value, since: base.slice(0, 8) });
  }
}
const baseline = windowStart ?? 'first version of each file';

// ---- stale as-of dates
const stale: string[] = [];
for (const e of src.entries) {
  if (e.asOf < cutoff) stale.push(`entry ${e.id} (${e.asOf})`);
  for (const f of e.facts) if (f.asOf < cutoff) stale.push(`fact ${f.id} (${f.asOf})`);
}
for (const c of src.comparisons) if (c.asOf < cutoff) stale.push(`comparison ${c.id} (${c.asOf})`);
for (const d of src.datasets) if (d.asOf < cutoff) stale.push(`dataset ${d.id} (${d.asOf})`);
for (const q of src.questions) if (q.asOf < cutoff) stale.push(`question ${q.id} (${q.asOf})`);

// ---- duplicates and contradictions (these fail)
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const stems = new Map<string, string>();
const duplicates: string[] = [];
for (const q of src.raw.questions) {
  const k = norm(q.stem);
  const prev = stems.get(k);
  if (prev) duplicates.push(`${q.id} repeats the stem of ${prev}`);
  else stems.set(k, q.id);
}
const contradictions = checkSources(src);

const report = {
  asOf: today.toISOString().slice(0, 10),
  windowDays: days,
  totals: {
    entries: src.entries.length,
    facts: src.entries.reduce((s, e) => s + e.facts.length, 0),
    questions: src.questions.length,
    comparisons: src.comparisons.length,
  },
  review: { reviewed, notReviewed: src.questions.length - reviewed, sourceChecked },
  perExam,
  perService: Object.fromEntries([...perService.entries()].sort((a, b) => b[1] - a[1])),
  thinEntries: thinEntries.map(([id, n]) => ({ id, questions: n })),
  inScope: coverage.map((c) => ({
    exam: examCode(c.exam),
    listed: c.listed,
    services: c.services.length,
    covered: c.covered,
    withoutEntry: c.withoutEntry.map((s) => s.name),
    thin: c.thin.map((s) => ({ service: s.name, questions: s.questions })),
  })),
  changedWithoutHistory,
  baseline,
  stale,
  duplicates,
  contradictions,
  loadProblems: src.problems,
};

if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  const out: string[] = [];
  out.push(
    `Content audit ${report.asOf}: ${report.totals.entries} entries, ${report.totals.facts} facts, ` +
      `${report.totals.questions} curated questions, ${report.totals.comparisons} comparisons`,
  );
  out.push(`  curated questions reviewed: ${reviewed} reviewed, ${src.questions.length - reviewed} not reviewed; ${sourceChecked} checked in the text of their cited page`);
  for (const e of perExam)
    out.push(`  ${e.exam}: ${e.total} questions — ${e.domains.map((d) => `${d.domain} ${d.questions} (weight ${d.weight}%)`).join(', ')}`);
  out.push(`  services: ${[...perService.entries()].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  out.push(
    `  entries with fewer than 4 questions: ${thinEntries.length}${thinEntries.length ? ` (${thinEntries.map(([id, n]) => `${id} ${n}`).join(', ')})` : ''}`,
  );
  for (const c of coverage) {
    out.push(
      `  ${examCode(c.exam)} in-scope: ${c.services.length} services (${c.listed} listings), ${c.covered} with entry and ≥4 questions` +
        (c.withoutEntry.length ? `\n    without entry (${c.withoutEntry.length}): ${c.withoutEntry.map((s) => s.name).join(', ')}` : '') +
        (c.thin.length ? `\n    fewer than 4 questions (${c.thin.length}): ${c.thin.map((s) => `${s.name} ${s.questions}`).join(', ')}` : ''),
    );
  }
  if (!src.inScope) out.push('  in-scope services: data/exams/in-scope.json is missing');
  out.push(
    `  facts changed in the last ${days} days without history: ${changedWithoutHistory.length}` +
      changedWithoutHistory.map((c) => `\n    ${c.fact}: "${c.was}" → "${c.now}"`).join(''),
  );
  out.push(`  as-of dates older than ${days} days: ${stale.length}${stale.length ? `\n    ${stale.slice(0, 20).join('\n    ')}` : ''}`);
  out.push(`  duplicate stems: ${duplicates.length}${duplicates.map((d) => `\n    ${d}`).join('')}`);
  out.push(
    `  contradictions: ${contradictions.length}` +
      contradictions.map((c) => `\n    ${c.where} ${c.path}: ${c.kind === 'contradiction' ? `"${c.stated}" vs ${c.factId} = ${c.official}` : c.text}`).join(''),
  );
  if (src.problems.length) out.push(`  invalid sources: ${src.problems.length}\n    ${src.problems.join('\n    ')}`);
  console.log(out.join('\n'));
}
process.exit(contradictions.length || duplicates.length || src.problems.length ? 1 : 0);
