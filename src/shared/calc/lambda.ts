import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { count, positive, region } from './common';
import { roundCents, sum, usd, ZERO, type Money } from './money';
import { priceOverrides, Prices } from './prices';
import { fmt, Trace, type TraceStep } from './trace';

export const LAMBDA_PRICE_KEYS = [
  'lambda.x86.requestsMillion',
  'lambda.x86.gbSecondTier1',
  'lambda.x86.gbSecondTier2',
  'lambda.x86.gbSecondTier3',
  'lambda.arm.requestsMillion',
  'lambda.arm.gbSecondTier1',
  'lambda.arm.gbSecondTier2',
  'lambda.arm.gbSecondTier3',
  'lambda.ephemeral.gbSecond',
  'lambda.x86.provisionedGbSecond',
  'lambda.x86.provisionedDurationGbSecond',
  'lambda.arm.provisionedGbSecond',
  'lambda.arm.provisionedDurationGbSecond',
] as const;

/** Monthly free tier (requests and GB-seconds), shared by both architectures: aws.amazon.com/lambda/pricing. */
export const LAMBDA_FREE_REQUESTS = 1_000_000;
export const LAMBDA_FREE_GB_SECONDS = 400_000;
/** Tier boundaries in GB-seconds per month (x86: 6 B / 15 B; arm64: 7.5 B / 18.75 B). */
const TIERS = { x86_64: [6e9, 15e9], arm64: [7.5e9, 18.75e9] } as const;

export const lambdaInput = z.strictObject({
  region,
  architecture: z.enum(['x86_64', 'arm64']).default('x86_64'),
  requestsPerMonth: count('requestsPerMonth', 1e13),
  avgDurationMs: positive('avgDurationMs', 900_000).refine((v) => v <= 900_000, { error: 'avgDurationMs: a Lambda invocation runs at most 15 minutes (900,000 ms)' }),
  memoryMB: z
    .number({ error: 'memoryMB must be a number' })
    .int('memoryMB is set in 1 MB steps (a whole number)')
    .min(128, 'memoryMB must be between 128 and 10,240 MB')
    .max(10_240, 'memoryMB must be between 128 and 10,240 MB'),
  ephemeralStorageMB: z.number().int().min(512, 'ephemeralStorageMB must be between 512 and 10,240 MB').max(10_240, 'ephemeralStorageMB must be between 512 and 10,240 MB').default(512),
  includeFreeTier: z.boolean().default(false),
  provisionedConcurrency: z
    .strictObject({
      count: z.number().int().min(1).max(100_000),
      hoursPerMonth: z.number().min(0).max(744).default(730),
    })
    .optional(),
  prices: priceOverrides,
});
export type LambdaInput = z.input<typeof lambdaInput>;

export interface LambdaOutput {
  billedDurationMs: number;
  gbSeconds: number;
  billableGbSeconds: number;
  monthly: { requests: number; compute: number; ephemeralStorage: number; provisionedConcurrency: number; total: number };
  chart: { costVsMemory: { memoryMB: number; x86USD: number; arm64USD: number }[] };
  trace: TraceStep[];
  warnings: string[];
}

function tieredCompute(gbs: number, arch: 'x86_64' | 'arm64', prices: Prices, t?: Trace): Money {
  const key = arch === 'arm64' ? 'arm' : 'x86';
  const [b1, b2] = TIERS[arch];
  const parts: [number, string][] = [
    [Math.min(gbs, b1), `lambda.${key}.gbSecondTier1`],
    [Math.max(0, Math.min(gbs, b2) - b1), `lambda.${key}.gbSecondTier2`],
    [Math.max(0, gbs - b2), `lambda.${key}.gbSecondTier3`],
  ];
  return sum(
    parts.map(([q, k], i) => {
      if (q <= 0) return ZERO;
      const p = prices.get(k);
      const amount = usd(q).times(p.value);
      t?.add({ label: `Compute, tier ${i + 1}`, formula: 'GB-seconds in tier × price per GB-second', substituted: `${fmt(q)} × ${p.usd}`, rounding: 'cents, for display only', result: roundCents(amount), unit: 'USD/month', fact: p.fact });
      return amount;
    }),
  );
}

/**
 * Lambda monthly cost: requests + duration (GB-seconds, billed per 1 ms, tiered) + ephemeral storage above
 * 512 MB + provisioned concurrency.
 *
 * GB-s = requests × duration (s) × memory (GB). Worked example (AWS Lambda pricing page): 3 million
 * requests a month at 512 MB running 1 s each = 1,500,000 GB-s; with the free tier, 1,100,000 GB-s ×
 * $0.0000166667 = $18.33 compute and 2 M × $0.20/M = $0.40 requests: $18.73.
 */
