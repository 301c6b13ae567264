/**
 * Fargate task sizes in notes ("a 2 vCPU Fargate task takes 4–16 GB", "Fargate 0.25 vCPU: up to 4 GB", "1 vCPU
 * with 1 GB is a valid combo") checked against the table of valid CPU and memory combinations the app ships
 * (data/datasets/fargate-task-sizes.json, shown with the Reference tables): one home for those figures. Pure.
 *
 * A line is read only when it names Fargate before the CPU size (or right after it: "a 1 vCPU Fargate task"),
 * and only the memory said in the stretch after that CPU size, up to the next CPU size: one range ("4-16 GB",
 * "between 16 GB and 60 GB"), one list ("0.5, 1 or 2 GB"), one bound ("up to 30 GB") or one size, plus the
 * increment it states ("in 4 GB steps"). Never a line that reports, supposes or recalls history, a table row, a
 * stretch about storage (ephemeral storage is sized in GB too) or one that names another compute service.
 */
import { reportsOrSupposes } from './assertCheck';
import type { InstanceFlag } from './instanceCheck';

/** One CPU size: its vCPUs and the memory it allows (GB as task definitions count them: 1 GB = 1,024 MiB). */
export interface FargateSize {
  vcpu: number;
  minGB: number;
  maxGB: number;
  /** The increment of a range, or null where the sizes are a list (`valuesGB`). */
  stepGB: number | null;
  valuesGB: number[] | null;
  /** The row's own words for its memory ("2 GB to 8 GB in 1 GB increments"). */
  memory: string;
}

export interface FargateSizes {
  sizes: FargateSize[];
  source: string;
  asOf: string;
}

interface Row {
  vCPU?: unknown;
  memoryMinGB?: unknown;
  memoryMaxGB?: unknown;
  memoryStepGB?: unknown;
  memoryValuesGB?: unknown;
  memory?: unknown;
}

/** The sizes of the Fargate task-size table (validated by the caller: data/datasets/fargate-task-sizes.json). */
export function buildFargateSizes(dataset: { rows: readonly Row[]; source: string; asOf: string }): FargateSizes {
  const sizes: FargateSize[] = [];
  for (const r of dataset.rows) {
    if (typeof r.vCPU !== 'number' || typeof r.memoryMinGB !== 'number' || typeof r.memoryMaxGB !== 'number') continue;
    sizes.push({
      vcpu: r.vCPU,
      minGB: r.memoryMinGB,
      maxGB: r.memoryMaxGB,
      stepGB: typeof r.memoryStepGB === 'number' ? r.memoryStepGB : null,
      valuesGB: Array.isArray(r.memoryValuesGB) ? r.memoryValuesGB.map(Number) : null,
      memory: typeof r.memory === 'string' ? r.memory : '',
    });
  }
  return { sizes, source: dataset.source, asOf: dataset.asOf };
}

const N = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const UNIT = String.raw`(gib|gb|mib|mb)\b`;
/** "2 vCPU", "0.25 vCPU", ".5 vCPU". */
const VCPU = new RegExp(String.raw`(?<![\w.,])${N}\s*-?\s*v-?cpus?\b`, 'gi');
/** "4-16 GB", "4 GB to 16 GB", "between 16 GB and 60 GB", "512 MiB-2 GB". */
const RANGE = new RegExp(String.raw`(?<![\w.,])(?:between\s+)?${N}\s*(?:${UNIT})?\s*(?:[-–—]|to|and)\s*${N}\s*${UNIT}`, 'i');
/** "0.5, 1 or 2 GB", "0.5 / 1 / 2 GB", "512 MiB, 1 GB or 2 GB". */
const LIST = new RegExp(
  String.raw`(?<![\w.,])${N}\s*(?:${UNIT})?(?:\s*(?:,|/)\s*${N}\s*(?:${UNIT})?)*\s*(?:,|/|\bor\b)\s*${N}\s*${UNIT}`,
  'i',
);
const SIZE = new RegExp(String.raw`(?<![\w.,])${N}\s*${UNIT}`, 'gi');
/** "in 4 GB steps", "4 GB increments", "(8 GB steps)". */
const STEP = new RegExp(String.raw`${N}\s*${UNIT}\s*(?:steps?|increments?)|(?:steps?|increments?)\s+of\s+${N}\s*${UNIT}`, 'i');
const BOUND =
  /\b(?:up\s+to|max(?:imum)?|at\s+most|no\s+more\s+than|as\s+much\s+as|max(?:es|ed)?\s+out\s+at|tops?\s+out\s+at|capped\s+at|limited\s+to)\s*(?:of\s+)?$/i;
const NOT_MEMORY = /\b(?:ephemeral|storage|disk|volumes?|ebs|efs|bind\s+mount|image|layer|network|bandwidth|gbps)\b/i;
const OTHER_COMPUTE = /\b(?:app\s*runner|lambda|ec2|lightsail|batch|eks|elastic\s*beanstalk|codebuild|sagemaker)\b/i;
const FARGATE = /\bfargate\b/i;
const GB: Record<string, number> = { gib: 1, gb: 1, mib: 1 / 1024, mb: 1 / 1024 };

const gbOf = (n: string, unit: string | undefined, fallback: string): number =>
  Number(n) * (GB[(unit ?? fallback).toLowerCase()] ?? 1);
const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

function allowed(s: FargateSize, gb: number): boolean {
  if (s.valuesGB) return s.valuesGB.some((v) => near(v, gb));
  if (gb < s.minGB - 1e-6 || gb > s.maxGB + 1e-6) return false;
  return s.stepGB === null || near(((gb - s.minGB) / s.stepGB) % 1, 0) || near(((gb - s.minGB) / s.stepGB) % 1, 1);
}

