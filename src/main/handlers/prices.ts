import type { pricesChannels } from '../../shared/ipc/channels/prices';
import type { PricePack } from '../../shared/kb/schemas';
import type { Db } from '../db/open';
import type { HandlersFor } from '../ipc/types';
import { storeImport } from '../prices/importer';
import { appendChunk, jobStatus, startImport, startUpload } from '../prices/jobs';
import { importedRegions, priceList, revertPrices } from '../prices/overlay';

function bundledPack(kb: Db | null, region: string): PricePack | null {
  const row = kb?.prepare('SELECT json FROM prices WHERE region = ?').get(region) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as PricePack) : null;
}

export const pricesHandlers: HandlersFor<keyof typeof pricesChannels> = {
  'prices.list': (req, ctx) =>
    ctx.db.read('prices.list', (u, kb) => {
      const bundled = (kb?.prepare('SELECT region FROM prices ORDER BY region').pluck().all() as string[] | undefined) ?? [];
      const regions = [...new Set([...bundled, ...importedRegions(u)])].sort();
      return priceList(u, req.region, bundledPack(kb, req.region), regions, req.ec2);
    }),
  'prices.uploadStart': (req) => ({ uploadId: startUpload(req.fileName, req.sizeBytes) }),
  'prices.importChunk': (req) => ({ received: appendChunk(req.uploadId, req.offset, Buffer.from(req.dataBase64, 'base64')) }),
  'prices.import': (req, ctx) => startImport(req, (m) => ctx.db.write('prices.import', (u) => storeImport(u, m))),
  'prices.status': (req) => jobStatus(req.jobId),
  'prices.revert': (req, ctx) => ctx.db.write('prices.revert', (u) => revertPrices(u, req)),
};
