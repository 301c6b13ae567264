/**
 * Generator for data/datasets/ec2-instances.json: every instance type the EC2 API describes, current and
 * previous generation. The build never runs it (the JSON output is committed); it is deterministic, so a re-run
 * on the same snapshots rewrites the same bytes.
 *
 * Inputs are public repository snapshots brought onto the machine with the search tool's `fetch` (pinned in
 * SNAPSHOTS below and in the dataset's `snapshots`). Only figures are taken from them, re-expressed under our own
 * field names; none of their code is used:
 *  1. PRICES: a tidy export of the AWS Price List as aggregated by ec2instances.info (parquet): per type the
 *     price list's vCPU, memory, processor, network performance text, current/previous generation flag, GPU
 *     count and memory, EBS baseline throughput, and Linux on-demand prices for every region.
 *  2. KARPENTER: the Karpenter project's generated instance-type reference (DescribeInstanceTypes in us-east-1):
 *     the type list, CPU manufacturer, architecture, memory, GPU model/memory, accelerators, local NVMe,
 *     network baseline and maximum EBS bandwidth; and its generated us-east-1 on-demand price table (used for
 *     types newer than the price export, and as a cross-check of it).
 *  3. GUIDE: the AWS "Amazon EC2 Instance Types" guide, 2024 PDF edition converted to Markdown: per-size EBS
 *     baseline/maximum bandwidth, throughput and IOPS, network baseline, instance store, accelerators.
 *
 * Run: npm install --prefix /tmp/h13ec2-pq hyparquet@1.31.5 hyparquet-compressors@1.1.2
 *      HYPARQUET_DIR=/tmp/h13ec2-pq npx tsx scripts/data/gen-ec2-instances.ts && npx tsx scripts/data/gen-regions.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const MIRROR = process.env.MIRROR_DIR ?? '/work/.mirror';
const SNAPSHOTS = {
  prices: {
    repo: 'jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis',
    commit: 'b7dbceba0649cdc693d50de8a96e696b281e847a',
    path: 'data/ec2_pricing_tidy.parquet',
  },
  karpenter: {
    repo: 'aws/karpenter-provider-aws',
    commit: '1d927085dd81a9df9301e613f371dac5b4d16bfe',
    path: 'website/content/en/docs/reference/instance-types.md',
    pricePath: 'pkg/providers/pricing/zz_generated.pricing_aws.go',
    govPricePath: 'pkg/providers/pricing/zz_generated.pricing_aws_us_gov.go',
  },
  guide: {
    repo: 'jihoo529/ragstone',
    commit: 'fc702f1e896befe8ad362282056088c43c3186ef',
    path: 'backend/data/AWS/ec2-types.md',
  },
} as const;
const HYPARQUET_DIR = process.env.HYPARQUET_DIR ?? '/tmp/h13ec2-pq';
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'data/datasets/ec2-instances.json');

/** The data-driven region list: prices are published for every region in data/regions.json that has one. */
const REGION_CODES = (JSON.parse(readFileSync(resolve(ROOT, 'data/regions.json'), 'utf8')) as { regions: { code: string }[] }).regions.map(
  (r) => r.code,
);

type Category = 'general' | 'compute' | 'memory' | 'storage' | 'accelerated';

function mirror(repo: string): string {
  return `${MIRROR}/${repo.replace('/', '+')}/repo`;
}
function show(s: { repo: string; commit: string }, path: string): Buffer {
  return execFileSync('git', ['-C', mirror(s.repo), 'show', `${s.commit}:${path}`], { maxBuffer: 1 << 29 });
}
function commitDate(s: { repo: string; commit: string }): string {
  return execFileSync('git', ['-C', mirror(s.repo), 'log', '-1', '--format=%cs', s.commit]).toString().trim();
}
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

