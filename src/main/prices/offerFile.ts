/**
 * Streams an AWS Price List offer file (JSON or CSV, a service's file or one region's) and hands every
 * price dimension of a product we use to `onPrice`. Memory stays bounded by what is kept, not by the file:
 * JSON products are assembled one at a time and only the SKUs that map to something are remembered (a
 * region's EC2 file has ~100k products, ~1k of them Linux/Shared instances or EBS); CSV rows are handled
 * one at a time.
 *
 * Format (AWS Billing user guide, "Reading the service price list files"): JSON has formatVersion,
 * disclaimer, offerCode, version, publicationDate, products {sku: {sku, productFamily, attributes}} and
 * terms {OnDemand|Reserved: {sku: {offerTermCode: {priceDimensions: {rateCode: {unit, pricePerUnit: {USD},
 * beginRange, endRange, description}}, termAttributes}}}}. CSV has five metadata rows (FormatVersion,
 * Disclaimer, Publication Date, Version, OfferCode), then a header row (SKU, OfferTermCode, RateCode,
 * TermType, PriceDescription, EffectiveDate, StartingRange, EndingRange, Unit, PricePerUnit, Currency, …
 * then the product attributes), then one row per price dimension.
 */
import { createReadStream, statSync } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseCsv } from 'csv-parse';
import Assembler from 'stream-json/Assembler.js';
import Parser from 'stream-json/Parser.js';
import { normName, SUPPORTED_OFFERS, targetOf, type Attrs, type OfferCode, type Target } from './mapping';

export interface OfferHeader {
  formatVersion: string;
  offerCode: OfferCode;
  version: string;
  /** As in the file (an ISO date-time). */
  publicationDate: string;
}

export interface PriceDim {
  target: Target;
  sku: string;
  termType: 'OnDemand' | 'Reserved';
  termAttrs: Attrs;
  unit: string;
  usd: number;
  beginRange: number;
  /** The term (offerTermCode) the dimension belongs to: tiers are grouped by product and term. */
  termCode: string;
  description: string;
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  products: number;
  prices: number;
}

export interface ReadResult {
  header: OfferHeader;
  format: 'json' | 'csv';
  products: number;
  /** Products that map to a key or an EC2 price. */
  relevantProducts: number;
  bytes: number;
}

/** A problem with the file itself: the message names what and where; nothing is imported. */
export class OfferFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfferFileError';
  }
}

type Token = { name: string; value?: string };

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps substrings of 13+
 * characters as slices of their parent, so keeping one SKU from a 16 KB chunk would keep the whole chunk
 * alive: without this, the live heap grew with the file (9 MB per 10 MB of products).
 */
export function own(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

function ownTarget(t: Target): Target {
  return t.kind === 'ec2' ? { kind: 'ec2', instanceType: own(t.instanceType), region: own(t.region) } : { kind: 'key', rule: t.rule, region: own(t.region) };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

function normAttrs(o: unknown): Attrs {
  const out: Attrs = {};
  if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) out[normName(k)] = str(v);
  return out;
}

function parseRange(s: string, fallback: number): number {
  if (s === '' || /^inf/i.test(s)) return fallback;
  const n = Number(s);
  return Number.isFinite(n) ? n : fallback;
}

/** A decimal price string ("0.0960000000"); an empty or non-numeric one is a file error. */
function parseUsd(s: string, where: string): number {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n) || n < 0) throw new OfferFileError(`${where}: price "${s.slice(0, 40)}" is not a non-negative number`);
  return n;
}

function checkHeader(h: Partial<Record<'formatversion' | 'offercode' | 'version' | 'publicationdate', string>>, where: string): OfferHeader {
  const missing = (['formatversion', 'offercode', 'version', 'publicationdate'] as const).filter((k) => !h[k]);
  if (missing.length) throw new OfferFileError(`${where}: not an AWS Price List offer file (missing ${missing.join(', ')})`);
  const offerCode = h.offercode!;
  if (!(SUPPORTED_OFFERS as readonly string[]).includes(offerCode))
    throw new OfferFileError(`offer file for "${offerCode}" is not supported (supported: ${SUPPORTED_OFFERS.join(', ')})`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(h.publicationdate!)) throw new OfferFileError(`${where}: publicationDate "${h.publicationdate}" is not a date`);
  return { formatVersion: h.formatversion!, offerCode: offerCode as OfferCode, version: h.version!, publicationDate: h.publicationdate! };
}

