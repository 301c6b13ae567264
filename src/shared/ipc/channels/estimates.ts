import { z } from 'zod';
import { estimateDocSchema, type EstimateDoc } from '../../estimate/model';
import { channel } from '../define';

export interface EstimateSummary {
  id: string;
  name: string;
  variants: number;
  lines: number;
  updatedAt: string;
}

export interface Estimate {
  id: string;
  doc: EstimateDoc;
  createdAt: string;
  updatedAt: string;
}

const estimateId = z.string().regex(/^[\w-]{1,64}$/, 'an estimate id is 1–64 letters, digits, _ or -');

export const estimateChannels = {
  'estimates.list': channel<EstimateSummary[]>()(z.strictObject({})),
  'estimates.get': channel<Estimate>()(z.strictObject({ id: estimateId })),
  /** Creates (no id) or replaces (id) an estimate; the whole document is validated first. */
  'estimates.save': channel<Estimate>()(z.strictObject({ id: estimateId.optional(), doc: estimateDocSchema }), {
    maxPayloadBytes: 512 * 1024,
  }),
  /** Moves an estimate to the bin: `estimates.restore` (Undo) brings it back. */
  'estimates.delete': channel<{ id: string }>()(z.strictObject({ id: estimateId })),
  'estimates.restore': channel<EstimateSummary>()(z.strictObject({ id: estimateId })),
};