// ---------- 1. price list export: specs, generation flag, prices ----------
interface PriceRow {
  instance_type: string;
  family_label: string | null;
  generation_label: string | null;
  physical_processor: string | null;
  vcpu_count: bigint | number | null;
  memory_gib: number | null;
  gpu_count: number | null;
  gpu_memory_gib: bigint | number | null;
  network_performance_text: string | null;
  ebs_baseline_throughput_mbps: number | null;
  region_code: string;
  operating_system: string;
  ondemand_usd_per_hour: number | null;
}
const require = createRequire(resolve(HYPARQUET_DIR, 'package.json'));
const hyparquet = (await import(require.resolve('hyparquet'))) as {
  parquetReadObjects: (o: { file: ArrayBuffer; compressors?: unknown }) => Promise<Record<string, unknown>[]>;
};
const { compressors } = (await import(require.resolve('hyparquet-compressors'))) as { compressors: unknown };
const pq = show(SNAPSHOTS.prices, SNAPSHOTS.prices.path);
const pqRows = (await hyparquet.parquetReadObjects({
  file: pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer,
  compressors,
})) as unknown as PriceRow[];
/** One spec row per type; the us-east-1 one when there is one (rows for one type agree on specs). */
const specs = new Map<string, PriceRow>();
const prices = new Map<string, Map<string, number>>();
const regionSet = new Set(REGION_CODES);
const priceConflicts: string[] = [];
for (const r of pqRows) {
  if (!specs.has(r.instance_type) || r.region_code === 'us-east-1') specs.set(r.instance_type, r);
  // Linux, shared tenancy, no pre-installed software; local and Wavelength zones are not regions.
  if (r.operating_system !== 'linux' || !regionSet.has(r.region_code) || r.ondemand_usd_per_hour === null) continue;
  const p = Number(r.ondemand_usd_per_hour);
  if (!(p > 0)) continue;
  const m = prices.get(r.instance_type) ?? new Map<string, number>();
  const had = m.get(r.region_code);
  if (had !== undefined && had !== p) priceConflicts.push(`${r.instance_type} ${r.region_code}`);
  m.set(r.region_code, had ?? p);
  prices.set(r.instance_type, m);
}

// ---------- 2. Karpenter reference: the DescribeInstanceTypes view ----------
const kdoc = show(SNAPSHOTS.karpenter, SNAPSHOTS.karpenter.path).toString();
const karp = new Map<string, Record<string, string>>();
for (const block of kdoc.split('\n### `').slice(1)) {
  const type = block.slice(0, block.indexOf('`'));
  const labels: Record<string, string> = {};
  for (const m of block.matchAll(/^ \|(?:karpenter\.k8s\.aws\/|kubernetes\.io\/)([a-z-]+)\|([^|]*)\|$/gm)) labels[m[1]!] = m[2]!;
  karp.set(type, labels);
}
/** Karpenter's generated on-demand tables: region → type → USD/hour (commercial us-east-1 and the GovCloud regions). */
const kprices = new Map<string, Map<string, number>>();
let kpriceDate = '';
for (const path of [SNAPSHOTS.karpenter.pricePath, SNAPSHOTS.karpenter.govPricePath]) {
  const text = show(SNAPSHOTS.karpenter, path).toString();
  const date = /generated at (\d{4}-\d{2}-\d{2})T[\d:]+Z/.exec(text)?.[1];
  if (!date) throw new Error(`${path}: no generation date`);
  if (path === SNAPSHOTS.karpenter.pricePath) kpriceDate = date;
  for (const block of text.matchAll(/\n\t"([a-z0-9-]+)": \{([^}]*)\n\t\}/g)) {
    const m = kprices.get(block[1]!) ?? new Map<string, number>();
    for (const e of block[2]!.matchAll(/"([a-z0-9-]+\.[a-z0-9-]+)": ([\d.]+)/g)) m.set(e[1]!, Number(e[2]));
    kprices.set(block[1]!, m);
  }
}
const kprice = kprices.get('us-east-1') ?? new Map<string, number>();
if (kprice.size < 500) throw new Error('Karpenter price table: us-east-1 missing');