/** Counts bytes (and lines) as they pass, for progress and for error positions. */
class Counter extends Transform {
  bytes = 0;
  lines = 1;
  /** Where the chunk being parsed starts: an error lies between here and `bytes`. */
  chunkStart = 0;
  chunkStartLine = 1;
  /** Set once the whole file has passed: a parser error after that is about how the file ends. */
  ended = false;
  constructor(
    private readonly onBytes: (n: number) => void,
    readonly totalBytes: number,
  ) {
    super();
  }
  /** "bytes 16,384–32,768 (lines 401–790)": the parser reports no offset, so the chunk is the position. */
  where(): string {
    const b = `${this.chunkStart.toLocaleString('en-US')}–${this.bytes.toLocaleString('en-US')}`;
    return `in bytes ${b} (lines ${this.chunkStartLine}–${this.lines})`;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.chunkStart = this.bytes;
    this.chunkStartLine = this.lines;
    this.bytes += chunk.length;
    let i = -1;
    while ((i = chunk.indexOf(10, i + 1)) !== -1) this.lines++;
    this.onBytes(this.bytes);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    this.ended = true;
    cb();
  }
}

/** Sniffs the format from the first non-blank byte: "{" is JSON, anything else CSV. */
export function detectFormat(firstBytes: Buffer): 'json' | 'csv' {
  const s = firstBytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return s.startsWith('{') ? 'json' : 'csv';
}

export interface ReadOptions {
  onPrice: (d: PriceDim) => void;
  onProgress?: (p: ReadProgress) => void;
  /** Read chunk size (bytes); small chunks give finer progress and error positions. */
  chunkBytes?: number;
}

/** Reads one offer file. Throws OfferFileError for a malformed, truncated or unsupported file. */
export async function readOfferFile(path: string, opts: ReadOptions): Promise<ReadResult> {
  const totalBytes = statSync(path).size;
  if (totalBytes === 0) throw new OfferFileError('the file is empty');
  const head = Buffer.alloc(Math.min(4096, totalBytes));
  const fh = await import('node:fs/promises').then((m) => m.open(path, 'r'));
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  const format = detectFormat(head);
  const progress: ReadProgress = { bytesRead: 0, totalBytes, products: 0, prices: 0 };
  let lastReport = 0;
  const report = (force = false): void => {
    // At most every 1% (and at the end): progress callbacks cross IPC.
    if (force || progress.bytesRead - lastReport >= totalBytes / 100) {
      lastReport = progress.bytesRead;
      opts.onProgress?.({ ...progress });
    }
  };
  const counter = new Counter((n) => {
    progress.bytesRead = n;
    report();
  }, totalBytes);
  const onPrice = (d: PriceDim): void => {
    progress.prices++;
    opts.onPrice(d);
  };
  // 16 KB chunks: error positions within ~16 KB, and the event loop gets a turn between chunks.
  const src = createReadStream(path, { highWaterMark: opts.chunkBytes ?? 16 * 1024 });
  const r =
    format === 'json'
      ? await readJson(src, counter, onPrice, progress)
      : await readCsv(src, counter, onPrice, progress);
  report(true);
  return { ...r, format, bytes: totalBytes };
}

