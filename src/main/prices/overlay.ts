/**
 * Imported prices laid over the bundled price packs and tables, at the moment they are served. The bundled
 * data is never changed; removing the imported rows reverts to it.
 */
import { priceStatusOf } from '../../shared/calc/prices';
import type { PriceImportInfo, PriceListView, PriceRowView } from '../../shared/ipc/channels/prices';
import type { Dataset, PricePack } from '../../shared/kb/schemas';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Db } from '../db/open';
import { AppError } from '../../shared/result';
import { parseEc2Key } from './mapping';

export interface ImportedRow {
  region: string;
  key: string;
  usd: number;
  unit: string;
  importId: number;
  fileName: string;
  offerCode: string;
  version: string;
  publicationDate: string;
}

function hasTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'imported_prices'").get() !== undefined;
}

const SELECT = `SELECT p.region, p.key, p.usd, p.unit, p.import_id AS importId, i.file_name AS fileName, i.offer_code AS offerCode,
                       i.version, i.publication_date AS publicationDate
                FROM imported_prices p JOIN price_imports i ON i.id = p.import_id`;

/**
 * Which imported rows a caller needs: the price-pack keys (calculators: a few dozen rows, read on every
 * run, never the tens of thousands of EC2 Reserved rows), EC2 on-demand prices (the EC2 table), or all.
 * EC2 keys sort between "ebs." and "kinesis.", so the pack scope is two ranges of the primary key.
 */
export type ImportScope = 'pack' | 'ec2OnDemand' | 'all';
const SCOPE_SQL: Record<ImportScope, string> = {
  pack: "(p.key < 'ec2.' OR p.key >= 'ec2/')",
  ec2OnDemand: "p.key >= 'ec2.' AND p.key < 'ec2/' AND p.key LIKE '%.linux.onDemandHour'",
  all: '1',
};

/** Imported prices of one region. A database without the table has none. */
export function importedFor(db: Db, region: string, scope: ImportScope = 'pack'): ImportedRow[] {
  if (!hasTable(db)) return [];
  return db.prepare(`${SELECT} WHERE p.region = ? AND ${SCOPE_SQL[scope]} ORDER BY p.key`).all(region) as ImportedRow[];
}

/** Imported rows of every region, by region (for a table's price columns). */
export function importedByRegion(db: Db, scope: ImportScope = 'pack'): Map<string, ImportedRow[]> {
  const out = new Map<string, ImportedRow[]>();
  if (!hasTable(db)) return out;
  const rows = db.prepare(`${SELECT} WHERE ${SCOPE_SQL[scope]} ORDER BY p.region, p.key`).all() as ImportedRow[];
  for (const r of rows) (out.get(r.region) ?? out.set(r.region, []).get(r.region)!).push(r);
  return out;
}

/** The scope a table's price cells need. */
export function datasetScope(id: string): ImportScope {
  return id === 'ec2-instances' ? 'ec2OnDemand' : 'pack';
}

export function importedRegions(db: Db): string[] {
  if (!hasTable(db)) return [];
  return (db.prepare('SELECT DISTINCT region FROM imported_prices ORDER BY region').pluck().all() as string[]);
}

/**
 * The pack a calculator prices `region` with. A region with a bundled pack: that pack with the imported
 * prices laid over it. A region with imported prices but no bundled pack (most of the 36): the stand-in
 * region's pack, every price marked a stand-in (the trace, the warning and exports say so), with the
 * imported prices laid over it, so what the user imported is used and what they did not is never passed
 * off as that region's. Neither: null (the caller names the regions that have prices).
 */
export function effectivePack(
  bundledOf: (region: string) => PricePack | null,
  rows: readonly ImportedRow[],
  region: string,
  standInFrom: 'us-east-1' = 'us-east-1',
): PricePack | null {
  const bundled = bundledOf(region);
  if (bundled) return overlayPack(bundled, rows);
  if (!rows.some((r) => !r.key.startsWith('ec2.'))) return null;
  const base = bundledOf(standInFrom);
  if (!base) return null;
  const prices: PricePack['prices'] = {};
  for (const [key, p] of Object.entries(base.prices))
    prices[key] = { ...p, standInFrom: p.standInFrom ?? standInFrom, note: `no verified ${region} price; ${standInFrom} price used` };
  return overlayPack({ ...base, region: region as PricePack['region'], prices }, rows);
}

/** The regions a calculator can price: those with a bundled pack and those with imported pack prices. */
export function pricedRegions(bundledRegions: readonly string[], db: Db): string[] {
  const imported = hasTable(db)
    ? (db.prepare("SELECT DISTINCT region FROM imported_prices WHERE key NOT LIKE 'ec2.%'").pluck().all() as string[])
    : [];
  return [...new Set([...bundledRegions, ...imported])].sort();
}