// ---------- 3. instance types guide (2024): EBS, network baseline, instance store, accelerators ----------
const guide = show(SNAPSHOTS.guide, SNAPSHOTS.guide.path).toString();
/** PDF conversion splits names ("m7gd.2xla 1 rge") and prefixes footnote digits; rebuild the name. */
function cleanName(cell: string): string {
  return cell
    .trim()
    .split(/\s+/)
    .filter((t) => !/^\d+$/.test(t))
    .join('');
}
const num = (s: string): number => Number(s.replace(/,/g, ''));
interface Ebs { bwBase: number; bwMax: number; tpBase: number; tpMax: number; iopsBase: number; iopsMax: number }
const ebs = new Map<string, Ebs>();
const netBase = new Map<string, number>();
const store = new Map<string, { text: string; gb: number }>();
const accel = new Map<string, { text: string; memory: string }>();
const pair = /^([\d.,]+)(?:\s*\/\s*([\d.,]+))?$/;
for (const line of guide.split('\n')) {
  if (!line.startsWith('|')) continue;
  const cells = line.split('|').slice(1, -1).map((c) => c.trim());
  if (cells.length < 2) continue;
  const name = cleanName(cells[0]!);
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(name)) continue;
  const [c1, c2, c3] = [cells[1]!, cells[2] ?? '', cells[3] ?? ''];
  if (cells.length === 6 && /^(default|supported)$/.test(cells[5]!) && pair.test(c1) && pair.test(c2) && pair.test(c3)) {
    const [a, b, c] = [c1, c2, c3].map((s) => s.match(pair)!);
    ebs.set(name, {
      bwBase: num(a![1]!), bwMax: num(a![2] ?? a![1]!),
      tpBase: num(b![1]!), tpMax: num(b![2] ?? b![1]!),
      iopsBase: num(c![1]!), iopsMax: num(c![2] ?? c![1]!),
    });
  } else if (cells.length === 9 && /^[✓✗]$/.test(c2) && /Gigabit|\/|^[\d.]+$/.test(c1)) {
    // "0.75 / 10.0" (baseline / burst), "4x 100 Gigabit", or a bare "100" in the Gbps column.
    const m = c1.match(/^([\d.]+)\s*\/\s*[\d.]+$/);
    const fixed = c1.match(/^(?:(\d+)x\s*)?([\d.]+)(?:\s*Gigabit)?$/);
    if (m) netBase.set(name, Number(m[1]));
    else if (fixed) netBase.set(name, Number(fixed[2]) * Number(fixed[1] ?? 1));
  } else if (/^\d+ x [\d,]+ GB$/.test(c1)) {
    const [n, size] = c1.match(/^(\d+) x ([\d,]+) GB$/)!.slice(1).map(num) as [number, number];
    store.set(name, { text: `${n} x ${size} GB ${c2}`.trim(), gb: n * size });
  } else if (c2 === 'Instance store not supported') {
    if (!store.has(name)) store.set(name, { text: 'EBS only', gb: 0 });
  } else if (cells.length === 9 && /GPU|accelerat|Inferentia|Trainium|Gaudi|FPGA|Qualcomm|VU9P|U30/i.test(cells[7] ?? '')) {
    accel.set(name, { text: cells[7]!.replace(/accelerat ors/, 'accelerators').replace(/UltraScal e/, 'UltraScale').replace(/\s+/g, ' '), memory: cells[8] ?? '' });
  }
}

/**
 * The guide's "Previous generation instances" page lists families AWS calls previous generation even where the
 * API's CurrentGeneration flag still says true (C4, M4, R4, G3 in 2024): its "Available sizes" table ends with T1.
 */
const docsPrevious = new Set<string>();
{
  const lines = guide.split('\n');
  const end = lines.findIndex((l) => /^\|T1\|t1\.micro\|$/.test(l.trim()));
  if (end < 0) throw new Error('guide: no previous-generation sizes table');
  for (let i = end; i > 0 && /^\|[A-Z][A-Za-z0-9-]*\|[a-z0-9-]+\./.test(lines[i]!.trim()); i--)
    for (const m of lines[i]!.matchAll(/([a-z][a-z0-9-]*)\.[a-z0-9-]+/g)) docsPrevious.add(m[1]!);
}