async function readJson(
  src: NodeJS.ReadableStream,
  counter: Counter,
  onPrice: (d: PriceDim) => void,
  progress: ReadProgress,
): Promise<Omit<ReadResult, 'format' | 'bytes'>> {
  const parser = new Parser({ packValues: true, streamValues: false });
  const meta: Record<string, string> = {};
  let header: OfferHeader | null = null;
  const relevant = new Map<string, Target>();
  let products = 0;
  let sawProducts = false;
  let rootClosed = false;

  // Where we are: depth 0 outside the root; 1 inside it; deeper inside sections.
  let depth = 0;
  let section: 'products' | 'terms' | 'skip' | null = null;
  let key1: string | null = null; // current key at depth 1
  let termType: string | null = null; // current key at depth 2 under terms
  let pendingKey: string | null = null; // key awaiting its value at the current depth
  let asm: Assembler | null = null;
  let asmFor: { kind: 'product' } | { kind: 'terms'; sku: string; termType: 'OnDemand' | 'Reserved' } | null = null;
  let skipDepth = 0;

  const where = (): string => counter.where();
  const needHeader = (): OfferHeader => {
    header ??= checkHeader(meta as never, `JSON header ${where()}`);
    return header;
  };

  const handleProduct = (p: Record<string, unknown>): void => {
    products++;
    progress.products = products;
    const sku = str(p.sku);
    if (!sku) throw new OfferFileError(`a product without "sku" ${where()}`);
    const t = targetOf(needHeader().offerCode, str(p.productFamily), normAttrs(p.attributes));
    if (t) relevant.set(own(sku), ownTarget(t));
  };

  const handleTerms = (sku: string, tt: 'OnDemand' | 'Reserved', terms: Record<string, unknown>): void => {
    const target = relevant.get(sku);
    if (!target) return;
    for (const [code, term] of Object.entries(terms)) {
      if (!term || typeof term !== 'object') throw new OfferFileError(`term ${code} of SKU ${sku} is not an object ${where()}`);
      const t = term as { priceDimensions?: Record<string, unknown>; termAttributes?: unknown };
      if (!t.priceDimensions || typeof t.priceDimensions !== 'object')
        throw new OfferFileError(`term ${code} of SKU ${sku} has no priceDimensions ${where()}`);
      const termAttrs = normAttrs(t.termAttributes);
      for (const [rate, dim] of Object.entries(t.priceDimensions)) {
        const d = (dim ?? {}) as { unit?: unknown; pricePerUnit?: { USD?: unknown }; beginRange?: unknown; startingRange?: unknown; description?: unknown };
        if (d.pricePerUnit?.USD === undefined) continue; // priced in another currency only (China regions)
        onPrice({
          target,
          sku,
          termType: tt,
          termAttrs,
          termCode: code,
          unit: str(d.unit),
          usd: parseUsd(str(d.pricePerUnit.USD), `rate ${rate} of SKU ${sku}`),
          beginRange: parseRange(str(d.beginRange ?? d.startingRange), 0),
          description: str(d.description),
        });
      }
    }
  };

  const startAsm = (tok: Token, what: NonNullable<typeof asmFor>): void => {
    asm = new Assembler();
    asmFor = what;
    asm.consume(tok);
  };

  const onToken = (tok: Token): void => {
    if (asm) {
      asm.consume(tok);
      if (asm.done) {
        const v = asm.current as unknown;
        const f = asmFor!;
        asm = null;
        asmFor = null;
        if (!v || typeof v !== 'object' || Array.isArray(v))
          throw new OfferFileError(`${f.kind === 'product' ? 'a product' : 'a term'} is not an object ${where()}`);
        if (f.kind === 'product') handleProduct(v as Record<string, unknown>);
        else handleTerms(f.sku, f.termType, v as Record<string, unknown>);
      }
      return;
    }
    if (skipDepth > 0) {
      if (tok.name === 'startObject' || tok.name === 'startArray') skipDepth++;
      else if (tok.name === 'endObject' || tok.name === 'endArray') skipDepth--;
      return;
    }
    const isStart = tok.name === 'startObject' || tok.name === 'startArray';
    const isEnd = tok.name === 'endObject' || tok.name === 'endArray';
    if (depth === 0) {
      if (rootClosed) throw new OfferFileError(`unexpected data after the end of the offer file ${where()}`);
      if (tok.name !== 'startObject') throw new OfferFileError(`the file is not a JSON object ${where()}`);
      depth = 1;
      return;
    }
    if (tok.name === 'keyValue') {
      pendingKey = tok.value ?? '';
      return;
    }
    if (depth === 1) {
      if (isEnd) {
        depth = 0;
        rootClosed = true;
        return;
      }
      key1 = pendingKey;
      pendingKey = null;
      if (!isStart) {
        if (key1) meta[normName(key1)] = str(tok.value);
        return;
      }
      if (key1 === 'products' && tok.name === 'startObject') {
        needHeader();
        sawProducts = true;
        section = 'products';
        depth = 2;
      } else if (key1 === 'terms' && tok.name === 'startObject') {
        needHeader();
        if (!sawProducts) throw new OfferFileError(`"terms" comes before "products" ${where()}: this importer needs products first, as AWS publishes them`);
        section = 'terms';
        depth = 2;
      } else {
        skipDepth = 1; // attributesList and anything else we do not use
      }
      return;
    }
    if (section === 'products' && depth === 2) {
      if (isEnd) {
        depth = 1;
        section = null;
        return;
      }
      if (tok.name !== 'startObject') throw new OfferFileError(`product ${pendingKey ?? ''} is not an object ${where()}`);
      pendingKey = null;
      startAsm(tok, { kind: 'product' });
      return;
    }
    if (section === 'terms' && depth === 2) {
      if (isEnd) {
        depth = 1;
        section = null;
        return;
      }
      termType = pendingKey;
      pendingKey = null;
      if (tok.name !== 'startObject') throw new OfferFileError(`terms.${termType ?? ''} is not an object ${where()}`);
      if (termType === 'OnDemand' || termType === 'Reserved') depth = 3;
      else skipDepth = 1;
      return;
    }
    if (section === 'terms' && depth === 3) {
      if (isEnd) {
        depth = 2;
        return;
      }
      const sku = pendingKey ?? '';
      pendingKey = null;
      if (tok.name !== 'startObject') throw new OfferFileError(`terms.${termType ?? ''}.${sku} is not an object ${where()}`);
      if (relevant.has(sku)) startAsm(tok, { kind: 'terms', sku, termType: termType as 'OnDemand' | 'Reserved' });
      else skipDepth = 1;
      return;
    }
    throw new OfferFileError(`unexpected ${tok.name} ${where()}`);
  };

  // Tokens are consumed in a 'data' handler, not a piped object-mode Writable: per-token stream
  // bookkeeping cost 5× the parsing itself (3 M tokens for 32 MB).
  parser.on('data', (tok: Token) => {
    try {
      onToken(tok);
    } catch (e) {
      parser.destroy(e as Error);
    }
  });
  try {
    await pipeline(src, counter, parser);
  } catch (e) {
    if (e instanceof OfferFileError) throw e;
    const msg = (e as Error).message.replace(/^Parser cannot parse input: /, '');
    if (counter.ended)
      throw new OfferFileError(`the file ends early or is malformed near its end ${where()} (truncated download?): ${msg}`);
    throw new OfferFileError(`malformed JSON ${where()}: ${msg}`);
  }
  if (!rootClosed) throw new OfferFileError(`the file ends early ${where()} (truncated download?)`);
  if (!sawProducts) throw new OfferFileError('no "products" section: not an AWS Price List offer file');
  return { header: needHeader(), products, relevantProducts: relevant.size };
}

