/**
 * One-off generator for data/datasets/ec2-instances.json. Kept as documentation of how the figures were
 * derived; the build never runs it (the JSON output is committed).
 *
 * Inputs are public repository snapshots brought onto the machine with the search tool's `fetch`
 * (paths below). Only figures are taken from them, re-expressed under our own field names:
 *  1. PRICES_REPO: a tidy parquet export of the AWS Price List (as aggregated by ec2instances.info):
 *     vCPU, memory, processor, network performance text and Linux on-demand prices for every region.
 *  2. GUIDE_REPO: the AWS "Amazon EC2 Instance Types" guide (2024 PDF edition converted to Markdown):
 *     per-size EBS baseline/maximum bandwidth, throughput and IOPS, network baseline, instance store.
 *  3. KARPENTER_REPO: Karpenter's generated instance-type reference (DescribeInstanceTypes output):
 *     CPU manufacturer, architecture, network baseline and maximum EBS bandwidth for newer sizes, plus its
 *     generated us-east-1 on-demand price table used as a cross-check.
 *
 * Run: npm install --prefix /tmp/pqtools hyparquet && npx tsx scripts/data/gen-ec2-instances.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const PRICES_REPO = '/work/.mirror/jawaadjariwala+AWS-EC2-Pricing-Landscape-Analysis/repo';
const GUIDE_REPO = '/work/.mirror/jihoo529+ragstone/repo';
const KARPENTER_REPO = '/work/.mirror/aws+karpenter-provider-aws/repo';
const HYPARQUET_DIR = process.env.HYPARQUET_DIR ?? '/tmp/pqtools';
const OUT = resolve(import.meta.dirname, '../../data/datasets/ec2-instances.json');

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'] as const;
type Category = 'general' | 'compute' | 'memory' | 'storage' | 'accelerated';

/** Families we publish, by category: current generation Intel, AMD and Graviton plus the exam classics. */
const FAMILIES: Record<string, Category> = {
  t3: 'general', t3a: 'general', t4g: 'general', m5: 'general', m6i: 'general', m6a: 'general', m6g: 'general',
  m7i: 'general', 'm7i-flex': 'general', m7a: 'general', m7g: 'general', m8g: 'general',
  c5: 'compute', c6i: 'compute', c6a: 'compute', c6g: 'compute', c7i: 'compute', c7a: 'compute', c7g: 'compute',
  c8g: 'compute',
  r5: 'memory', r6i: 'memory', r6g: 'memory', r7i: 'memory', r7a: 'memory', r7g: 'memory', r8g: 'memory',
  x2idn: 'memory', x2iedn: 'memory', z1d: 'memory',
  i4i: 'storage', i4g: 'storage', i3en: 'storage', im4gn: 'storage', d3: 'storage',
  g5: 'accelerated', g6: 'accelerated', p4d: 'accelerated', p5: 'accelerated', inf2: 'accelerated',
  trn1: 'accelerated',
};

function git(repo: string, spec: string): Buffer {
  return execFileSync('git', ['-C', repo, 'show', spec], { maxBuffer: 1 << 29 });
}
function commitOf(repo: string): string {
  return execFileSync('git', ['-C', repo, 'log', '-1', '--format=%H %cs']).toString().trim();
}

// ---------- 1. parquet: specs and prices ----------
interface PriceRow {
  instance_type: string;
  physical_processor: string | null;
  vcpu_count: number | null;
  memory_gib: number | null;
  gpu_count: number | null;
  network_performance_text: string | null;
  generation_label: string | null;
  region_code: string;
  operating_system: string;
  ondemand_usd_per_hour: number | null;
}
const require = createRequire(resolve(HYPARQUET_DIR, 'package.json'));
const hyparquet = (await import(require.resolve('hyparquet'))) as {
  parquetReadObjects: (o: { file: ArrayBuffer }) => Promise<Record<string, unknown>[]>;
};
const pq = git(PRICES_REPO, 'HEAD:data/ec2_pricing_tidy.parquet');
const pqRows = (await hyparquet.parquetReadObjects({
  file: pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer,
})) as unknown as PriceRow[];
const specs = new Map<string, PriceRow>();
const prices = new Map<string, Partial<Record<(typeof REGIONS)[number], number>>>();
for (const r of pqRows) {
  if (r.operating_system !== 'linux') continue;
  if (!specs.has(r.instance_type) || r.region_code === 'us-east-1') specs.set(r.instance_type, r);
  if ((REGIONS as readonly string[]).includes(r.region_code) && r.ondemand_usd_per_hour !== null) {
    const m = prices.get(r.instance_type) ?? {};
    m[r.region_code as (typeof REGIONS)[number]] = Number(r.ondemand_usd_per_hour);
    prices.set(r.instance_type, m);
  }
}

