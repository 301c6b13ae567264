import { z } from 'zod';
import { regionCodeSchema } from '../kb/provenance';

/** Shared input pieces with their units in the name and clear messages. */
/** Any region AWS lists: a region without a bundled pack is priced from imported offer files (stand-ins marked). */
export const region = regionCodeSchema.default('us-east-1');

export function count(label: string, max: number): z.ZodNumber {
  return z
    .number({ error: `${label} must be a number` })
    .finite(`${label} must be a finite number`)
    .nonnegative(`${label} cannot be negative`)
    .max(max, `${label} above ${max.toLocaleString('en-US')} is not plausible`);
}

export function positive(label: string, max: number): z.ZodNumber {
  return count(label, max).positive(`${label} must be greater than 0`);
}
