import { z } from 'zod';

/** Every figure in data/ names where it came from and when it was true. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be an ISO date (YYYY-MM-DD)');

export const sourceUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'source must be an https URL');

export const provenance = z.object({ source: sourceUrl, asOf: isoDate });
export type Provenance = z.infer<typeof provenance>;

/** The six regions every price-bearing dataset covers. */
export const REGIONS = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-1',
  'ap-northeast-1',
] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

/** Domains of the AWS Solutions Architect exam guide, used to tag questions. */
export const DOMAINS = ['secure', 'resilient', 'performant', 'cost'] as const;
export const domainSchema = z.enum(DOMAINS);
export type Domain = z.infer<typeof domainSchema>;