// ---------- 2. instance types guide: EBS, network baseline, instance store ----------
const guide = git(GUIDE_REPO, 'HEAD:backend/data/AWS/ec2-types.md').toString();
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
const accel = new Map<string, string>();
const pair = /^([\d.,]+)(?:\s*\/\s*([\d.,]+))?$/;
for (const line of guide.split('\n')) {
  if (!line.startsWith('|')) continue;
  const cells = line.split('|').slice(1, -1).map((c) => c.trim());
  if (cells.length < 2) continue;
  const name = cleanName(cells[0]);
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(name)) continue;
  const [c1, c2, c3] = [cells[1], cells[2] ?? '', cells[3] ?? ''];
  if (cells.length === 6 && /^(default|supported)$/.test(cells[5]) && pair.test(c1) && pair.test(c2) && pair.test(c3)) {
    const [a, b, c] = [c1, c2, c3].map((s) => s.match(pair)!);
    ebs.set(name, {
      bwBase: num(a[1]), bwMax: num(a[2] ?? a[1]),
      tpBase: num(b[1]), tpMax: num(b[2] ?? b[1]),
      iopsBase: num(c[1]), iopsMax: num(c[2] ?? c[1]),
    });
  } else if (cells.length === 9 && /^[✓✗]$/.test(c2) && /Gigabit|\//.test(c1)) {
    const m = c1.match(/^([\d.]+)\s*\/\s*[\d.]+$/);
    const fixed = c1.match(/^(?:(\d+)x\s*)?([\d.]+)\s*Gigabit$/);
    if (m) netBase.set(name, Number(m[1]));
    else if (fixed) netBase.set(name, Number(fixed[2]) * Number(fixed[1] ?? 1));
  } else if (/^\d+ x [\d,]+ GB$/.test(c1)) {
    const [n, size] = c1.match(/^(\d+) x ([\d,]+) GB$/)!.slice(1).map(num);
    store.set(name, { text: `${n} x ${size} GB ${c2}`.trim(), gb: n * size });
  } else if (cells.length === 9 && /GPU|accelerat|Inferentia|Trainium/i.test(cells[7] ?? '')) {
    accel.set(name, cells[7].replace(/accelerat ors/, 'accelerators'));
  }
}

// ---------- 3. Karpenter reference: manufacturer, arch, bandwidths ----------
const kdoc = git(KARPENTER_REPO, 'HEAD:website/content/en/docs/reference/instance-types.md').toString();
const karp = new Map<string, Record<string, string>>();
for (const block of kdoc.split('\n### `').slice(1)) {
  const type = block.slice(0, block.indexOf('`'));
  const labels: Record<string, string> = {};
  for (const m of block.matchAll(/^ \|(?:karpenter\.k8s\.aws\/|kubernetes\.io\/)([a-z-]+)\|([^|]*)\|$/gm)) labels[m[1]] = m[2];
  karp.set(type, labels);
}
const kprice = new Map<string, number>();
const kp = git(KARPENTER_REPO, 'HEAD:pkg/providers/pricing/zz_generated.pricing_aws.go').toString();
for (const m of kp.matchAll(/"([a-z0-9-]+\.[a-z0-9-]+)": ([\d.]+)/g)) kprice.set(m[1], Number(m[2]));