// ---------- assemble ----------
const CATEGORY_OF_LABEL: Record<string, Category> = {
  'General purpose': 'general',
  'Micro instances': 'general',
  'Compute optimized': 'compute',
  'Memory optimized': 'memory',
  'Storage optimized': 'storage',
  'GPU instance': 'accelerated',
  'FPGA Instances': 'accelerated',
  'Machine Learning ASIC Instances': 'accelerated',
  'Media Accelerator Instances': 'accelerated',
};
/** For types newer than the price export: the category its family prefix has everywhere else in AWS's naming. */
function categoryOfPrefix(family: string): Category {
  if (/^(hpc|c)\d/.test(family)) return 'compute';
  if (/^(r|x|z|u)\d|^u7i/.test(family) || family.startsWith('u-')) return 'memory';
  if (/^(i|d|h|im|is)\d/.test(family)) return 'storage';
  if (/^(p|g|gr|inf|trn|dl|f|vt)\d/.test(family)) return 'accelerated';
  return 'general';
}
const BRAND: Record<string, string> = { nvidia: 'NVIDIA', amd: 'AMD', aws: 'AWS', xilinx: 'Xilinx', habana: 'Habana', qualcomm: 'Qualcomm' };
function gpuModelOf(k: Record<string, string> | undefined, guideText: string | undefined): string | null {
  if (k?.['instance-gpu-name']) {
    const maker = k['instance-gpu-manufacturer'] ?? '';
    const name = k['instance-gpu-name'].replace(/-/g, ' ');
    return `${BRAND[maker] ?? maker} ${maker === 'nvidia' ? name.toUpperCase() : name.replace(/\b\w/g, (c) => c.toUpperCase())}`.trim();
  }
  const m = guideText?.match(/^\d+ x (.+?) GPUs?$/);
  return m ? m[1]! : null;
}
const sizeOrder = (t: string): number => {
  const s = t.slice(t.indexOf('.') + 1);
  const base: Record<string, number> = { nano: 0.1, micro: 0.2, small: 0.3, medium: 0.5, large: 1, xlarge: 2 };
  if (base[s] !== undefined) return base[s];
  const m = s.match(/^(\d+)xlarge$/);
  if (m) return Number(m[1]) * 2;
  const metal = s.match(/^metal(?:-(\d+)xl)?$/);
  return metal ? 1000 + Number(metal[1] ?? 0) : 5000;
};
const familyOf = (t: string): string => t.slice(0, t.indexOf('.'));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const types = [...new Set([...specs.keys(), ...karp.keys()])].sort((a, b) => {
  const [fa, fb] = [familyOf(a), familyOf(b)];
  return fa === fb ? sizeOrder(a) - sizeOrder(b) || cmp(a, b) : cmp(fa, fb);
});

