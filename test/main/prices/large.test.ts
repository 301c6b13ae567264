/**
 * A region's EC2 offer file is hundreds of MB; the importer must stream it. This test writes a ~30 MB
 * synthetic file at run time (streamed to disk, never whole in memory) and samples the live heap (after a
 * full GC) at every 1% of progress: the growth must stay far below the file size. Measured, not timed.
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOfferFile } from '../../../src/main/prices/importer';
import { importedFor } from '../../../src/main/prices/overlay';
import { tempUserDb } from '../../helpers/db';
import { writeLargeEc2 } from './fixtures';

let t: ReturnType<typeof tempUserDb>;
beforeAll(() => {
  t = tempUserDb('sd-prices-large-');
});
afterAll(() => t.dispose());

describe('a large offer file', () => {
  it('imports a ~30 MB EC2 file with bounded heap growth', { timeout: 120_000 }, async () => {
    const path = join(t.dir, 'AmazonEC2-large.json');
    const n = 16_000;
    await writeLargeEc2(path, n);
    const bytes = statSync(path).size;
    expect(bytes).toBeGreaterThan(28 * 1024 * 1024);

    // A full GC before each sample: heapUsed then counts what the import keeps, not garbage waiting.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    let samples = 0;
    const s = await importOfferFile(t.db, path, {
      onProgress: () => {
        gc();
        samples++;
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    expect(samples).toBeGreaterThan(50);
    const growthMB = (peak - base) / (1024 * 1024);
    const fileMB = bytes / (1024 * 1024);
    console.log(`offer file ${fileMB.toFixed(1)} MB, ${s.products} products, ${s.ec2Prices} EC2 prices; peak live-heap growth ${growthMB.toFixed(1)} MB over ${samples} samples (${((growthMB / fileMB) * 100).toFixed(0)}% of the file)`);

    expect(s.products).toBe(n);
    // One product in ten is Linux / no pre-installed software: on-demand + 1 yr All Upfront (upfront,
    // hourly) + 3 yr Convertible No Upfront (hourly) = 4 prices each.
    expect(s.ec2Prices).toBe((n / 10) * 4);
    expect(importedFor(t.db, 'eu-central-1', 'all').length).toBe((n / 10) * 4);
    // JSON.parse of the same file would hold several times the file size; the stream keeps the SKU → target
    // map of the products it uses and the prices it found (9,600 here), a small fraction of the file.
    expect(growthMB).toBeLessThan(fileMB / 6);
  });
});
