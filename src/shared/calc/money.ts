import Big from 'big.js';

/**
 * Money without float drift: amounts are big.js decimals from the unit price to the total, rounded only
 * for display (and only through these named functions).
 */
export type Money = Big;
export { Big };

export const ZERO: Money = new Big(0);

export function usd(x: number | string | Big): Money {
  return new Big(x);
}

/** USD → integer micro-dollars (rounded half away from zero): exact to add, for long simulations. */
export function toMicros(usdAmount: number): number {
  return Math.round(usdAmount * 1e6);
}

/** Integer micro-dollars → USD rounded to cents for display. */
export function fromMicros(micros: number): number {
  return Math.round(micros / 1e4) / 100;
}

/** Sum of amounts. */
export function sum(xs: readonly Money[]): Money {
  return xs.reduce((a, b) => a.plus(b), ZERO);
}

/** Rounds half-up to cents, as bills show (display only). */
export function roundCents(x: Money): number {
  return Number(x.round(2, Big.roundHalfUp));
}

/** Rounds half-up to `dp` decimals (display only). */
export function roundTo(x: Money | number, dp: number): number {
  return Number(new Big(x).round(dp, Big.roundHalfUp));
}

/** The one float tolerance used when comparing computed figures (tests and invariants). */
export const TOLERANCE = 1e-9;
export function approx(a: number, b: number, tol = TOLERANCE): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Integer ceiling of a ratio, guarding against float noise like 3.0000000000000004. */
export function ceilDiv(a: number, b: number): number {
  const q = a / b;
  const r = Math.round(q);
  return Math.abs(q - r) < 1e-9 ? r : Math.ceil(q);
}

/** Hours in a billing month as AWS calculators use it (730 = 8,760 / 12). */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
