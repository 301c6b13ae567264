import { z } from 'zod';
import type { PricePack } from '../kb/schemas';
import { AppError } from '../result';
import { usd, type Money } from './money';

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
  fact: { source: string; asOf: string; priceKey: string; overridden?: boolean };
  unit: string;
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
      fact: { source: p.source, asOf: p.asOf, priceKey: key, ...(o !== undefined ? { overridden: true } : {}) },
    };
  }
}