const rows: Record<string, unknown>[] = [];
const fromKarpenterPrice: string[] = [];
const compared = new Map<string, { both: number; differ: string[] }>();
const metalRatios: number[] = [];
const unknownGeneration: string[] = [];
for (const t of types) {
  const family = familyOf(t);
  const spec = specs.get(t);
  const k = karp.get(t);
  const e = ebs.get(t);
  const proc = spec?.physical_processor ?? null;
  const man = k?.['instance-cpu-manufacturer'];
  const vendor = man ?? (/graviton/i.test(proc ?? '') ? 'aws' : /apple/i.test(proc ?? '') ? 'apple' : /amd/i.test(proc ?? '') ? 'amd' : 'intel');
  const arch = k?.arch === 'arm64' || (!k && (vendor === 'aws' || vendor === 'apple')) ? 'arm64' : 'x86_64';

  // Previous when the price list's flag (the EC2 API's CurrentGeneration) says so or when AWS's documentation lists
  // the family as previous generation; types newer than the export are current.
  const generation = spec?.generation_label === 'previous' || docsPrevious.has(family) ? 'previous' : 'current';
  if (spec && spec.generation_label !== 'previous' && spec.generation_label !== 'current') unknownGeneration.push(t);

  const vCPU = spec?.vcpu_count != null ? Number(spec.vcpu_count) : Number(k?.['instance-cpu']);
  const memoryGiB = spec?.memory_gib != null ? Number(spec.memory_gib) : round(Number(k?.['instance-memory']) / 1024);

  // Karpenter counts real GPUs only; the price list also counts Inferentia/Trainium/Gaudi chips as GPUs.
  const asicLabel = /ASIC|FPGA|Media/.test(spec?.family_label ?? '');
  const gpus = k ? Number(k['instance-gpu-count'] ?? 0) : asicLabel ? 0 : Number(spec?.gpu_count ?? 0);
  const g = accel.get(t);
  const gpuModel = gpus > 0 ? gpuModelOf(k, g?.text) : null;
  // The price list's total GPU memory is the figure AWS publishes (g5.xlarge: 24 GiB); DescribeInstanceTypes
  // reports the usable MiB (22,888 for an A10G), so it is used only for types the export does not have.
  const plGpuMem = spec?.gpu_memory_gib != null && Number(spec.gpu_memory_gib) > 0 ? Number(spec.gpu_memory_gib) : null;
  const kGpuMem = k?.['instance-gpu-memory'] ? round((Number(k['instance-gpu-memory']) * gpus) / 1024) : null;
  const gpuMemoryGiB = gpus > 0 ? (plGpuMem ?? kGpuMem) : null;
  // Non-GPU accelerators by DescribeInstanceTypes' name (it tells Inferentia from Inferentia2); else the guide's text.
  let accelerators: string | null = null;
  if (k?.['instance-accelerator-name']) {
    const brand = BRAND[k['instance-accelerator-manufacturer'] ?? ''] ?? '';
    // Model codes ("ai100") in capitals, names ("inferentia2") capitalised.
    const name = k['instance-accelerator-name']
      .split('-')
      .map((w) => (/^[a-z]{1,3}\d+$/.test(w) ? w.toUpperCase() : w.replace(/^\w/, (c) => c.toUpperCase())))
      .join(' ');
    accelerators = `${k['instance-accelerator-count']} x ${name.toLowerCase().startsWith(brand.toLowerCase()) ? name : `${brand} ${name}`}`.replace(/\s+/g, ' ');
  }
  accelerators ??= g?.text ?? (gpus > 0 && gpuModel ? `${gpus} x ${gpuModel} GPU` : null);

  const kEbsMax = k?.['instance-ebs-bandwidth'] ? Number(k['instance-ebs-bandwidth']) : null;
  const plBaseMBps = spec?.ebs_baseline_throughput_mbps && spec.ebs_baseline_throughput_mbps > 0 ? spec.ebs_baseline_throughput_mbps : null;
  const kNet = k?.['instance-network-bandwidth'] ? Number(k['instance-network-bandwidth']) / 1000 : null;

  // Instance store: the guide's table; else Karpenter's NVMe figure; on the Nitro system (virtualized or bare
  // metal) every instance store is NVMe, so none means EBS only. Xen types absent from the guide may have HDD/SSD
  // stores that Karpenter does not report: unknown, not "EBS only".
  const st = store.get(t);
  const nvmeGB = k?.['instance-local-nvme'] ? Number(k['instance-local-nvme']) : 0;
  const nitro = k?.['instance-hypervisor'] === 'nitro' || (k !== undefined && t.includes('.metal'));
  const storage = st ?? (nvmeGB > 0 ? { text: `${nvmeGB} GB NVMe SSD`, gb: nvmeGB } : nitro ? { text: 'EBS only', gb: 0 } : null);

  // Prices: the price list export per region; where it has none, Karpenter's generated table for that region
  // (us-east-1 and GovCloud). Where both have one they are compared (see the cross-check note).
  const pr = new Map(prices.get(t) ?? []);
  for (const [code, table] of kprices) {
    const kp = table.get(t);
    const have = pr.get(code);
    if (kp !== undefined && have !== undefined) {
      (compared.get(code) ?? compared.set(code, { both: 0, differ: [] }).get(code)!).both++;
      if (Math.abs(kp - have) > 1e-6) {
        compared.get(code)!.differ.push(`${t}: ${have} vs ${kp}`);
        metalRatios.push(kp / have);
      }
    }
    if (have === undefined && kp !== undefined && kp > 0 && regionSet.has(code)) {
      pr.set(code, kp);
      fromKarpenterPrice.push(`${t} ${code}`);
    }
  }
  const priceMap: Record<string, number> = {};
  for (const code of REGION_CODES) {
    const p = pr.get(code);
    if (p !== undefined) priceMap[code] = p;
  }

  rows.push({
    instanceType: t,
    family,
    category: spec?.family_label ? (CATEGORY_OF_LABEL[spec.family_label] ?? categoryOfPrefix(family)) : categoryOfPrefix(family),
    processorVendor: vendor,
    processor: proc,
    architecture: arch,
    vCPU,
    memoryGiB,
    gpus,
    gpuModel,
    gpuMemoryGiB,
    accelerators,
    burstable: /^t\d/.test(family),
    networkPerformance: spec?.network_performance_text ?? null,
    networkBaselineGbps: netBase.get(t) ?? (kNet !== null ? round(kNet) : null),
    ebsBaselineBandwidthMbps: e?.bwBase ?? (plBaseMBps !== null ? round(plBaseMBps * 8) : null),
    ebsMaxBandwidthMbps: e?.bwMax ?? kEbsMax,
    ebsBaselineThroughputMBps: e?.tpBase ?? plBaseMBps,
    ebsMaxThroughputMBps: e?.tpMax ?? (kEbsMax !== null ? round(kEbsMax / 8) : null),
    ebsBaselineIops: e?.iopsBase ?? null,
    ebsMaxIops: e?.iopsMax ?? null,
    instanceStorage: storage?.text ?? null,
    instanceStorageGB: storage?.gb ?? null,
    generation,
    currentGeneration: generation === 'current',
    priceLinuxOnDemand: priceMap,
  });
}

