import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { AppError, fail, ok, type Result } from '../result';
import { dynamodb, dynamodbInput, DYNAMODB_PRICE_KEYS } from './dynamodb';
import { ebs, ebsInput, EBS_PRICE_KEYS, type EbsContext } from './ebs';
import { kinesis, kinesisInput, KINESIS_PRICE_KEYS } from './kinesis';
import { MAX_UNIT_PRICE_USD } from './prices';
import { lambda, lambdaInput, LAMBDA_PRICE_KEYS } from './lambda';
import { standInWarning } from './prices';
import { s3Lifecycle, s3LifecycleInput, S3_PRICE_KEYS } from './s3Lifecycle';
import type { TraceStep } from './trace';

export { ALL_PRICE_KEYS, PRICE_KEYS, priceKeysMarkdown } from './priceKeys';
export type { TraceStep } from './trace';

export type CalculatorId = 'dynamodb' | 'kinesis' | 'lambda' | 'ebs' | 's3-lifecycle';
export type CalcContext = EbsContext;

export interface CalculatorDef {
  id: CalculatorId;
  title: string;
  inputSchema: z.ZodType;
  /** A sensible example input (the form's starting point and the CLI's documentation). */
  defaults: Record<string, unknown>;
  priceKeys: readonly string[];
  run: (input: never, pack: PricePack, ctx: CalcContext) => object;
}

export const CALCULATORS: Record<CalculatorId, CalculatorDef> = {
  dynamodb: {
    id: 'dynamodb',
    title: 'DynamoDB capacity and cost',
    inputSchema: dynamodbInput,
    defaults: { region: 'us-east-1', itemSizeKB: 6, readsPerSecond: 100, readConsistency: 'eventual', writesPerSecond: 50, writeMode: 'standard', storageGB: 50, tableClass: 'standard', globalTableReplicaRegions: 0, targetUtilization: 1 },
    priceKeys: DYNAMODB_PRICE_KEYS,
    run: dynamodb as CalculatorDef['run'],
  },
  kinesis: {
    id: 'kinesis',
    title: 'Kinesis Data Streams shards and cost',
    inputSchema: kinesisInput,
    defaults: { region: 'us-east-1', recordsPerSecond: 1000, avgRecordKB: 3, consumers: 2, efoConsumers: 0, retentionHours: 24, mode: 'provisioned' },
    priceKeys: KINESIS_PRICE_KEYS,
    run: kinesis as CalculatorDef['run'],
  },
  lambda: {
    id: 'lambda',
    title: 'Lambda cost',
    inputSchema: lambdaInput,
    defaults: { region: 'us-east-1', architecture: 'x86_64', requestsPerMonth: 3_000_000, avgDurationMs: 1000, memoryMB: 512, ephemeralStorageMB: 512, includeFreeTier: true },
    priceKeys: LAMBDA_PRICE_KEYS,
    run: lambda as CalculatorDef['run'],
  },
  ebs: {
    id: 'ebs',
    title: 'EBS volume performance and cost',
    inputSchema: ebsInput,
    defaults: { region: 'us-east-1', mode: 'evaluate', volumeType: 'gp3', sizeGiB: 2000, iops: 5000, throughputMiBps: 200, instanceType: 'm7i.large' },
    priceKeys: EBS_PRICE_KEYS,
    run: ebs as CalculatorDef['run'],
  },
  's3-lifecycle': {
    id: 's3-lifecycle',
    title: 'S3 lifecycle cost over time',
    inputSchema: s3LifecycleInput,
    defaults: {
      region: 'us-east-1',
      months: 36,
      initialGB: 10_000,
      monthlyIngestGB: 1000,
      avgObjectSizeKB: 512,
      rules: [
        { afterDays: 30, storageClass: 'standard-ia' },
        { afterDays: 90, storageClass: 'glacier-flexible' },
        { afterDays: 365, storageClass: 'deep-archive' },
      ],
      retrievalGBPerMonth: 0,
      retrievalTier: 'standard',
      monthlyAccessPercent: 0,
    },
    priceKeys: S3_PRICE_KEYS,
    run: s3Lifecycle as CalculatorDef['run'],
  },
};

