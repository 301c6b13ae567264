import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_UPLOAD_CHUNK_BYTES, type PriceJobView } from '../../../src/shared/ipc/channels/prices';
import { testApp } from '../../helpers/app';
import { CALCULATORS } from '../../../src/shared/calc';

const defaultsOf = (id: 'lambda'): unknown => CALCULATORS[id].defaults;
import { ec2Frankfurt, lambdaTwoRegions, offerJson, writeText } from './fixtures';

type App = ReturnType<typeof testApp>;

async function waitJob(app: App, job: PriceJobView): Promise<PriceJobView> {
  let j = job;
  while (j.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    const s = await app.call('prices.status', { jobId: j.id });
    if (!s.ok) throw new Error(s.error.message);
    j = s.value;
  }
  return j;
}

/** Uploads text in chunks of `chunk` bytes, as the renderer does, and imports it. */
async function upload(app: App, name: string, text: string, chunk = PRICE_UPLOAD_CHUNK_BYTES): Promise<PriceJobView> {
  const bytes = Buffer.from(text);
  const st = await app.call('prices.uploadStart', { fileName: name, sizeBytes: bytes.length });
  if (!st.ok) throw new Error(st.error.message);
  for (let o = 0; o < bytes.length; o += chunk) {
    const r = await app.call('prices.importChunk', { uploadId: st.value.uploadId, offset: o, dataBase64: bytes.subarray(o, o + chunk).toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
  }
  const j = await app.call('prices.import', { uploadId: st.value.uploadId });
  if (!j.ok) throw new Error(j.error.message);
  return waitJob(app, j.value);
}

describe('prices.* channels', () => {
  let app: App;
  beforeAll(() => {
    app = testApp();
  });
  afterAll(() => app.dispose());

  it('calc.run in eu-central-1 warns about a stand-in, then cites an uploaded offer file, then reverts', async () => {
    const input = { region: 'eu-central-1', volumeType: 'sc1', sizeGiB: 1000 };
    const before = await app.call('calc.run', { calculator: 'ebs', input });
    if (!before.ok) throw new Error(before.error.message);
    expect((before.value.output.warnings as string[]).join(' ')).toMatch(/ebs\.sc1\.gbMonth is the us-east-1 price/);

    const j = await upload(app, 'AmazonEC2-eu-central-1.json', offerJson(ec2Frankfurt()), 1000);
    expect(j.state).toBe('done');
    expect(j.summary).toMatchObject({ offerCode: 'AmazonEC2', packPrices: 4, ec2Prices: 5, regions: ['eu-central-1'] });
    expect(j.bytesRead).toBe(j.totalBytes);

    const after = await app.call('calc.run', { calculator: 'ebs', input });
    if (!after.ok) throw new Error(after.error.message);
    const trace = after.value.output.trace as { fact?: { priceKey?: string; status?: string } }[];
    expect(trace.find((s) => s.fact?.priceKey === 'ebs.sc1.gbMonth')?.fact?.status).toBe('imported');
    expect((after.value.output.warnings as string[]).join(' ')).not.toMatch(/stand-in/i);
    expect(after.value.priceAsOf).toBe(before.value.priceAsOf < '2026-11-01' ? before.value.priceAsOf : '2026-11-01');

    // Served tables and packs carry the imported figures.
    const ds = await app.call('kb.dataset', { id: 'ec2-instances' });
    if (!ds.ok) throw new Error(ds.error.message);
    expect((ds.value.rows.find((r) => r.instanceType === 'm5.large')!.priceLinuxOnDemand as Record<string, number>)['eu-central-1']).toBe(0.115);
    const pk = await app.call('kb.prices', { region: 'eu-central-1' });
    if (!pk.ok) throw new Error(pk.error.message);
    expect(pk.value.prices['ebs.sc1.gbMonth']).toMatchObject({ usd: 0.0162, importedFrom: { offerCode: 'AmazonEC2' } });

    const list = await app.call('prices.list', { region: 'eu-central-1' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.counts.imported).toBe(4);
    expect(list.value.imports).toHaveLength(1);

    const rv = await app.call('prices.revert', { importId: list.value.imports[0]!.id });
    expect(rv.ok && rv.value).toEqual({ removedPrices: 9, removedImports: 1 });
    const back = await app.call('calc.run', { calculator: 'ebs', input });
    if (!back.ok) throw new Error(back.error.message);
    expect((back.value.output.warnings as string[]).join(' ')).toMatch(/stand-in/i);
  });

  it('a truncated upload fails its job with a clear error and changes nothing', async () => {
    await upload(app, 'good.json', offerJson(ec2Frankfurt()));
    const text = offerJson(ec2Frankfurt('20261201000000', '0.0999'));
    const j = await upload(app, 'cut.json', text.slice(0, text.length - 200));
    expect(j.state).toBe('failed');
    expect(j.error).toMatch(/ends early/);
    const list = await app.call('prices.list', { region: 'eu-central-1' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.prices.find((p) => p.key === 'ebs.sc1.gbMonth')?.usd).toBe(0.0162);
    await app.call('prices.revert', { all: true });
  });

  it('rejects out-of-order chunks, overlong uploads, incomplete imports and unknown uploads', async () => {
    const st = await app.call('prices.uploadStart', { fileName: 'x.json', sizeBytes: 10 });
    if (!st.ok) throw new Error(st.error.message);
    const id = st.value.uploadId;
    const bad = await app.call('prices.importChunk', { uploadId: id, offset: 5, dataBase64: 'AAAA' });
    expect(!bad.ok && bad.error.message).toMatch(/expected 0/);
    const big = await app.call('prices.importChunk', { uploadId: id, offset: 0, dataBase64: Buffer.alloc(11).toString('base64') });
    expect(!big.ok && big.error.message).toMatch(/more data/);
    const early = await app.call('prices.import', { uploadId: id });
    expect(!early.ok && early.error.message).toMatch(/incomplete/);
    const unknown = await app.call('prices.import', { uploadId: 'up-0000000000000000' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });

  it('imports a file by path (desktop / CLI-sized files)', async () => {
    const path = writeText(join(app.dir, 'ec2.json'), offerJson(ec2Frankfurt()));
    const j = await app.call('prices.import', { path });
    if (!j.ok) throw new Error(j.error.message);
    const done = await waitJob(app, j.value);
    expect(done.summary?.fileName).toBe('ec2.json');
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0); // the user's file is left alone
    await app.call('prices.revert', { all: true });
  });
});

describe('a region with imported prices but no bundled pack', () => {
  let app: App;
  beforeAll(() => {
    app = testApp();
  });
  afterAll(() => app.dispose());

  it('is priced from the import, the rest marked as us-east-1 stand-ins, and listed as a priced region', async () => {
    const input = { ...(defaultsOf('lambda') as object), region: 'sa-east-1' };
    const before = await app.call('calc.run', { calculator: 'lambda', input });
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error.message).toMatch(/no prices for "sa-east-1".*import its AWS Price List offer file/);
    const regions0 = await app.call('kb.regions', {});
    expect(regions0.ok && regions0.value).not.toContain('sa-east-1');

    // The Lambda file's second region, moved to São Paulo (no bundled pack).
    const offer = lambdaTwoRegions();
    for (const p of offer.products)
      if (p.attributes.regionCode === 'ap-northeast-1')
        Object.assign(p.attributes, { regionCode: 'sa-east-1', usagetype: p.attributes.usagetype!.replace('APN1-', 'SAE1-') });
    const j = await upload(app, 'AWSLambda.json', offerJson(offer));
    expect(j.state).toBe('done');

    const regions = await app.call('kb.regions', {});
    expect(regions.ok && regions.value).toContain('sa-east-1');
    const r = await app.call('calc.run', { calculator: 'lambda', input });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.region).toBe('sa-east-1');
    const trace = r.value.output.trace as { fact?: { priceKey?: string; status?: string; standInFrom?: string } }[];
    const facts = trace.map((s) => s.fact).filter((f) => f?.priceKey);
    // The imported duration price is used as imported; what the file did not carry is a marked stand-in.
    expect(facts.find((f) => f!.priceKey!.startsWith('lambda.') && f!.status === 'imported')).toBeDefined();
    for (const f of facts) expect(['imported', 'stand-in']).toContain(f!.status);
    const standIns = facts.filter((f) => f!.status === 'stand-in');
    for (const f of standIns) expect(f!.standInFrom).toBe('us-east-1');
    if (standIns.length) expect((r.value.output.warnings as string[]).join(' ')).toMatch(/no verified sa-east-1 price/);
    const pk = await app.call('kb.prices', { region: 'sa-east-1' });
    expect(pk.ok && pk.value.region).toBe('sa-east-1');
    // A region with neither still says what to do.
    const none = await app.call('kb.prices', { region: 'af-south-1' });
    expect(none.ok).toBe(false);
  });
});
