/**
 * Instance-type figures in notes ("m5.large: 4 vCPUs, 8 GiB", "t3.micro has 2 GB of RAM", "p4d.24xlarge with 8
 * A100 GPUs") checked against the EC2 instance-type table the app ships (data/datasets/ec2-instances.json,
 * generated from the EC2 API: one home per figure, the same cells the Reference tables show). Only hardware
 * figures that do not vary by Region or over time are read: vCPUs, memory and GPUs. Pure.
 *
 * Precision first, as everywhere in the fact-check: a figure is read only in the stretch of the line that
 * follows one instance type and runs up to the next one (the type it is said of), only when it is that
 * stretch's only figure of its kind, and never when it is approximate with the table's value within reach, a
 * range, a bound ("up to"), a ratio ("per"), negated, or on a line that reports, supposes or recalls history.
 * Memory needs its word ("8 GiB memory", "RAM: 8 GB") or the "vCPU / GiB" pair notes write specs as; a size
 * next to storage words (EBS, SSD, NVMe, volume, disk, instance store) is never memory.
 */
import { reportsOrSupposes } from './assertCheck';
import type { ClaimFlag } from './claimCheck';

/** The instance types' figures the check reads: type → [vCPUs, memory GiB, GPUs]. Plain data (precompiled). */
export interface InstanceSpecs {
  specs: Record<string, [vcpu: number, memoryGiB: number, gpus: number]>;
  /** Where each figure's column comes from (the column's own source and as-of, else the table's). */
  cite: Record<Kind, { source: string; asOf: string }>;
}

type Kind = 'vcpu' | 'memory' | 'gpus';

/**
 * One wrong figure, in the shape of the KB figure checks' flags (factCheck.ts turns it into a FactFlag): named by
 * the table's rule id instead of a fact id, never outdated (the tables hold no history).
 */
export type InstanceFlag = Omit<ClaimFlag, 'factId' | 'changedOn' | 'figureFree'> & { ruleId: string };

interface DatasetRow {
  instanceType?: unknown;
  vCPU?: unknown;
  memoryGiB?: unknown;
  gpus?: unknown;
}

interface DatasetColumn {
  key: string;
  source?: string | undefined;
  asOf?: string | undefined;
}

/** The figures of the EC2 dataset (validated by the caller: data/datasets/ec2-instances.json). */
export function buildInstanceSpecs(dataset: {
  rows: readonly DatasetRow[];
  columns: readonly DatasetColumn[];
  source: string;
  asOf: string;
}): InstanceSpecs {
  const specs: InstanceSpecs['specs'] = {};
  for (const r of dataset.rows) {
    const t = typeof r.instanceType === 'string' ? r.instanceType.toLowerCase() : '';
    if (!t || typeof r.vCPU !== 'number' || typeof r.memoryGiB !== 'number') continue;
    specs[t] = [r.vCPU, r.memoryGiB, typeof r.gpus === 'number' ? r.gpus : 0];
  }
  const cite = (key: string): { source: string; asOf: string } => {
    const c = dataset.columns.find((x) => x.key === key);
    return c?.source && c.asOf ? { source: c.source, asOf: c.asOf } : { source: dataset.source, asOf: dataset.asOf };
  };
  return { specs, cite: { vcpu: cite('vCPU'), memory: cite('memoryGiB'), gpus: cite('gpus') } };
}

/**
 * An instance type as notes write it: family, dot, size. Not when it is part of a longer name: "db.m5.large"
 * (RDS), "cache.r6g.large" (ElastiCache), "ml.m5.xlarge" (SageMaker) and "r6g.large.search" (OpenSearch) are other
 * services' classes, whose figures may differ.
 */
const TYPE =
  /(?<![\w.-])([a-z][a-z0-9-]*\.(?:nano|micro|small|medium|large|\d*xlarge|metal(?:-\d+xl)?))(?![\w-]|\.\w)/gi;
/** Cheap test before TYPE runs: a size after a dot. */
const MAY_HAVE_TYPE = /\.(?:nano|micro|small|medium|large|\d*xlarge|metal)/i;

