import { z } from 'zod';
import { channel } from '../define';

/** What one offer-file import did. */
export interface PriceImportSummary {
  /** null when nothing in the file mapped (nothing stored). */
  importId: number | null;
  fileName: string;
  offerCode: string;
  version: string;
  publicationDate: string;
  format: 'json' | 'csv';
  bytes: number;
  /** Products (SKUs) in the file, and those that map to a key or an EC2 price. */
  products: number;
  relevantProducts: number;
  regions: string[];
  /** Price-pack keys and EC2 instance prices stored. */
  packPrices: number;
  ec2Prices: number;
  /** Keys of this offer the importer can map that the file did not provide (in any of its regions). */
  keysNotInFile: string[];
  warnings: string[];
}

export interface PriceImportInfo {
  id: number;
  fileName: string;
  offerCode: string;
  version: string;
  publicationDate: string;
  format: 'json' | 'csv';
  bytes: number;
  importedAt: string;
  /** Prices of this import still in use, by region. */
  regions: { region: string; packPrices: number; ec2Prices: number }[];
}

export type PriceStatusName = 'bundled' | 'stand-in' | 'imported';

/** One unit price of a region as the calculators see it now (bundled pack + imports). */
export interface PriceRowView {
  key: string;
  usd: number;
  unit: string;
  status: PriceStatusName;
  /** "stand-in: us-east-1 price, no verified eu-central-1 price", "imported from …". */
  statusNote: string | null;
  source: string;
  asOf: string;
  /** The bundled figure, when an import replaced it. */
  bundledUsd: number | null;
  importId: number | null;
}

export interface PriceListView {
  region: string;
  /** Regions with a bundled pack or imported prices. */
  regions: string[];
  hasBundledPack: boolean;
  prices: PriceRowView[];
  counts: Record<PriceStatusName, number>;
  /** EC2 Linux instance prices imported for this region (on-demand and Reserved). */
  ec2Count: number;
  /** Those prices, when asked for (`ec2: true`): a region's EC2 file gives tens of thousands. */
  ec2: { key: string; instanceType: string; term: string; usd: number; importId: number }[];
  imports: PriceImportInfo[];
}

export interface PriceJobView {
  id: string;
  fileName: string;
  state: 'running' | 'done' | 'failed';
  bytesRead: number;
  totalBytes: number;
  products: number;
  prices: number;
  summary: PriceImportSummary | null;
  error: string | null;
}

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region name like eu-central-1');
const fileName = z.string().min(1).max(255);
/** One upload chunk (base64); 1 MiB of data per call keeps each IPC message small. */
export const PRICE_UPLOAD_CHUNK_BYTES = 1024 * 1024;
/** The largest offer file accepted (a region's EC2 file is a few hundred MB). */
export const PRICE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024 * 1024;
const uploadId = z.string().regex(/^up-[0-9a-f]{16}$/);

export const pricesChannels = {
  'prices.list': channel<PriceListView>()(z.strictObject({ region, ec2: z.boolean().default(false) })),
  /** Starts an upload (web mode and the desktop file picker): the file then arrives in chunks. */
  'prices.uploadStart': channel<{ uploadId: string }>()(
    z.strictObject({ fileName, sizeBytes: z.number().int().min(1).max(PRICE_UPLOAD_MAX_BYTES) }),
  ),
  'prices.importChunk': channel<{ received: number }>()(
    z.strictObject({
      uploadId,
      offset: z.number().int().min(0),
      dataBase64: z.string().max(Math.ceil((PRICE_UPLOAD_CHUNK_BYTES * 4) / 3) + 8).regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
    { maxPayloadBytes: Math.ceil((PRICE_UPLOAD_CHUNK_BYTES * 4) / 3) + 16 * 1024 },
  ),
  /** Imports a completed upload, or a file on this machine by path; returns a job to poll with prices.status. */
  'prices.import': channel<PriceJobView>()(
    z.union([z.strictObject({ uploadId }), z.strictObject({ path: z.string().min(1).max(4096) })]),
  ),
  'prices.status': channel<PriceJobView>()(z.strictObject({ jobId: z.string().regex(/^job-[0-9a-f]{16}$/) })),
  /** Back to bundled prices: one import, one region, or everything imported. */
  'prices.revert': channel<{ removedPrices: number; removedImports: number }>()(
    z.union([z.strictObject({ importId: z.number().int().min(1) }), z.strictObject({ region }), z.strictObject({ all: z.literal(true) })]),
  ),
};
