import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { AppError } from '../result';
import { usd, type Money } from './money';
import type { PriceFact, PriceStatus } from './trace';

export const MAX_UNIT_PRICE_USD = 1e9;
/** Optional `prices` input: unit-price overrides by price-pack key (USD); the issue path names the key. */
export const priceOverrides = z
  .record(
    z.string(),
    z
      .number({ error: 'a unit price must be a number (USD)' })
      .finite('a unit price must be a finite number (USD)')
      .nonnegative('a unit price cannot be negative')
      .max(MAX_UNIT_PRICE_USD, `a unit price above ${MAX_UNIT_PRICE_USD.toLocaleString('en-US')} USD is not plausible`),
  )
  .optional();

export interface PriceRef {
  value: Money;
  usd: number;
  fact: PriceFact & { priceKey: string; status: PriceStatus };
  unit: string;
}

type PackPrice = PricePack['prices'][string];

/** The status of a pack price and its one-line explanation (the trace, warnings and Prices screen show it). */
export function priceStatusOf(
  region: string,
  p: PackPrice,
  overridden = false,
): { status: PriceStatus; statusNote?: string; standInFrom?: string } {
  if (overridden) return { status: 'override', statusNote: 'overridden by you' };
  if (p.importedFrom) {
    const f = p.importedFrom;
    return { status: 'imported', statusNote: `imported from ${f.fileName} (${f.offerCode} ${f.version}, published ${f.publicationDate.slice(0, 10)})` };
  }
  if (p.standInFrom)
    return { status: 'stand-in', statusNote: `stand-in: ${p.standInFrom} price, no verified ${region} price`, standInFrom: p.standInFrom };
  return { status: 'bundled' };
}

/**
 * The warning for the stand-in prices a result used (none → null). Facts are read from the trace, where
 * every price a result depends on is cited.
 */
export function standInWarning(region: string, facts: readonly (PriceFact | undefined)[]): string | null {
  const byFrom = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f?.status !== 'stand-in' || !f.priceKey) continue;
    const from = f.standInFrom ?? 'us-east-1';
    (byFrom.get(from) ?? byFrom.set(from, new Set()).get(from)!).add(f.priceKey);
  }
  if (!byFrom.size) return null;
  const parts = [...byFrom].map(([from, keys]) => `${[...keys].sort().join(', ')} ${keys.size === 1 ? 'is the' : 'are'} ${from} price${keys.size === 1 ? '' : 's'}`);
  return `Stand-in prices: no verified ${region} price, so ${parts.join('; ')}. Override with "prices" or import an AWS Price List offer file for ${region}.`;
}

/**
 * Unit prices for one run: the region pack with the user's overrides on top. Unknown override keys are
 * rejected with the list of valid ones (for this calculator).
 */
export class Prices {
  constructor(
    private readonly pack: PricePack,
    private readonly overrides: Record<string, number> = {},
    validKeys?: readonly string[],
  ) {
    const allowed = new Set(validKeys ?? Object.keys(pack.prices));
    const unknown = Object.keys(overrides).filter((k) => !allowed.has(k));
    if (unknown.length)
      throw new AppError('VALIDATION', `prices: unknown key(s) ${unknown.join(', ')}. Valid keys: ${[...allowed].sort().join(', ')}`, [
        { path: 'prices', message: `unknown key(s) ${unknown.join(', ')}` },
      ]);
  }

  get region(): string {
    return this.pack.region;
  }
  get asOf(): string {
    return this.pack.asOf;
  }

  private readonly cache = new Map<string, PriceRef>();

  get(key: string): PriceRef {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const ref = this.lookup(key);
    this.cache.set(key, ref);
    return ref;
  }

  private lookup(key: string): PriceRef {
    const p = this.pack.prices[key];
    if (!p) throw new AppError('UNAVAILABLE', `The ${this.pack.region} price pack has no price "${key}".`);
    const o = this.overrides[key];
    const value = o ?? p.usd;
    return {
      value: usd(value),
      usd: value,
      unit: p.unit,
      fact: {
        source: p.source,
        asOf: p.asOf,
        priceKey: key,
        ...(o !== undefined ? { overridden: true } : {}),
        ...priceStatusOf(this.pack.region, p, o !== undefined),
      },
    };
  }
}