/** Memory figures said of a Fargate task's CPU size that the table does not allow, in `text` (a section body). */
export function checkFargateSizes(text: string, table: FargateSizes): InstanceFlag[] {
  return readFargateSizes(text, table).flags;
}

/**
 * The flags, and the spans (offsets in `text`) of memory the table allows for the size the line names: a figure
 * there is that size's, so no other check may read it as the per-task maximum ("a 2 vCPU task: up to 16 GB").
 */
export function readFargateSizes(text: string, table: FargateSizes): { flags: InstanceFlag[]; right: [number, number][] } {
  const flags: InstanceFlag[] = [];
  const right: [number, number][] = [];
  if (!FARGATE.test(text)) return { flags, right };
  let offset = 0;
  text.split('\n').forEach((line, lineIndex) => {
    const lineStart = offset;
    offset += line.length + 1;
    const fargateAt = line.search(FARGATE);
    if (fargateAt < 0 || /\?\s*\)?\s*$/.test(line) || (line.match(/\|/g)?.length ?? 0) >= 2) return;
    if (reportsOrSupposes(line, line.length)) return;
    const cpus = [...line.matchAll(VCPU)];
    cpus.forEach((m, k) => {
      const at = m.index;
      const end = at + m[0].length;
      // Fargate named before the size, or right after it ("a 1 vCPU Fargate task"); no other compute service between.
      const after = line.slice(end, end + 24);
      if (!(fargateAt < at || /^\s*(?:\w+\s+)?fargate\b/i.test(after))) return;
      if (fargateAt < at && OTHER_COMPUTE.test(line.slice(fargateAt, at))) return;
      const size = table.sizes.find((s) => near(s.vcpu, Number(m[1])));
      if (!size) return;
      const stop = cpus[k + 1]?.index ?? line.length;
      const sentenceEnd = /[.;!](?=\s|$)/g;
      sentenceEnd.lastIndex = end;
      const to = Math.min(stop, sentenceEnd.exec(line)?.index ?? line.length);
      let stretch = line.slice(end, to);
      if (NOT_MEMORY.test(stretch) || OTHER_COMPUTE.test(stretch)) return;
      const flag = (from: number, len: number, right: string, what: string): void => {
        flags.push({
          ruleId: `fargate-size:${size.vcpu}`,
          verdict: 'wrong',
          lineIndex,
          topic: `Fargate task sizes · ${size.vcpu} vCPU`,
          excerpt: line.slice(end + from, end + from + len),
          line: line.trim().slice(0, 400),
          start: lineStart + end + from,
          end: lineStart + end + from + len,
          official: `${size.vcpu} vCPU: ${size.memory}`,
          source: table.source,
          asOf: table.asOf,
          suggestion: right,
          explanation: `A Fargate task with ${size.vcpu} vCPU may use ${what}.`,
        });
      };
      const ok = (from: number, len: number): void => {
        right.push([lineStart + end + from, lineStart + end + from + len]);
      };
      // The increment, when stated, is read first and taken out of the stretch.
      const step = STEP.exec(stretch);
      if (step) {
        const gb = gbOf((step[1] ?? step[3]) as string, step[2] ?? step[4], 'gb');
        if (size.stepGB !== null && !near(gb, size.stepGB)) {
          flag(step.index, step[0].length, `${size.stepGB} GB increments`, size.memory);
          return;
        }
        stretch = stretch.slice(0, step.index) + ' '.repeat(step[0].length) + stretch.slice(step.index + step[0].length);
      }
      const range = RANGE.exec(stretch);
      if (range) {
        const lo = gbOf(range[1] as string, range[2], range[4] as string);
        const hi = gbOf(range[3] as string, range[4], 'gb');
        // Nothing else that looks like memory in the stretch (one claim per size).
        const rest = stretch.slice(0, range.index) + stretch.slice(range.index + range[0].length);
        if (new RegExp(SIZE.source, 'i').test(rest)) return;
        if (!near(lo, size.minGB) || !near(hi, size.maxGB))
          flag(range.index, range[0].length, `${size.minGB}–${size.maxGB} GB`, size.memory);
        else ok(range.index, range[0].length);
        return;
      }
      const list = LIST.exec(stretch);
      if (list) {
        const values = [...list[0].matchAll(new RegExp(String.raw`${N}\s*(?:${UNIT})?`, 'gi'))];
        const lastUnit = values[values.length - 1]?.[2] ?? 'gb';
        const gbs = values.map((v) => gbOf(v[1] as string, v[2], lastUnit));
        if (gbs.some((g) => !allowed(size, g))) flag(list.index, list[0].length, size.memory, size.memory);
        else ok(list.index, list[0].length);
        return;
      }
      const sizes = [...stretch.matchAll(SIZE)];
      if (sizes.length !== 1) return;
      const one = sizes[0] as RegExpMatchArray;
      const gb = gbOf(one[1] as string, one[2], 'gb');
      const before = stretch.slice(Math.max(0, (one.index ?? 0) - 20), one.index);
      if (BOUND.test(before)) {
        if (!near(gb, size.maxGB)) flag(one.index ?? 0, one[0].length, `${size.maxGB} GB`, `at most ${size.maxGB} GB`);
        else ok(one.index ?? 0, one[0].length);
        return;
      }
      // A bare size: one the CPU size allows; "min"/"at least" or a comparison says something else.
      if (/\b(?:min(?:imum)?|at\s+least|from|over|above|below|under|less\s+than|more\s+than)\s*$/i.test(before)) return;
      if (!allowed(size, gb)) flag(one.index ?? 0, one[0].length, size.memory, size.memory);
      else ok(one.index ?? 0, one[0].length);
    });
  });
  return { flags, right };
}