// ---------- assemble ----------
function vendorOf(t: string, proc: string): { vendor: string; arch: string } {
  const k = karp.get(t);
  const man = k?.['instance-cpu-manufacturer'];
  const vendor = man ?? (/graviton/i.test(proc) ? 'aws' : /amd/i.test(proc) ? 'amd' : 'intel');
  const arch = k?.arch === 'arm64' || vendor === 'aws' ? 'arm64' : 'x86_64';
  return { vendor, arch };
}
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
const sizeOrder = (t: string): number => {
  const s = t.split('.')[1];
  const base: Record<string, number> = { nano: 0.1, micro: 0.2, small: 0.3, medium: 0.5, large: 1, xlarge: 2 };
  if (base[s] !== undefined) return base[s];
  const m = s.match(/^(\d+)xlarge$/);
  if (m) return Number(m[1]) * 2;
  const metal = s.match(/^metal(?:-(\d+)xl)?$/);
  return metal ? 1000 + Number(metal[1] ?? 0) : 5000;
};

const rows: Record<string, unknown>[] = [];
const missing: string[] = [];
const priceMismatch: string[] = [];
for (const [t, spec] of [...specs].sort(([a], [b]) => {
  const [fa, fb] = [a.split('.')[0], b.split('.')[0]];
  return fa === fb ? sizeOrder(a) - sizeOrder(b) : fa.localeCompare(fb);
})) {
  const family = t.split('.')[0];
  const category = FAMILIES[family];
  if (!category || spec.generation_label !== 'current') continue;
  const pr = prices.get(t) ?? {};
  if (pr['us-east-1'] === undefined) continue;
  const k = karp.get(t);
  const e = ebs.get(t);
  const proc = spec.physical_processor ?? '';
  const { vendor, arch } = vendorOf(t, proc);
  const kEbsMax = k?.['instance-ebs-bandwidth'] ? Number(k['instance-ebs-bandwidth']) : null;
  const kNet = k?.['instance-network-bandwidth'] ? Number(k['instance-network-bandwidth']) / 1000 : null;
  const st = store.get(t);
  const nvmeGB = k?.['instance-local-nvme'] ? Number(k['instance-local-nvme']) : 0;
  if (!e) missing.push(t);
  const kpr = kprice.get(t);
  if (kpr !== undefined && Math.abs(kpr - pr['us-east-1']) > 1e-6) priceMismatch.push(`${t}: ${pr['us-east-1']} vs ${kpr}`);
  rows.push({
    instanceType: t,
    family,
    category,
    processorVendor: vendor,
    processor: proc || null,
    architecture: arch,
    vCPU: Number(spec.vcpu_count),
    memoryGiB: Number(spec.memory_gib),
    // The price list counts Inferentia/Trainium chips as GPUs; Karpenter's label counts real GPUs only.
    gpus: k ? Number(k['instance-gpu-count'] ?? 0) : Number(spec.gpu_count ?? 0),
    accelerators: accel.get(t) ?? null,
    burstable: /^t\d/.test(family),
    networkPerformance: spec.network_performance_text,
    networkBaselineGbps: netBase.get(t) ?? (kNet !== null ? round(kNet) : null),
    ebsBaselineBandwidthMbps: e?.bwBase ?? null,
    ebsMaxBandwidthMbps: e?.bwMax ?? kEbsMax,
    ebsBaselineThroughputMBps: e?.tpBase ?? null,
    ebsMaxThroughputMBps: e?.tpMax ?? null,
    ebsBaselineIops: e?.iopsBase ?? null,
    ebsMaxIops: e?.iopsMax ?? null,
    instanceStorage: st?.text ?? (nvmeGB > 0 ? `${nvmeGB} GB NVMe SSD` : 'EBS only'),
    instanceStorageGB: st?.gb ?? nvmeGB,
    currentGeneration: true,
    priceLinuxOnDemand: Object.fromEntries(REGIONS.map((r) => [r, pr[r] ?? null])),
  });
}