export function lambda(input: z.output<typeof lambdaInput>, pack: PricePack): LambdaOutput {
  const prices = new Prices(pack, input.prices ?? {}, LAMBDA_PRICE_KEYS);
  const t = new Trace();
  const warnings: string[] = [];
  const key = input.architecture === 'arm64' ? 'arm' : 'x86';
  const memGB = input.memoryMB / 1024;
  const billedMs = Math.ceil(input.avgDurationMs - 1e-9);
  t.add({ label: 'Billed duration', formula: 'duration rounded up to the next 1 ms', substituted: `ceil(${fmt(input.avgDurationMs)})`, rounding: 'up to 1 ms', result: billedMs, unit: 'ms' });
  const gbSeconds = Number(usd(input.requestsPerMonth).times(billedMs).div(1000).times(input.memoryMB).div(1024));
  t.add({ label: 'Compute GB-seconds', formula: 'requests × duration (s) × memory (GB)', substituted: `${fmt(input.requestsPerMonth)} × ${billedMs / 1000} × ${fmt(memGB)}`, result: gbSeconds, unit: 'GB-s' });

  // Requests served by provisioned concurrency are billed at its lower duration rate, up to its capacity.
  const pc = input.provisionedConcurrency;
  const pcCapacityGbs = pc ? pc.count * memGB * pc.hoursPerMonth * 3600 : 0;
  const onPcGbs = Math.min(gbSeconds, pcCapacityGbs);
  const onDemandGbs = gbSeconds - onPcGbs;
  const freeGbs = input.includeFreeTier ? Math.min(onDemandGbs, LAMBDA_FREE_GB_SECONDS) : 0;
  const billableGbs = onDemandGbs - freeGbs;
  if (input.includeFreeTier) t.add({ label: 'Free tier GB-seconds', formula: 'min(on-demand GB-s, 400,000)', substituted: `min(${fmt(onDemandGbs)}, 400,000)`, result: freeGbs, unit: 'GB-s' });
  t.add({ label: 'Billable on-demand GB-seconds', formula: 'GB-s − on provisioned concurrency − free tier', substituted: `${fmt(gbSeconds)} − ${fmt(onPcGbs)} − ${fmt(freeGbs)}`, result: billableGbs, unit: 'GB-s' });
  const compute = tieredCompute(billableGbs, input.architecture, prices, t);

  const pReq = prices.get(`lambda.${key}.requestsMillion`);
  const billableRequests = Math.max(0, input.requestsPerMonth - (input.includeFreeTier ? LAMBDA_FREE_REQUESTS : 0));
  const requests = usd(billableRequests).div(1e6).times(pReq.value);
  t.add({ label: 'Requests', formula: `(requests${input.includeFreeTier ? ' − 1,000,000 free' : ''}) ÷ 10⁶ × price per million`, substituted: `${fmt(billableRequests)} ÷ 10⁶ × ${pReq.usd}`, rounding: 'cents, for display only', result: roundCents(requests), unit: 'USD/month', fact: pReq.fact });

  const extraGB = (input.ephemeralStorageMB - 512) / 1024;
  const pEph = prices.get('lambda.ephemeral.gbSecond');
  const ephemeral = usd(input.requestsPerMonth).times(billedMs).div(1000).times(extraGB).times(pEph.value);
  if (extraGB > 0) t.add({ label: 'Ephemeral storage above 512 MB', formula: 'requests × duration (s) × (storage − 0.5 GB) × price', substituted: `${fmt(input.requestsPerMonth)} × ${billedMs / 1000} × ${fmt(extraGB)} × ${pEph.usd}`, rounding: 'cents, for display only', result: roundCents(ephemeral), unit: 'USD/month', fact: pEph.fact });

  let pcCost: Money = ZERO;
  if (pc) {
    const pPc = prices.get(`lambda.${key}.provisionedGbSecond`);
    const pPcD = prices.get(`lambda.${key}.provisionedDurationGbSecond`);
    const idle = usd(pcCapacityGbs).times(pPc.value);
    t.add({ label: 'Provisioned concurrency', formula: 'count × memory (GB) × hours × 3,600 × price per GB-s', substituted: `${pc.count} × ${fmt(memGB)} × ${pc.hoursPerMonth} × 3,600 × ${pPc.usd}`, rounding: 'cents, for display only', result: roundCents(idle), unit: 'USD/month', fact: pPc.fact });
    const dur = usd(onPcGbs).times(pPcD.value);
    t.add({ label: 'Duration on provisioned concurrency', formula: 'GB-s served by it × its duration price', substituted: `${fmt(onPcGbs)} × ${pPcD.usd}`, rounding: 'cents, for display only', result: roundCents(dur), unit: 'USD/month', fact: pPcD.fact });
    pcCost = idle.plus(dur);
  }
  const total = sum([requests, compute, ephemeral, pcCost]);
  t.add({ label: 'Total', formula: 'requests + compute + ephemeral storage + provisioned concurrency', substituted: '', rounding: 'cents', result: roundCents(total), unit: 'USD/month' });

  if (input.avgDurationMs > 60_000 && input.requestsPerMonth > 1e6)
    warnings.push('Long, frequent invocations: compare with Fargate or EC2, where sustained compute is usually cheaper.');
  if (input.architecture === 'x86_64') warnings.push('arm64 (Graviton) lists about 20% less per GB-second; check the chart.');

  const memories = [128, 256, 512, 1024, 1536, 2048, 3008, 4096, 6144, 8192, 10240];
  const chart = memories.map((m) => {
    const g = Number(usd(input.requestsPerMonth).times(billedMs).div(1000).times(m).div(1024));
    const billable = Math.max(0, g - (input.includeFreeTier ? LAMBDA_FREE_GB_SECONDS : 0));
    return {
      memoryMB: m,
      x86USD: roundCents(tieredCompute(billable, 'x86_64', prices).plus(usd(billableRequests).div(1e6).times(prices.get('lambda.x86.requestsMillion').value))),
      arm64USD: roundCents(tieredCompute(billable, 'arm64', prices).plus(usd(billableRequests).div(1e6).times(prices.get('lambda.arm.requestsMillion').value))),
    };
  });

  return {
    billedDurationMs: billedMs,
    gbSeconds,
    billableGbSeconds: billableGbs,
    monthly: {
      requests: roundCents(requests),
      compute: roundCents(compute),
      ephemeralStorage: roundCents(ephemeral),
      provisionedConcurrency: roundCents(pcCost),
      total: roundCents(total),
    },
    chart: { costVsMemory: chart },
    trace: t.steps,
    warnings,
  };
}