const CSV_PRICE_COLUMNS = ['sku', 'offertermcode', 'ratecode', 'termtype', 'unit', 'priceperunit', 'currency'];

async function readCsv(
  src: NodeJS.ReadableStream,
  counter: Counter,
  onPrice: (d: PriceDim) => void,
  progress: ReadProgress,
): Promise<Omit<ReadResult, 'format' | 'bytes'>> {
  const meta: Record<string, string> = {};
  let header: OfferHeader | null = null;
  let cols: string[] | null = null;
  let idx: Record<string, number> = {};
  const skus = new Set<string>();
  const relevantSkus = new Set<string>();
  let line = 0;
  let rowsSeen = 0;
  const parser = parseCsv({ relax_column_count: true, bom: true, skip_empty_lines: true, info: true });

  const onRecord = (rec: string[], lineNo: number): void => {
    line = lineNo;
    if (rowsSeen < 5 && !cols) {
      rowsSeen++;
      if (rec.length < 2) throw new OfferFileError(`line ${lineNo}: expected a metadata row ("name","value"), got ${rec.length} column(s)`);
      meta[normName(rec[0]!)] = rec[1]!;
      return;
    }
    if (!cols) {
      header = checkHeader(meta as never, `CSV metadata (lines 1–5)`);
      cols = rec.map(normName);
      idx = Object.fromEntries(cols.map((c, i) => [c, i]));
      const missing = CSV_PRICE_COLUMNS.filter((c) => idx[c] === undefined);
      if (missing.length) throw new OfferFileError(`line ${lineNo}: the header row lacks ${missing.join(', ')}`);
      return;
    }
    if (rec.length !== cols.length)
      throw new OfferFileError(`line ${lineNo}: ${rec.length} of ${cols.length} columns (truncated or malformed row)`);
    const get = (c: string): string => (idx[c] === undefined ? '' : rec[idx[c]!]!);
    const sku = get('sku');
    if (!sku) throw new OfferFileError(`line ${lineNo}: empty SKU`);
    if (!skus.has(sku)) {
      skus.add(own(sku));
      progress.products = skus.size;
    }
    const tt = get('termtype');
    if (tt !== 'OnDemand' && tt !== 'Reserved') return;
    if (get('currency') !== 'USD') return;
    const attrs: Attrs = {};
    // An empty cell is an absent attribute (JSON files leave it out).
    cols.forEach((c, i) => {
      if (rec[i]) attrs[c] = rec[i]!;
    });
    const t = targetOf(header!.offerCode, get('productfamily'), attrs);
    if (!t) return;
    const target = ownTarget(t);
    relevantSkus.add(own(sku));
    onPrice({
      target,
      sku,
      termType: tt,
      termAttrs: attrs,
      termCode: get('offertermcode'),
      unit: get('unit'),
      usd: parseUsd(get('priceperunit'), `line ${lineNo}`),
      beginRange: parseRange(get('startingrange'), 0),
      description: get('pricedescription'),
    });
  };

  parser.on('data', (r: { record: string[]; info: { lines: number } }) => {
    try {
      onRecord(r.record, r.info.lines);
    } catch (e) {
      parser.destroy(e as Error);
    }
  });
  try {
    await pipeline(src, counter, parser);
  } catch (e) {
    if (e instanceof OfferFileError) throw e;
    const err = e as Error & { lines?: number };
    throw new OfferFileError(`malformed CSV at line ${err.lines ?? line + 1}: ${err.message}`);
  }
  if (!header) throw new OfferFileError(`the file ends early (line ${line}): no header row after the 5 metadata rows`);
  return { header, products: skus.size, relevantProducts: relevantSkus.size };
}
