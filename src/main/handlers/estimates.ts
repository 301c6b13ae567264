import { randomUUID } from 'node:crypto';
import type { EstimateDoc } from '../../shared/estimate/model';
import type { Estimate, EstimateSummary, estimateChannels } from '../../shared/ipc/channels/estimates';
import { AppError } from '../../shared/result';
import type { HandlersFor } from '../ipc/types';

interface EstimateRow {
  id: string;
  name: string;
  doc: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function rowToEstimate(r: EstimateRow): Estimate {
  return { id: r.id, doc: JSON.parse(r.doc) as EstimateDoc, createdAt: r.created_at, updatedAt: r.updated_at };
}

function rowToSummary(r: EstimateRow): EstimateSummary {
  const doc = JSON.parse(r.doc) as EstimateDoc;
  return {
    id: r.id,
    name: r.name,
    variants: doc.variants.length,
    lines: doc.variants.reduce((a, v) => a + v.lines.length, 0),
    updatedAt: r.updated_at,
  };
}

/** Deleted estimates are kept a week for Undo. */
const BIN_DAYS = 7;

export const estimateHandlers: HandlersFor<keyof typeof estimateChannels> = {
  'estimates.list': (_req, ctx) =>
    ctx.db.read('estimates.list', (u) =>
      (u.prepare('SELECT * FROM estimates WHERE deleted_at IS NULL ORDER BY updated_at DESC, name').all() as EstimateRow[]).map(rowToSummary),
    ),
  'estimates.get': (req, ctx) =>
    ctx.db.read('estimates.get', (u) => {
      const r = u.prepare('SELECT * FROM estimates WHERE id = ? AND deleted_at IS NULL').get(req.id) as EstimateRow | undefined;
      if (!r) throw new AppError('NOT_FOUND', `No estimate with id ${req.id}.`);
      return rowToEstimate(r);
    }),
  'estimates.save': (req, ctx) =>
    ctx.db.write('estimates.save', (u) => {
      const now = new Date().toISOString();
      const id = req.id ?? randomUUID();
      const doc = JSON.stringify(req.doc);
      if (req.id) {
        const r = u.prepare('UPDATE estimates SET name = ?, doc = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(req.doc.name, doc, now, id);
        if (r.changes === 0) throw new AppError('NOT_FOUND', `No estimate with id ${id} (it may have been deleted).`);
      } else u.prepare('INSERT INTO estimates(id, name, doc, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, req.doc.name, doc, now, now);
      return rowToEstimate(u.prepare('SELECT * FROM estimates WHERE id = ?').get(id) as EstimateRow);
    }),
  'estimates.delete': (req, ctx) =>
    ctx.db.write('estimates.delete', (u) => {
      const now = new Date();
      const r = u.prepare('UPDATE estimates SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now.toISOString(), req.id);
      if (r.changes === 0) throw new AppError('NOT_FOUND', `No estimate with id ${req.id}.`);
      u.prepare('DELETE FROM estimates WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(new Date(now.getTime() - BIN_DAYS * 86_400_000).toISOString());
      return { id: req.id };
    }),
  'estimates.restore': (req, ctx) =>
    ctx.db.write('estimates.restore', (u) => {
      const r = u.prepare('UPDATE estimates SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(req.id);
      if (r.changes === 0) throw new AppError('NOT_FOUND', `No deleted estimate with id ${req.id} to bring back.`);
      return rowToSummary(u.prepare('SELECT * FROM estimates WHERE id = ?').get(req.id) as EstimateRow);
    }),
};
