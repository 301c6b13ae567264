import type {
  ComparisonView,
  DatasetSummary,
  KbEntrySummary,
  KbEntryView,
  kbChannels,
  PricePackView,
} from '../../shared/ipc/channels/kb';
import type { Comparison, Dataset, KbEntry } from '../../shared/kb/schemas';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';
import type { HandlerContext, HandlersFor } from '../ipc/types';
import { datasetScope, importedByRegion, overlayDataset, packForRegion, pricedRegions } from '../prices/overlay';

function kbOf(kb: Db | null, ctx: HandlerContext): Db {
  if (!kb)
    throw new AppError('UNAVAILABLE', ctx.kbProblem ?? 'The knowledge base is not available. Run `npm run build:kb`.');
  return kb;
}

function summaryOf(e: Pick<KbEntry, 'id' | 'title' | 'service' | 'category' | 'summary'>): KbEntrySummary {
  return { id: e.id, title: e.title, service: e.service, category: e.category, summary: e.summary };
}

function datasetMeta(d: Dataset): DatasetSummary {
  return { id: d.id, title: d.title, description: d.description, source: d.source, asOf: d.asOf };
}

function comparisonView(c: Comparison): ComparisonView {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    source: c.sources[0] ?? '',
    asOf: c.asOf,
    dimensions: c.dimensions,
    items: c.items,
    guidance: c.guidance,
  };
}

export const kbHandlers: HandlersFor<keyof typeof kbChannels> = {
  'kb.entries': (req, ctx) =>
    ctx.db.read('kb.entries', (_u, kb) => {
      const rows = kbOf(kb, ctx)
        .prepare(
          `SELECT id, title, service, category, summary FROM entries
            WHERE (@category IS NULL OR category = @category) ORDER BY title COLLATE NOCASE`,
        )
        .all({ category: req.category ?? null }) as KbEntrySummary[];
      return rows;
    }),
  'kb.entry': (req, ctx) =>
    ctx.db.read('kb.entry', (_u, kbDb): KbEntryView => {
      const kb = kbOf(kbDb, ctx);
      const row = kb.prepare('SELECT json FROM entries WHERE id = ?').get(req.id) as { json: string } | undefined;
      if (!row) throw new AppError('NOT_FOUND', `No knowledge-base entry "${req.id}".`);
      const e = JSON.parse(row.json) as KbEntry;
      const titles = new Map(
        (kb.prepare('SELECT id, title, service, category, summary FROM entries').all() as KbEntrySummary[]).map((s) => [
          s.id,
          s,
        ]),
      );
      const tables = kb
        .prepare(
          `SELECT DISTINCT t.kind, t.table_id AS id, COALESCE(d.title, c.title) AS title
             FROM table_entries t
             LEFT JOIN datasets d ON t.kind = 'dataset' AND d.id = t.table_id
             LEFT JOIN comparisons c ON t.kind = 'comparison' AND c.id = t.table_id
            WHERE t.entry_id = ? ORDER BY t.kind DESC, title`,
        )
        .all(req.id) as KbEntryView['tables'];
      return {
        ...summaryOf(e),
        body: e.body,
        facts: e.facts.map((f) => ({
          id: f.id,
          label: f.label,
          value: f.value,
          numeric: f.numeric ?? null,
          unit: f.unit ?? null,
          source: f.source,
          asOf: f.asOf,
          commonMistakes: f.commonMistakes ?? [],
          adjustable:
            f.adjustable === undefined ? null : { value: f.adjustable, source: f.adjustableSource ?? f.source },
        })),
        examTraps: e.examTraps,
        chooseOver: e.chooseOver.map((c) => ({ other: c.other, otherTitle: titles.get(c.other)?.title ?? c.other, when: c.when })),
        related: e.related.flatMap((r) => {
          const s = titles.get(r);
          return s ? [s] : [];
        }),
        tables,
        tags: e.tags,
      };
    }),
  'kb.datasets': (_req, ctx) =>
    ctx.db.read('kb.datasets', (_u, kb) =>
      (kbOf(kb, ctx).prepare('SELECT json FROM datasets ORDER BY title').all() as { json: string }[]).map((r) =>
        datasetMeta(JSON.parse(r.json) as Dataset),
      ),
    ),
  'kb.dataset': (req, ctx) =>
    ctx.db.read('kb.dataset', (u, kb) => {
      const row = kbOf(kb, ctx).prepare('SELECT json FROM datasets WHERE id = ?').get(req.id) as
        | { json: string }
        | undefined;
      if (!row) throw new AppError('NOT_FOUND', `No reference table "${req.id}".`);
      // Imported offer-file prices replace bundled price cells (with a note naming the file).
      const d = overlayDataset(JSON.parse(row.json) as Dataset, importedByRegion(u, datasetScope(req.id)));
      return { ...datasetMeta(d), rows: d.rows, columns: d.columns, keyColumn: d.keyColumn, notes: d.notes ?? [], defaultFilters: d.defaultFilters ?? [] };
    }),
  'kb.comparisons': (_req, ctx) =>
    ctx.db.read('kb.comparisons', (_u, kb) =>
      (kbOf(kb, ctx).prepare('SELECT json FROM comparisons ORDER BY title').all() as { json: string }[]).map((r) =>
        comparisonView(JSON.parse(r.json) as Comparison),
      ),
    ),
  'kb.prices': (req, ctx) =>
    ctx.db.read('kb.prices', (u, kb): PricePackView => {
      try {
        return packForRegion(kbOf(kb, ctx), u, req.region);
      } catch (e) {
        if (e instanceof AppError && e.code === 'VALIDATION') throw new AppError('NOT_FOUND', `No prices for region "${req.region}".`);
        throw e;
      }
    }),
  /** Regions with prices: a bundled pack, or prices imported from an AWS offer file. */
  'kb.regions': (_req, ctx) =>
    ctx.db.read('kb.regions', (u, kb) =>
      pricedRegions(kbOf(kb, ctx).prepare('SELECT region FROM prices ORDER BY region').pluck().all() as string[], u),
    ),
};
