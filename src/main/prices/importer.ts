/**
 * Imports offer files: read and validate the whole file first (streamed), map its prices, then swap them
 * into the user database in one transaction. A malformed or truncated file changes nothing.
 */
import { basename } from 'node:path';
import type { PriceImportSummary } from '../../shared/ipc/channels/prices';
import { ALL_PRICE_KEYS } from '../../shared/calc';
import type { Db } from '../db/open';
import { ec2OnDemandKey, ec2ReservedKey, mappableKeys, reservedTermOf, ruleAt, unitFactor } from './mapping';
import { own, readOfferFile, type PriceDim, type ReadProgress, type ReadResult } from './offerFile';

export interface MappedPrice {
  region: string;
  key: string;
  usd: number;
  unit: string;
  fileUnit: string;
  fileUsd: number;
}

const KNOWN_KEYS = new Set(ALL_PRICE_KEYS);

/** Collects price dimensions, groups tiers, and resolves them to one price per (region, key). */
export class PriceCollector {
  /** Tiered groups: region|rule|sku|term → dimensions. */
  private readonly groups = new Map<string, { rule: number; region: string; dims: { begin: number; usd: number; unit: string }[] }>();
  private readonly ec2 = new Map<string, MappedPrice>();
  readonly warnings = new Set<string>();
  private conflicts = 0;

  add(d: PriceDim): void {
    const t = d.target;
    if (t.kind === 'ec2') {
      const unit = d.unit.toLowerCase();
      let key: string;
      let label: string;
      if (d.termType === 'OnDemand') {
        if (unit !== 'hrs') return;
        key = ec2OnDemandKey(t.instanceType);
        label = 'USD per hour (Linux, on-demand)';
      } else {
        const rt = reservedTermOf(d.termAttrs);
        if (!rt) return;
        const part = unit === 'quantity' ? 'upfront' : unit === 'hrs' ? 'hourly' : null;
        if (!part) return;
        key = ec2ReservedKey(t.instanceType, rt, part);
        label = part === 'upfront' ? 'USD upfront per instance (Reserved)' : 'USD per hour (Reserved, effective recurring)';
      }
      this.put(this.ec2, { region: t.region, key: own(key), usd: d.usd, unit: label, fileUnit: own(d.unit), fileUsd: d.usd });
      return;
    }
    if (d.termType !== 'OnDemand') return;
    const g = own(`${t.region}|${t.rule}|${d.sku}|${d.termCode}`);
    const group = this.groups.get(g) ?? this.groups.set(g, { rule: t.rule, region: t.region, dims: [] }).get(g)!;
    group.dims.push({ begin: d.beginRange, usd: d.usd, unit: own(d.unit) });
  }

  private put(into: Map<string, MappedPrice>, p: MappedPrice): void {
    const id = `${p.region}|${p.key}`;
    const had = into.get(id);
    if (had && had.usd !== p.usd) {
      // Two products claim the same price with different figures: keep the first, say so.
      this.conflicts++;
      if (this.conflicts <= 5) this.warnings.add(`${p.key} in ${p.region}: two products give ${had.fileUsd} and ${p.fileUsd} ${p.fileUnit}; kept the first`);
      return;
    }
    if (!had) into.set(id, p);
  }

  /** One price per (region, key), pack keys then EC2 prices. */
  resolve(): MappedPrice[] {
    const keyed = new Map<string, MappedPrice>();
    for (const { rule: ri, region, dims } of this.groups.values()) {
      const rule = ruleAt(ri);
      let bands = [...dims].sort((a, b) => a.begin - b.begin);
      if (rule.skipFree && bands.length > 1 && bands[0]!.usd === 0) bands = bands.slice(1);
      bands.forEach((b, i) => {
        const key = rule.keys[i];
        if (!key || !KNOWN_KEYS.has(key)) return;
        const f = unitFactor(rule, b.unit);
        if (f === undefined) {
          this.warnings.add(`${key}: unit "${b.unit}" is not one this importer converts; the bundled price stays`);
          return;
        }
        this.put(keyed, { region, key, usd: Number((b.usd * f).toPrecision(12)), unit: `USD per ${key.split('.').at(-1)} (converted from ${b.unit})`, fileUnit: b.unit, fileUsd: b.usd });
      });
    }
    return [...keyed.values(), ...this.ec2.values()];
  }
}