const SPECS = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html';
const EBS_OPT = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-optimized.html';
const NET = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html';
const PRICING = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const SPEC_DATE = '2026-07-05';
const GUIDE_DATE = '2024-08-13';
type Col = Record<string, unknown>;
const col = (key: string, label: string, type: string, extra: Col = {}): Col => ({ key, label, type, ...extra });
const columns: Col[] = [
  col('instanceType', 'Instance type', 'text', { defaultVisible: true }),
  col('family', 'Family', 'text', { defaultVisible: true }),
  col('category', 'Category', 'text', { defaultVisible: true, description: 'general, compute, memory, storage or accelerated' }),
  col('processorVendor', 'CPU vendor', 'text', { defaultVisible: true, description: 'intel, amd or aws (Graviton)' }),
  col('processor', 'Processor', 'text', { defaultVisible: false, source: SPECS, asOf: SPEC_DATE }),
  col('architecture', 'Architecture', 'text', { defaultVisible: false }),
  col('vCPU', 'vCPU', 'number', { defaultVisible: true, source: SPECS, asOf: SPEC_DATE }),
  col('memoryGiB', 'Memory', 'number', { unit: 'GiB', defaultVisible: true, source: SPECS, asOf: SPEC_DATE }),
  col('gpus', 'GPUs', 'number', { defaultVisible: false, source: SPECS, asOf: SPEC_DATE }),
  col('accelerators', 'Accelerators', 'text', { defaultVisible: false, source: SPECS, asOf: GUIDE_DATE }),
  col('burstable', 'Burstable (CPU credits)', 'boolean', { defaultVisible: false }),
  col('networkPerformance', 'Network performance', 'text', { defaultVisible: true, source: SPECS, asOf: SPEC_DATE,
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
  col('currentGeneration', 'Current generation', 'boolean', { defaultVisible: false, source: SPECS, asOf: SPEC_DATE }),
  col('priceLinuxOnDemand', 'Linux on-demand', 'number', { unit: 'USD/hour', regional: true, money: true, defaultVisible: true,
    source: PRICING, asOf: SPEC_DATE, description: 'Shared tenancy, Linux, no pre-installed software; null where the type is not offered in the region' }),
];
const nullEbs = rows.filter((r) => r.ebsBaselineIops === null).map((r) => r.instanceType as string);
const dataset = {
  id: 'ec2-instances',
  title: 'EC2 instance types',
  description:
    'Current-generation EC2 instance sizes across general purpose, compute, memory, storage and accelerated families ' +
    '(Intel, AMD and Graviton), with CPU, memory, network, EBS limits, local storage and Linux on-demand prices in six regions.',
  keyColumn: 'instanceType',
  entries: ['ec2', 'ec2-purchasing', 'ebs'],
  columns,
  rows,
  source: SPECS,
  asOf: SPEC_DATE,
  notes: [
    'Figures were extracted by scripts/data/gen-ec2-instances.ts from three public snapshots: an export of the AWS Price List (specs, network text, prices; committed 2026-07-05), the 2024 edition of the EC2 Instance Types guide (EBS and instance-store tables) and the DescribeInstanceTypes-derived reference generated by the Karpenter project (2026-07).',
    `EBS baseline/maximum throughput and IOPS are null for sizes newer than the 2024 guide (${nullEbs.length} rows: ${[...new Set(nullEbs.map((t) => t.split('.')[0]))].join(', ')} sizes); their maximum EBS bandwidth comes from DescribeInstanceTypes.`,
    'A price of null means the price list had no Linux on-demand offer for that type in that region at the snapshot date; no price was estimated.',
    'For nine .metal sizes (c6g, m6g, r6g, c7i, m7i, r7i, c8g, m8g, r8g) Karpenter\'s generated price table lists a price about 5-10% higher than the price list export; the table keeps the price list figure.',
    '"Up to 10 Gigabit" is a burst ceiling, not a guarantee: an m5.large sustains 0.75 Gbps. Cheat sheets often quote the burst figure as if it were sustained.',
    'EBS bandwidth is a per-instance cap: a 16,000 IOPS gp3 volume on a t3.micro is still limited to the instance\'s 11,800 burst / 500 baseline IOPS.',
  ],
};
console.error(`rows ${rows.length}; families ${new Set(rows.map((r) => r.family)).size}`);
console.error(`no EBS row in the 2024 guide: ${missing.join(', ')}`);
console.error(`us-east-1 price differs from Karpenter: ${priceMismatch.length}`, priceMismatch);
for (const r of REGIONS) console.error(r, 'priced', rows.filter((x) => (x.priceLinuxOnDemand as Record<string, number | null>)[r] !== null).length);
console.error('snapshots', commitOf(PRICES_REPO), commitOf(GUIDE_REPO), commitOf(KARPENTER_REPO));
writeFileSync(OUT, JSON.stringify(dataset, null, 1) + '\n');