export const CALCULATOR_IDS = Object.keys(CALCULATORS) as CalculatorId[];

export function isCalculatorId(id: string): id is CalculatorId {
  return Object.hasOwn(CALCULATORS, id);
}

/** Adds the stand-in warning (if any price the trace cites is a stand-in) to the result's warnings. */
function withStandInWarning(out: Record<string, unknown>, region: string): Record<string, unknown> {
  const trace = Array.isArray(out.trace) ? (out.trace as TraceStep[]) : [];
  const w = standInWarning(region, trace.map((s) => s.fact));
  if (!w) return out;
  return { ...out, warnings: [...(Array.isArray(out.warnings) ? (out.warnings as string[]) : []), w] };
}

/** Validates the raw input (named-field errors) and runs the calculator. Never throws. */
export function runCalculator(id: string, rawInput: unknown, pack: PricePack, ctx: CalcContext = {}): Result<Record<string, unknown>> {
  if (!isCalculatorId(id)) return fail('VALIDATION', `Unknown calculator "${id}". Use one of: ${CALCULATOR_IDS.join(', ')}.`);
  const def = CALCULATORS[id];
  const parsed = def.inputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
    return fail('VALIDATION', issues.map((i) => (i.message.startsWith(i.path) ? i.message : `${i.path}: ${i.message}`)).join('; '), issues);
  }
  if ((parsed.data as { region?: string }).region !== pack.region)
    return fail('VALIDATION', `region: the price pack is for ${pack.region}, the input asks for ${(parsed.data as { region?: string }).region}`);
  try {
    const value = withStandInWarning(def.run(parsed.data as never, pack, ctx) as Record<string, unknown>, pack.region);
    // JSON turns Infinity and NaN into null: a result that overflowed must fail loudly, naming where.
    const bad = firstNonFinite(value);
    if (bad) {
      const overrides = Object.keys((parsed.data as { prices?: Record<string, number> }).prices ?? {});
      // Name the culprits: overrides first, else the price-pack keys whose unit price is implausibly large.
      const huge = Object.entries(pack.prices)
        .filter(([k, p]) => def.priceKeys.includes(k) && !(Math.abs(p.usd) <= MAX_UNIT_PRICE_USD))
        .map(([k]) => k);
      const hint = overrides.length ? ` Check the price override(s) ${overrides.join(', ')}.` : huge.length ? ` The ${pack.region} price pack has implausible unit price(s): ${huge.join(', ')}.` : '';
      return fail('VALIDATION', `The result is not a finite number at ${bad} (the inputs or unit prices are too large).${hint}`, [{ path: overrides.length ? 'prices' : '(input)', message: `${bad} is not finite` }]);
    }
    return ok(value);
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toJSON() };
    throw e;
  }
}

/** Path of the first number in `v` that is not finite (NaN, ±Infinity), or null. */
export function firstNonFinite(v: unknown, path = ''): string | null {
  // Every result is walked, and almost all are finite: the path is only spelled out once a bad number is
  // found (building it for every node was most of the walk's cost on long results).
  const at = nonFiniteAt(v);
  if (!at) return null;
  let p = path;
  for (const k of at) p = typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k;
  return p || '(result)';
}

/** The keys leading to the first non-finite number in `v` (outermost first), or null. */
function nonFiniteAt(v: unknown): (string | number)[] | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : [];
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = nonFiniteAt(v[i]);
      if (p) return (p.unshift(i), p);
    }
    return null;
  }
  if (typeof v === 'object' && v !== null) {
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      const p = nonFiniteAt((v as Record<string, unknown>)[k]);
      if (p) return (p.unshift(k), p);
    }
  }
  return null;
}