/** The bundled pack of a region, or null. */
export function bundledPack(kb: Db, region: string): PricePack | null {
  const row = kb.prepare('SELECT json FROM prices WHERE region = ?').get(region) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as PricePack) : null;
}

/**
 * The pack for a region (bundled or imported prices, see effectivePack), or a validation error that names
 * the regions with prices and how to add one.
 */
export function packForRegion(kb: Db, user: Db, region: string): PricePack {
  const pack = effectivePack((r) => bundledPack(kb, r), importedFor(user, region), region);
  if (pack) return pack;
  const bundled = kb.prepare('SELECT region FROM prices ORDER BY region').pluck().all() as string[];
  const known = pricedRegions(bundled, user).join(', ');
  throw new AppError(
    'VALIDATION',
    `region: no prices for "${region}" (priced: ${known}); import its AWS Price List offer file on the Prices screen`,
    [{ path: 'region', message: 'no prices for this region' }],
  );
}

/** The URL AWS publishes an offer version at: the source an imported price cites. */
export function offerFileUrl(offerCode: string, version: string, region?: string): string {
  return `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${offerCode}/${version}/${region ? `${region}/` : ''}index.json`;
}

/** The pack with imported prices in place of bundled ones (status "imported", the offer file as source). */
export function overlayPack(pack: PricePack, rows: readonly ImportedRow[]): PricePack {
  if (!rows.length) return pack;
  const prices = { ...pack.prices };
  let asOf = pack.asOf;
  for (const r of rows) {
    const p = prices[r.key];
    if (!p) continue; // EC2 instance prices and keys this version of the app does not use
    const date = r.publicationDate.slice(0, 10);
    const { standInFrom: _s, note: _n, ...rest } = p;
    prices[r.key] = {
      ...rest,
      usd: r.usd,
      source: offerFileUrl(r.offerCode, r.version, r.region),
      asOf: date,
      importedFrom: { fileName: r.fileName, offerCode: r.offerCode, version: r.version, publicationDate: r.publicationDate },
    };
    if (date < asOf) asOf = date;
  }
  return { ...pack, asOf, prices };
}

/** Where each table's price cells come from: column, and the pack/EC2 key of a row. */
const DATASET_PRICES: Record<string, { column: string; keyOf: (row: Record<string, unknown>) => string | null }> = {
  'ec2-instances': { column: 'priceLinuxOnDemand', keyOf: (r) => (typeof r.instanceType === 'string' ? `ec2.${r.instanceType}.linux.onDemandHour` : null) },
  'ebs-volume-types': { column: 'priceGBMonth', keyOf: (r) => (typeof r.volumeType === 'string' ? `ebs.${r.volumeType}.gbMonth` : null) },
  's3-storage-classes': {
    column: 'storagePriceGBMonth',
    keyOf: (r) =>
      ({
        'S3 Standard': 's3.standard.gbMonth',
        'S3 Intelligent-Tiering: Frequent Access tier': 's3.intelligentTiering.gbMonth',
        'S3 Standard-IA': 's3.standardIa.gbMonth',
        'S3 One Zone-IA': 's3.onezoneIa.gbMonth',
        'S3 Glacier Instant Retrieval': 's3.glacierIr.gbMonth',
        'S3 Glacier Flexible Retrieval': 's3.glacierFlexible.gbMonth',
        'S3 Glacier Deep Archive': 's3.deepArchive.gbMonth',
      })[String(r.storageClass)] ?? null,
  },
};

/**
 * A table with imported prices in its per-region price cells, and a note naming each import used. Rows
 * are copied only where a cell changes.
 */
export function overlayDataset(d: Dataset, byRegion: Map<string, ImportedRow[]>): Dataset {
  const spec = DATASET_PRICES[d.id];
  if (!spec || !byRegion.size) return d;
  const byKey = new Map<string, ImportedRow[]>();
  for (const rows of byRegion.values()) for (const r of rows) (byKey.get(r.key) ?? byKey.set(r.key, []).get(r.key)!).push(r);
  const used = new Map<number, { row: ImportedRow; cells: number; regions: Set<string> }>();
  const rows = d.rows.map((row) => {
    const key = spec.keyOf(row);
    const imported = key ? byKey.get(key) : undefined;
    const cell = row[spec.column];
    if (!imported || (cell !== null && cell !== undefined && (typeof cell !== 'object' || Array.isArray(cell)))) return row;
    // Every imported region gets its cell, also one the bundled table has no figure for: a table shows
    // the regions it lists, and a region list that grows finds its imported prices already there.
    const next: Record<string, unknown> = { ...((cell ?? {}) as Record<string, unknown>) };
    for (const r of imported) {
      next[r.region] = r.usd;
      const u = used.get(r.importId) ?? used.set(r.importId, { row: r, cells: 0, regions: new Set() }).get(r.importId)!;
      u.cells++;
      u.regions.add(r.region);
    }
    return { ...row, [spec.column]: next };
  });
  if (!used.size) return d;
  const notes = [...used.values()].map(
    (u) =>
      `${u.cells} price cell(s) in ${[...u.regions].sort().join(', ')} come from the imported offer file ${u.row.fileName} (${u.row.offerCode} ${u.row.version}, published ${u.row.publicationDate.slice(0, 10)}); revert on the Prices screen.`,
  );
  return { ...d, rows: rows as Dataset['rows'], notes: [...(d.notes ?? []), ...notes] };
}