/** A figure: "3,904", "15.25", "2". */
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
/** "2 vCPUs", "2 x vCPU", "2vCPU". Cores are not vCPUs (usually half of them): never read. */
const VCPU_AFTER = new RegExp(String.raw`(?<![\w.,])${NUM}\s*(?:x\s*)?v-?cpus?(?![\w-])`, 'gi');
/** "vCPU: 2", "vCPUs = 2". */
const VCPU_BEFORE = new RegExp(String.raw`\bv-?cpus?\s*[:=]\s*${NUM}(?![\w.,])`, 'gi');
/** A size in bytes: its figure and unit. */
const SIZE = new RegExp(String.raw`(?<![\w.,])${NUM}\s*(tib|tb|gib|gb|mib|mb)\b`, 'gi');
/** "8 NVIDIA A100 GPUs", "8 x GPU", "8 GPUs". */
const GPU_AFTER = new RegExp(
  String.raw`(?<![\w.,])${NUM}\s*(?:x\s*)?(?:(?!(?:[gtmk]i?b|gbps|gpus?)\b)[A-Za-z][\w-]*\s+){0,2}gpus?(?![\w-])`,
  'gi',
);
const MEMORY_WORD = /^\s*(?:of\s+)?(?:memory|ram|mem)\b/i;
const MEMORY_BEFORE = /\b(?:memory|ram|mem)\s*[:=]?\s*$/i;
/** What a size in bytes may be besides memory. */
const STORAGE_AFTER =
  /^\s*(?:of\s+)?(?:\w+\s+)?(?:ebs|ssd|nvme|hdd|storage|disk|volume|instance\s+store|local|ephemeral|network|bandwidth|gbps|gpu|hbm|vram|video|accelerator|\/\s*s|ps\b|per\b|each\b)/i;
const STORAGE_BEFORE =
  /\b(?:ebs|ssd|nvme|hdd|storage|disk|volumes?|instance\s+store|local|ephemeral|root|gpus?|accelerators?|hbm|vram|video)\b[^,;/]{0,20}$/i;
/** The vCPU figure, then a separator, then the size: "2 vCPU / 8 GiB", "2 vCPUs, 8 GB", "2 vCPUs and 8 GiB". */
const AFTER_VCPU = /v-?cpus?\s*(?:[/,+|]|and|with|&)?\s*$/i;
/** Words before a figure that make it something else than the type's own figure. */
const NOT_ITS_OWN =
  /(?:\bnot|\bnever|\bno|\bup\s+to|\bupto|\bmax(?:imum)?|\bmin(?:imum)?|\bat\s+(?:most|least)|\bover|\bunder|\bbelow|\babove|\bper|\bfrom|\bbetween|\bvs\.?|\bversus|\binstead\s+of|\brather\s+than|\bthan|\bcompared\s+(?:to|with)|\bunlike|\blike|\bneeds?|\brequires?|[<>≤≥±=-])\s*(?:an?\s+|the\s+)?$/i;
/** After a figure: a total, a quota or a share of something else ("20 vCPUs quota", "48 vCPUs total"). */
const NOT_ITS_OWN_AFTER =
  /^\s*(?:quota|limit|total|in\s+total|overall|across|combined|altogether|running|on-demand|per\b|each\s+(?:account|region)|instances?\b)/i;
/** The type's stretch does arithmetic or counts several ("x 4 = 8 vCPUs", "3 × m5.large"): totals, not its figures. */
const ARITHMETIC = /[×*]\s*\d|\bx\s*\d|\d\s*x\s|\btimes\b|\btotal\b|\bsum\b|\bcombined\b|\beach\b|=\s*\d[^,;]*=|\bfleet\b|\bcluster\b/i;
/** A count before the type: "3 m5.large", "two m5.large instances". */
const COUNT_BEFORE =
  /(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|several|many|multiple))\s*(?:x\s*|×\s*)?$/i;
/** A figure given roughly ("~16 GB", "about 4 GiB"). */
const APPROX = /(?:~|≈|\b(?:about|around|approx\.?|approximately|roughly|circa|ca\.))\s*$/i;
/** Words after a figure that make it a range end or a share ("2-4 vCPUs", "2 to 4", "50% of 8 GiB"). */
const RANGE_AFTER = /^\s*(?:[-–—]|to\b|or\b|%)/i;
const GIB: Record<string, number> = { tib: 1024, tb: 1024, gib: 1, gb: 1, mib: 1 / 1024, mb: 1 / 1024 };

/** The line's figures a type's stretch [from, to) holds, of one kind. */
interface Found {
  value: number;
  start: number;
  end: number;
}