const SPECS = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html';
const PREV = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/previous-generation-instances.html';
const ACCEL = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html';
const EBS_OPT = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-optimized.html';
const NET = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html';
const PRICING = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const PRICE_DATE = commitDate(SNAPSHOTS.prices);
const KARP_DATE = commitDate(SNAPSHOTS.karpenter);
const GUIDE_DATE = commitDate(SNAPSHOTS.guide);
type Col = Record<string, unknown>;
const col = (key: string, label: string, type: string, extra: Col = {}): Col => ({ key, label, type, ...extra });
const columns: Col[] = [
  col('instanceType', 'Instance type', 'text', { defaultVisible: true }),
  col('family', 'Family', 'text', { defaultVisible: true }),
  col('category', 'Category', 'text', { defaultVisible: true, description: 'general, compute, memory, storage or accelerated' }),
  col('processorVendor', 'CPU vendor', 'text', { defaultVisible: true, description: 'intel, amd, aws (Graviton) or apple (Mac)' }),
  col('processor', 'Processor', 'text', { defaultVisible: false, source: SPECS, asOf: PRICE_DATE }),
  col('architecture', 'Architecture', 'text', { defaultVisible: false, source: SPECS, asOf: KARP_DATE,
    description: 'x86_64 or arm64 (Mac types included: mac1 is x86_64, later Mac types arm64)' }),
  col('vCPU', 'vCPU', 'number', { defaultVisible: true, source: SPECS, asOf: PRICE_DATE }),
  col('memoryGiB', 'Memory', 'number', { unit: 'GiB', defaultVisible: true, source: SPECS, asOf: PRICE_DATE }),
  col('gpus', 'GPUs', 'number', { defaultVisible: false, source: ACCEL, asOf: KARP_DATE,
    description: 'GPUs only; Inferentia, Trainium, Gaudi and FPGA accelerators are in Accelerators' }),
  col('gpuModel', 'GPU model', 'text', { defaultVisible: false, source: ACCEL, asOf: KARP_DATE }),
  col('gpuMemoryGiB', 'GPU memory', 'number', { unit: 'GiB', defaultVisible: false, source: ACCEL, asOf: KARP_DATE,
    description: 'Total across the instance\'s GPUs' }),
  col('accelerators', 'Accelerators', 'text', { defaultVisible: false, source: ACCEL, asOf: GUIDE_DATE }),
  col('burstable', 'Burstable (CPU credits)', 'boolean', { defaultVisible: false }),
  col('networkPerformance', 'Network performance', 'text', { defaultVisible: true, source: SPECS, asOf: PRICE_DATE,
    description: '"Up to N Gigabit" means a lower baseline with best-effort bursts (see networkBaselineGbps)' }),
  col('networkBaselineGbps', 'Network baseline', 'number', { unit: 'Gbps', defaultVisible: false, source: NET, asOf: GUIDE_DATE,
    description: 'Sustained bandwidth; sizes newer than the 2024 guide use the DescribeInstanceTypes value' }),
  col('ebsBaselineBandwidthMbps', 'EBS baseline bandwidth', 'number', { unit: 'Mbps', defaultVisible: false, source: EBS_OPT, asOf: GUIDE_DATE }),
  col('ebsMaxBandwidthMbps', 'EBS max bandwidth', 'number', { unit: 'Mbps', defaultVisible: true, source: EBS_OPT, asOf: GUIDE_DATE,
    description: 'Burst maximum; smaller sizes can hold it for about 30 minutes per day' }),
  col('ebsBaselineThroughputMBps', 'EBS baseline throughput', 'number', { unit: 'MB/s', defaultVisible: false, source: EBS_OPT, asOf: GUIDE_DATE }),
  col('ebsMaxThroughputMBps', 'EBS max throughput', 'number', { unit: 'MB/s', defaultVisible: false, source: EBS_OPT, asOf: GUIDE_DATE }),
  col('ebsBaselineIops', 'EBS baseline IOPS', 'number', { unit: '16 KiB I/O', defaultVisible: false, source: EBS_OPT, asOf: GUIDE_DATE }),
  col('ebsMaxIops', 'EBS max IOPS', 'number', { unit: '16 KiB I/O', defaultVisible: true, source: EBS_OPT, asOf: GUIDE_DATE }),
  col('instanceStorage', 'Instance storage', 'text', { defaultVisible: true, source: SPECS, asOf: GUIDE_DATE }),
  col('instanceStorageGB', 'Instance storage total', 'number', { unit: 'GB', defaultVisible: false, source: SPECS, asOf: GUIDE_DATE }),
  col('generation', 'Generation', 'text', { defaultVisible: false, source: PREV, asOf: PRICE_DATE,
    description: '"previous" when the EC2 API\'s CurrentGeneration flag is false or AWS\'s previous-generation page lists the family (C4, M4, R4, G3 among them); otherwise "current"' }),
  col('currentGeneration', 'Current generation', 'boolean', { defaultVisible: false, source: PREV, asOf: PRICE_DATE }),
  col('priceLinuxOnDemand', 'Linux on-demand', 'number', { unit: 'USD/hour', regional: true, money: true, defaultVisible: true,
    source: PRICING, asOf: PRICE_DATE, description: 'Shared tenancy, Linux, no pre-installed software; absent where the price list had no such offer in the region' }),
];