export interface ImportOptions {
  /** The name shown to the user (an upload's original name); defaults to the file's base name. */
  fileName?: string;
  onProgress?: (p: ReadProgress) => void;
  now?: () => Date;
  chunkBytes?: number;
}

/** A validated, mapped file waiting to be stored. */
export interface MappedFile {
  read: ReadResult;
  prices: MappedPrice[];
  fileName: string;
  warnings: string[];
}

/** Reads, validates and maps the whole file (streamed). Throws OfferFileError on a bad file; stores nothing. */
export async function readAndMap(path: string, opts: ImportOptions = {}): Promise<MappedFile> {
  const collector = new PriceCollector();
  const read = await readOfferFile(path, { onPrice: (d) => collector.add(d), onProgress: opts.onProgress, chunkBytes: opts.chunkBytes });
  const prices = collector.resolve();
  const warnings = [...collector.warnings];
  if (!prices.length) warnings.push(`no price in this ${read.header.offerCode} file maps to a key this app uses`);
  return { read, prices, fileName: opts.fileName ?? basename(path), warnings };
}

/**
 * The swap, in one transaction: this offer's earlier imported prices for the file's regions go, the file's
 * prices come in. Run it through DbService.write (which wraps it in the transaction).
 */
export function storeImport(db: Db, m: MappedFile, now: Date = new Date()): PriceImportSummary {
  const { read: r, prices } = m;
  const regions = [...new Set(prices.map((p) => p.region))].sort();
  let id: number | null = null;
  if (prices.length) {
    id = Number(
      db
        .prepare(
          `INSERT INTO price_imports (file_name, offer_code, version, publication_date, format, bytes, products, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(m.fileName, r.header.offerCode, r.header.version, r.header.publicationDate, r.format, r.bytes, r.products, now.toISOString()).lastInsertRowid,
    );
    const drop = db.prepare(
      `DELETE FROM imported_prices WHERE region = ? AND import_id IN (SELECT id FROM price_imports WHERE offer_code = ? AND id <> ?)`,
    );
    for (const reg of regions) drop.run(reg, r.header.offerCode, id);
    const ins = db.prepare(
      `INSERT OR REPLACE INTO imported_prices (region, key, usd, unit, file_unit, file_usd, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of prices) ins.run(p.region, p.key, p.usd, p.unit, p.fileUnit, p.fileUsd, id);
    db.prepare('DELETE FROM price_imports WHERE id NOT IN (SELECT DISTINCT import_id FROM imported_prices)').run();
  }
  const packKeys = prices.filter((p) => !p.key.startsWith('ec2.'));
  const offerKeys = mappableKeys().filter((k) =>
    r.header.offerCode === 'AmazonS3GlacierDeepArchive' ? k.startsWith('s3.deepArchive.') : offerOfKey(k) === r.header.offerCode,
  );
  const missing = regions.length ? offerKeys.filter((k) => !packKeys.some((p) => p.key === k)) : [];
  return {
    importId: id,
    fileName: m.fileName,
    offerCode: r.header.offerCode,
    version: r.header.version,
    publicationDate: r.header.publicationDate,
    format: r.format,
    bytes: r.bytes,
    products: r.products,
    relevantProducts: r.relevantProducts,
    regions,
    packPrices: packKeys.length,
    ec2Prices: prices.length - packKeys.length,
    keysNotInFile: missing,
    warnings: m.warnings,
  };
}

/** Read, validate, map, then store in one transaction (CLI and tests; handlers go through DbService). */
export async function importOfferFile(db: Db, path: string, opts: ImportOptions = {}): Promise<PriceImportSummary> {
  const m = await readAndMap(path, opts);
  return db.transaction(() => storeImport(db, m, opts.now?.()))();
}

function offerOfKey(key: string): string {
  const s = key.split('.')[0];
  return s === 'ebs' ? 'AmazonEC2' : s === 'dynamodb' ? 'AmazonDynamoDB' : s === 'kinesis' ? 'AmazonKinesis' : s === 'lambda' ? 'AWSLambda' : 'AmazonS3';
}