function collect(re: RegExp, line: string, from: number, to: number, unit?: (m: RegExpExecArray) => number | null): Found[] {
  const out: Found[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m.index < to) {
    const factor = unit ? unit(m) : 1;
    if (factor === null) continue;
    out.push({ value: Number((m[1] as string).replace(/,/g, '')) * factor, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether the figure is plainly the type's own, stated as a value (not a bound, range, share or negation). */
function plain(line: string, f: Found): boolean {
  const before = line.slice(Math.max(0, f.start - 24), f.start);
  if (NOT_ITS_OWN.test(before) || NOT_ITS_OWN_AFTER.test(line.slice(f.end, f.end + 24))) return false;
  const numEnd = f.start + (/^[\d.,]+/.exec(line.slice(f.start))?.[0].length ?? 0);
  if (RANGE_AFTER.test(line.slice(numEnd, numEnd + 6))) return false;
  // The other end of a range written before it ("2-4 vCPUs", "2 to 4 vCPUs").
  if (/(?:\d\s*[-–—]|\d\s+to|\d\s+or)\s*$/i.test(before)) return false;
  return true;
}

/** Whether a stated figure is the table's, said exactly or as notes round it (3.75 GiB → "4 GB", "0.5 GB" → 512 MiB). */
function same(claimed: number, official: number, approx: boolean): boolean {
  if (Math.abs(claimed - official) <= 1e-9 * Math.max(1, official)) return true;
  // Memory written rounded (the table's 3.75 as "4 GB", 15.25 as "15 GB" or "16 GB"); not below 2 GiB, where
  // rounding changes the figure (0.5 GiB is not "1 GB").
  if (official < 2) return approx && Math.abs(claimed - official) <= 0.25 * official;
  const tol = approx ? 0.5 * official : Math.max(0.06 * official, 0.26);
  return Math.abs(claimed - official) <= tol || Math.round(official) === claimed;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const gib = (n: number): string => (n >= 1024 && n % 1024 === 0 ? `${n / 1024} TiB` : `${n} GiB`);

/** Wrong vCPU, memory or GPU figures said of an EC2 instance type in `text` (a section body). */
export function checkInstances(text: string, specs: InstanceSpecs): InstanceFlag[] {
  if (!MAY_HAVE_TYPE.test(text)) return [];
  const flags: InstanceFlag[] = [];
  let offset = 0;
  text.split('\n').forEach((line, lineIndex) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!MAY_HAVE_TYPE.test(line) || /\?\s*\)?\s*$/.test(line) || (line.match(/\|/g)?.length ?? 0) >= 2) return;
    const mentions: { type: string; start: number; end: number }[] = [];
    TYPE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TYPE.exec(line))) mentions.push({ type: (m[1] as string).toLowerCase(), start: m.index, end: m.index + m[0].length });
    mentions.forEach((mt, k) => {
      const spec = specs.specs[mt.type];
      if (!spec) return;
      // The type's stretch: up to the next type named, or the end of its sentence.
      const next = mentions[k + 1]?.start ?? line.length;
      const stop = /[.;!?](?=\s|$)/g;
      stop.lastIndex = mt.end;
      const end = Math.min(next, stop.exec(line)?.index ?? line.length);
      if (reportsOrSupposes(line, mt.start)) return;
      if (ARITHMETIC.test(line.slice(mt.end, end)) || COUNT_BEFORE.test(line.slice(Math.max(0, mt.start - 12), mt.start))) return;
      const [vcpu, mem, gpus] = spec;
      const vcpus = [...collect(VCPU_AFTER, line, mt.end, end), ...collect(VCPU_BEFORE, line, mt.end, end)];
      const sizes = collect(SIZE, line, mt.end, end, (x) => GIB[(x[2] as string).toLowerCase()] ?? null).filter((f) => {
        const after = line.slice(f.end, f.end + 40);
        const before = line.slice(Math.max(0, f.start - 40), f.start);
        if (STORAGE_AFTER.test(after) || STORAGE_BEFORE.test(before)) return false;
        return MEMORY_WORD.test(after) || MEMORY_BEFORE.test(before) || AFTER_VCPU.test(before);
      });
      const gpuFigures = collect(GPU_AFTER, line, mt.end, end);
      const official = `${mt.type}: ${plural(vcpu, 'vCPU', 'vCPUs')}, ${gib(mem)} memory${gpus ? `, ${plural(gpus, 'GPU', 'GPUs')}` : ''}`;
      const check = (kind: Kind, found: Found[], value: number, what: string, right: string, rounded: boolean): void => {
        // Two figures of one kind in the stretch: which is the type's cannot be said.
        if (found.length !== 1) return;
        const f = found[0] as Found;
        if (!plain(line, f)) return;
        const approx = APPROX.test(line.slice(Math.max(0, f.start - 12), f.start));
        if (rounded ? same(f.value, value, approx) : f.value === value) return;
        flags.push({
          ruleId: `ec2:${mt.type}`,
          verdict: 'wrong',
          lineIndex,
          topic: `EC2 instance types · ${mt.type}`,
          excerpt: line.slice(f.start, f.end),
          line: line.trim().slice(0, 400),
          start: lineStart + f.start,
          end: lineStart + f.end,
          official,
          ...specs.cite[kind],
          suggestion: right,
          explanation: `The EC2 instance-type table (from the EC2 API) lists ${mt.type} with ${what}.`,
        });
      };
      check('vcpu', vcpus, vcpu, plural(vcpu, 'vCPU', 'vCPUs'), plural(vcpu, 'vCPU', 'vCPUs'), false);
      check('memory', sizes, mem, `${gib(mem)} of memory`, `${gib(mem)} memory`, true);
      // GPUs: only a figure with the word "GPU" and a type the table gives GPUs or none to.
      check('gpus', gpuFigures, gpus, gpus ? plural(gpus, 'GPU', 'GPUs') : 'no GPU', plural(gpus, 'GPU', 'GPUs'), false);
    });
  });
  return flags;
}