// The note below says every export/Karpenter price difference is a bare-metal size; stop if that stops being true.
const nonMetalDiffs = [...compared.values()].flatMap((c) => c.differ).filter((x) => !x.includes('.metal'));
if (nonMetalDiffs.length) throw new Error(`price differences beyond metal sizes: ${nonMetalDiffs.join('; ')}`);
const nullEbsIops = rows.filter((r) => r.ebsMaxIops === null && r.ebsMaxBandwidthMbps !== null).length;
const noEbsLimits = rows.filter((r) => r.ebsMaxBandwidthMbps === null).map((r) => r.instanceType as string);
// Xen-era types without a dedicated EBS figure in the 2024 guide (EBS traffic shares their network link).
const notOptimized = noEbsLimits.filter((t) => /^(t1|t2|m1|m2|m3|c1|c3|r3|i2|g2|cc2|cr1|hs1)\./.test(t));
const ebsUnknown = noEbsLimits.filter((t) => !notOptimized.includes(t));
const noSpecText = rows.filter((r) => r.networkPerformance === null || r.processor === null).map((r) => r.instanceType as string);
const unknownStore = rows.filter((r) => r.instanceStorage === null).map((r) => r.instanceType as string);
const noPrice = rows.filter((r) => Object.keys(r.priceLinuxOnDemand as object).length === 0).map((r) => r.instanceType as string);
const noUsEast = rows.filter((r) => (r.priceLinuxOnDemand as Record<string, number>)['us-east-1'] === undefined).map((r) => r.instanceType as string);
const previous = rows.filter((r) => r.generation === 'previous').length;
const dataset = {
  id: 'ec2-instances',
  title: 'EC2 instance types',
  description:
    'Every EC2 instance type the EC2 API describes, current and previous generation (bare metal included), with CPU, ' +
    'memory, GPUs, network, EBS limits, instance store and Linux on-demand prices in every region the price list covers.',
  keyColumn: 'instanceType',
  entries: ['ec2', 'ec2-purchasing', 'ebs'],
  // The default view shows what you can launch today; previous generation is one toggle away.
  defaultFilters: [{ column: 'generation', filter: '=current', showLabel: 'Show previous generation' }],
  columns,
  rows,
  source: SPECS,
  asOf: PRICE_DATE,
  snapshots: [
    { repo: SNAPSHOTS.prices.repo, commit: SNAPSHOTS.prices.commit, date: PRICE_DATE, path: SNAPSHOTS.prices.path,
      provides: 'AWS Price List export (as aggregated by ec2instances.info): specs, generation flag, EBS baseline throughput, Linux on-demand prices by region' },
    { repo: SNAPSHOTS.karpenter.repo, commit: SNAPSHOTS.karpenter.commit, date: KARP_DATE, path: SNAPSHOTS.karpenter.path,
      provides: 'DescribeInstanceTypes (us-east-1) as generated by Karpenter: type list, CPU maker, architecture, GPUs, accelerators, NVMe, network baseline, max EBS bandwidth' },
    { repo: SNAPSHOTS.karpenter.repo, commit: SNAPSHOTS.karpenter.commit, date: kpriceDate, path: SNAPSHOTS.karpenter.pricePath,
      provides: 'us-east-1 Linux on-demand prices (Price List API), for types newer than the export and as a cross-check' },
    { repo: SNAPSHOTS.karpenter.repo, commit: SNAPSHOTS.karpenter.commit, date: kpriceDate, path: SNAPSHOTS.karpenter.govPricePath,
      provides: 'us-gov-east-1 and us-gov-west-1 Linux on-demand prices (Price List API), used the same way' },
    { repo: SNAPSHOTS.guide.repo, commit: SNAPSHOTS.guide.commit, date: GUIDE_DATE, path: SNAPSHOTS.guide.path,
      provides: 'Amazon EC2 Instance Types guide (2024 PDF edition): EBS baseline/max bandwidth, throughput and IOPS, network baseline, instance store, accelerators' },
  ],
  notes: [
    `${rows.length} types in ${new Set(rows.map((r) => r.family)).size} families (${previous} previous generation): the union of the price list export (${specs.size} types, ${PRICE_DATE}) and Karpenter's DescribeInstanceTypes reference (${karp.size} types, ${KARP_DATE}). Generation is "previous" when the API's CurrentGeneration flag is false (${[...new Set(rows.filter((r) => specs.get(r.instanceType as string)?.generation_label === 'previous').map((r) => r.family))].join(', ')}) or the 2024 guide's previous-generation page lists the family (${[...docsPrevious].sort().join(', ')}); t2 is current in both.`,
    `EBS IOPS come only from the 2024 guide: ${nullEbsIops} newer sizes have a maximum EBS bandwidth (DescribeInstanceTypes) but no IOPS figures. Where the guide has no row, baseline bandwidth is the price list's baseline throughput × 8 and maximum throughput is the maximum bandwidth ÷ 8 (AWS publishes MB/s = Mbps ÷ 8).`,
    `No EBS limits for ${noEbsLimits.length} types: ${notOptimized.length} are t2 or Xen-era sizes with no dedicated EBS bandwidth in the guide (${notOptimized.join(', ')}); for ${ebsUnknown.length} no source gives them (${ebsUnknown.join(', ') || 'none'}).`,
    `Processor and network performance text are empty for the ${noSpecText.length} types newer than the price export (${[...new Set(noSpecText.map((t) => t.slice(0, t.indexOf('.'))))].join(', ')} sizes); their vCPU, memory, network baseline and EBS maximum come from DescribeInstanceTypes.`,
    `Instance store is unknown (null) for ${unknownStore.length} types that neither the 2024 guide nor DescribeInstanceTypes (NVMe only) describes: ${unknownStore.join(', ') || 'none'}.`,
    `Prices are absent, not estimated, where neither source had a Linux on-demand offer: ${noUsEast.length} types have no us-east-1 price (${noUsEast.join(', ')}: Mac and u-*tb1 metal types are sold as Dedicated Hosts, others are offered only in other regions, through capacity blocks, or no longer); ${noPrice.length} have no price in any region. ${fromKarpenterPrice.length} type-region prices the export lacks (mostly types newer than it) come from Karpenter's tables (${kpriceDate}).`,
    `Cross-check against Karpenter's independently generated tables (${kpriceDate}): ${[...compared].map(([code, c]) => `${code} ${c.differ.length} of ${c.both} differ`).join(', ')}; every difference is a bare-metal size that Karpenter lists ${Math.round((Math.min(...metalRatios) - 1) * 100)}-${Math.round((Math.max(...metalRatios) - 1) * 100)}% higher, and the table keeps the export's figure.`,
    '"Up to 10 Gigabit" is a burst ceiling, not a guarantee: an m5.large sustains 0.75 Gbps. Cheat sheets often quote the burst figure as if it were sustained.',
    'EBS bandwidth is a per-instance cap: a 16,000 IOPS gp3 volume on a t3.micro is still limited to the instance\'s 11,800 burst / 500 baseline IOPS.',
  ],
};
console.error(`rows ${rows.length}; families ${new Set(rows.map((r) => r.family)).size}; previous ${previous}`);
console.error(`price list ${specs.size} types, Karpenter ${karp.size}; price conflicts within the export: ${priceConflicts.length}`);
for (const [code, c] of compared) console.error(`${code}: export vs Karpenter differ ${c.differ.length}/${c.both}`, c.differ.filter((x) => !/\.metal/.test(x)));
console.error(`prices from Karpenter: ${fromKarpenterPrice.length}; unknown generation label: ${unknownGeneration.join(', ') || 'none'}`);
console.error(`no EBS IOPS (with bandwidth): ${nullEbsIops}; no EBS limits: ${noEbsLimits.length}; unknown store: ${unknownStore.length}`);
for (const code of REGION_CODES) {
  const n = rows.filter((x) => (x.priceLinuxOnDemand as Record<string, number>)[code] !== undefined).length;
  if (n) console.error(code, 'priced', n);
}
// Compact, one row per line: small, and a re-generation diffs row by row.
const { rows: _rows, ...head } = dataset;
void _rows;
const headText = JSON.stringify(head);
writeFileSync(OUT, `${headText.slice(0, -1)},"rows":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