export function listImports(db: Db): PriceImportInfo[] {
  if (!hasTable(db)) return [];
  const imports = db
    .prepare(
      `SELECT id, file_name AS fileName, offer_code AS offerCode, version, publication_date AS publicationDate, format, bytes,
              imported_at AS importedAt FROM price_imports ORDER BY id DESC`,
    )
    .all() as Omit<PriceImportInfo, 'regions'>[];
  const counts = db
    .prepare(
      `SELECT import_id AS id, region, sum(key NOT LIKE 'ec2.%') AS packPrices, sum(key LIKE 'ec2.%') AS ec2Prices
       FROM imported_prices GROUP BY import_id, region ORDER BY region`,
    )
    .all() as { id: number; region: string; packPrices: number; ec2Prices: number }[];
  return imports.map((i) => ({ ...i, regions: counts.filter((c) => c.id === i.id).map(({ region, packPrices, ec2Prices }) => ({ region, packPrices, ec2Prices })) }));
}

/** Every unit price of a region with its status, for the Prices screen and `prices list`. */
export function priceList(db: Db, region: string, bundled: PricePack | null, regions: string[], withEc2 = false): PriceListView {
  const packRows = importedFor(db, region, 'pack');
  const effective = bundled ? overlayPack(bundled, packRows) : null;
  const byKey = new Map(packRows.map((r) => [r.key, r]));
  const prices: PriceRowView[] = effective
    ? Object.entries(effective.prices)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, p]) => {
          const st = priceStatusOf(region, p);
          const imp = byKey.get(key);
          return {
            key,
            usd: p.usd,
            unit: p.unit,
            status: st.status === 'override' ? 'bundled' : st.status,
            statusNote: st.statusNote ?? null,
            source: p.source,
            asOf: p.asOf,
            bundledUsd: imp ? bundled!.prices[key]!.usd : null,
            importId: imp?.importId ?? null,
          };
        })
    : packRows.map((r) => ({
        key: r.key,
        usd: r.usd,
        unit: r.unit,
        status: 'imported' as const,
        statusNote: `imported from ${r.fileName} (${r.offerCode} ${r.version}, published ${r.publicationDate.slice(0, 10)}); no bundled pack for ${region}`,
        source: offerFileUrl(r.offerCode, r.version, r.region),
        asOf: r.publicationDate.slice(0, 10),
        bundledUsd: null,
        importId: r.importId,
      }));
  const counts = { bundled: 0, 'stand-in': 0, imported: 0 };
  for (const p of prices) counts[p.status]++;
  const ec2Count = hasTable(db)
    ? (db.prepare("SELECT count(*) FROM imported_prices WHERE region = ? AND key >= 'ec2.' AND key < 'ec2/'").pluck().get(region) as number)
    : 0;
  const ec2 = withEc2
    ? importedFor(db, region, 'all').flatMap((r) => {
        const k = parseEc2Key(r.key);
        return k ? [{ key: r.key, instanceType: k.instanceType, term: k.term, usd: r.usd, importId: r.importId }] : [];
      })
    : [];
  return { region, regions, hasBundledPack: bundled !== null, prices, counts, ec2Count, ec2, imports: listImports(db) };
}

/** Removes imported prices (one import, one region, or all) and imports left without prices. */
export function revertPrices(db: Db, what: { importId: number } | { region: string } | { all: true }): { removedPrices: number; removedImports: number } {
  if (!hasTable(db)) return { removedPrices: 0, removedImports: 0 };
  return db.transaction(() => {
    const removedPrices =
      'importId' in what
        ? db.prepare('DELETE FROM imported_prices WHERE import_id = ?').run(what.importId).changes
        : 'region' in what
          ? db.prepare('DELETE FROM imported_prices WHERE region = ?').run(what.region).changes
          : db.prepare('DELETE FROM imported_prices').run().changes;
    const removedImports = db.prepare('DELETE FROM price_imports WHERE id NOT IN (SELECT DISTINCT import_id FROM imported_prices)').run().changes;
    return { removedPrices, removedImports };
  })();
}

/**
 * Imported prices of a region read straight from a user database file, read-only (the calc CLI: it must
 * not migrate or lock the user's data). No file, an older schema or a busy file: none.
 */
export function importedFromFile(dbPath: string, region: string): ImportedRow[] {
  if (!existsSync(dbPath)) return [];
  let db: Db | null = null;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    return importedFor(db, region);
  } catch {
    return [];
  } finally {
    db?.close();
  }
}
