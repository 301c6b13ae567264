import { z } from 'zod';
import regionsJson from '../../../data/regions.json';

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

/** One AWS Region in data/regions.json, and which bundled data has prices for it. */
export const regionEntrySchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'a region code such as us-east-1'),
  name: z.string().min(3),
  partition: z.enum(['aws', 'aws-us-gov']),
  /** data/prices/<code>.json exists, so the calculators can run in this region. */
  pricePack: z.boolean(),
  /** Reference datasets with at least one price for this region. */
  pricedDatasets: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
});
export type RegionEntry = z.infer<typeof regionEntrySchema>;

/** data/regions.json: the region list every region menu, price pack and regional column is checked against. */
export const regionsFileSchema = z
  .strictObject({ source: sourceUrl, asOf: isoDate, notes: z.array(z.string()).optional(), regions: z.array(regionEntrySchema).min(1) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const r of f.regions) {
      if (seen.has(r.code)) ctx.addIssue({ code: 'custom', message: `duplicate region ${r.code}` });
      seen.add(r.code);
    }
    if (!f.regions.some((r) => r.pricePack)) ctx.addIssue({ code: 'custom', message: 'no region has a price pack' });
  });
export type RegionsFile = z.infer<typeof regionsFileSchema>;

/** Every known region, in display order (the file's order). */
export const REGION_LIST: readonly RegionEntry[] = regionsFileSchema.parse(regionsJson).regions;
/** Every known region code. */
export const ALL_REGIONS = REGION_LIST.map((r) => r.code) as [string, ...string[]];
/** The regions with a bundled price pack: the ones the calculators offer. */
export const REGIONS = REGION_LIST.filter((r) => r.pricePack).map((r) => r.code) as [string, ...string[]];
/** A region the calculators can price (it has a price pack). */
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;
/** Any known region, e.g. a key of a dataset's regional price map. */
export const regionCodeSchema = z.enum(ALL_REGIONS);

/** "Europe (Frankfurt)" for "eu-central-1"; the code itself for an unknown one. */
export function regionName(code: string): string {
  return REGION_LIST.find((r) => r.code === code)?.name ?? code;
}

/** Domains of the AWS Solutions Architect exam guide, used to tag questions. */
export const DOMAINS = ['secure', 'resilient', 'performant', 'cost'] as const;
export const domainSchema = z.enum(DOMAINS);
export type Domain = z.infer<typeof domainSchema>;
