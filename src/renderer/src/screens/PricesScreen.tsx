import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PRICE_UPLOAD_CHUNK_BYTES, type PriceJobView, type PriceRowView, type PriceStatusName } from '../../../shared/ipc/channels/prices';
import { api } from '../api';
import { fileToBase64 } from '../components/download';
import { ErrorNote, Loading } from '../components/Status';
import { navigate, useApi } from '../hooks';

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

const PURCHASE: Record<string, string> = { noUpfront: 'No Upfront', partialUpfront: 'Partial Upfront', allUpfront: 'All Upfront' };

/** "reserved.1yr.standard.partialUpfront.upfront" → "Reserved 1 yr Standard, Partial Upfront: upfront fee". */
function termLabel(term: string): string {
  if (term === 'onDemandHour') return 'On-demand: per hour';
  const [, lease, cls, po, part] = term.split('.');
  return `Reserved ${lease?.replace('yr', ' yr')} ${cls === 'convertible' ? 'Convertible' : 'Standard'}, ${PURCHASE[po ?? ''] ?? po}: ${part === 'upfront' ? 'upfront fee' : 'per hour'}`;
}

const STATUS_LABEL: Record<PriceStatusName, string> = { bundled: 'bundled', 'stand-in': 'stand-in', imported: 'imported' };

/** Uploads a file in 1 MiB chunks (never whole in memory), then polls the import job until it ends. */
async function uploadAndImport(file: File, onJob: (j: PriceJobView, phase: string) => void): Promise<PriceJobView> {
  const start = await api['prices.uploadStart']({ fileName: file.name, sizeBytes: file.size });
  if (!start.ok) throw new Error(start.error.message);
  for (let offset = 0; offset < file.size; offset += PRICE_UPLOAD_CHUNK_BYTES) {
    const chunk = file.slice(offset, offset + PRICE_UPLOAD_CHUNK_BYTES);
    const r = await api['prices.importChunk']({ uploadId: start.value.uploadId, offset, dataBase64: await fileToBase64(chunk) });
    if (!r.ok) throw new Error(r.error.message);
    onJob(
      { id: '', fileName: file.name, state: 'running', bytesRead: r.value.received, totalBytes: file.size, products: 0, prices: 0, summary: null, error: null },
      'Uploading',
    );
  }
  const job = await api['prices.import']({ uploadId: start.value.uploadId });
  if (!job.ok) throw new Error(job.error.message);
  return poll(job.value, onJob);
}

async function poll(first: PriceJobView, onJob: (j: PriceJobView, phase: string) => void): Promise<PriceJobView> {
  let j = first;
  onJob(j, 'Reading');
  while (j.state === 'running') {
    await new Promise((r) => setTimeout(r, 250));
    const s = await api['prices.status']({ jobId: j.id });
    if (!s.ok) throw new Error(s.error.message);
    j = s.value;
    onJob(j, 'Reading');
  }
  return j;
}

function ImportPanel({ onDone }: { onDone: () => void }): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const [job, setJob] = useState<{ j: PriceJobView; phase: string } | null>(null);
  const [results, setResults] = useState<PriceJobView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const busy = job !== null;

  const run = async (files: File[] | null, localPath?: string): Promise<void> => {
    setError(null);
    setResults([]);
    const done: PriceJobView[] = [];
    try {
      if (localPath) {
        const j = await api['prices.import']({ path: localPath });
        if (!j.ok) throw new Error(j.error.message);
        done.push(await poll(j.value, (x, phase) => setJob({ j: x, phase })));
      }
      for (const f of files ?? []) done.push(await uploadAndImport(f, (x, phase) => setJob({ j: x, phase })));
    } catch (e) {
      setError((e as Error).message);
    }
    setJob(null);
    setResults(done);
    if (input.current) input.current.value = '';
    onDone();
  };

  const pct = job ? Math.floor((job.j.bytesRead / Math.max(1, job.j.totalBytes)) * 100) : 0;
  return (
    <section className="panel" aria-labelledby="prices-import-h" data-testid="prices-import">
      <h2 id="prices-import-h">Import AWS Price List offer files</h2>
      <p className="muted">
        Download a service&apos;s or a region&apos;s offer file (JSON or CSV) for AmazonEC2 (EC2 and EBS), AmazonS3, AmazonDynamoDB, AmazonKinesis
        or AWSLambda from the AWS Price List bulk API, then import it here. The whole file is checked before anything changes; its prices then
        replace the bundled ones for the regions it covers, citing the file and its publication date. For a region&apos;s EC2 file (hundreds
        of MB), giving its path is faster than uploading it, or use <code>npm run --silent prices -- import &lt;file&gt;</code>.
      </p>
      <label className="file-button primary-file">
        Choose offer files…
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,.csv,application/json,text/csv"
          disabled={busy}
          onChange={(e) => void run([...(e.target.files ?? [])])}
          data-testid="prices-file-input"
        />
      </label>{' '}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void run(null, path.trim());
        }}
      >
        <input placeholder="…or a file path on this computer" value={path} onChange={(e) => setPath(e.target.value)} disabled={busy} size={48} data-testid="prices-path" />
        <button type="submit" disabled={busy || !path.trim()}>
          Import path
        </button>
      </form>
      {job && (
        <div role="status" aria-live="polite" data-testid="prices-progress">
          <progress max={100} value={pct} /> {job.phase} {job.j.fileName}: {mb(job.j.bytesRead)} of {mb(job.j.totalBytes)} ({pct}%)
          {job.phase === 'Reading' && ` · ${job.j.products.toLocaleString('en-US')} products, ${job.j.prices.toLocaleString('en-US')} prices`}
        </div>
      )}
      {error && <p className="bad" data-testid="prices-import-error">{error}</p>}
      {results.map((r) => (
        <div key={r.id} data-testid="prices-import-result" data-state={r.state}>
          {r.state === 'failed' ? (
            <p className="bad">
              <strong>{r.fileName}</strong> rejected, nothing changed: {r.error}
            </p>
          ) : (
            r.summary && (
              <p>
                <strong>{r.fileName}</strong>: {r.summary.offerCode} {r.summary.version}, published {r.summary.publicationDate.slice(0, 10)} ·{' '}
                {r.summary.products.toLocaleString('en-US')} products · {r.summary.packPrices} unit prices and {r.summary.ec2Prices} EC2 instance prices in{' '}
                {r.summary.regions.join(', ') || 'no region'}
                {r.summary.keysNotInFile.length > 0 && <span className="muted"> · not in this file (stay bundled): {r.summary.keysNotInFile.join(', ')}</span>}
                {r.summary.warnings.map((w) => (
                  <span key={w} className="warn">
                    {' '}
                    ⚠ {w}
                  </span>
                ))}
              </p>
            )
          )}
        </div>
      ))}
    </section>
  );
}

export function PricesScreen({ args }: { args: string[] }): ReactNode {
  const region = args[0] ?? 'eu-central-1';
  const [tick, setTick] = useState(0);
  const [filter, setFilter] = useState<PriceStatusName | 'all'>('all');
  const [status, setStatus] = useState<string | null>(null);
  const [ec2Open, setEc2Open] = useState(false);
  // The EC2 rows (tens of thousands after a region's EC2 file) are fetched only when their list is opened.
  const list = useApi('prices.list', { region, ec2: ec2Open }, `${region}:${tick}:${ec2Open}`);
  const v = list.data;
  const rows = useMemo<PriceRowView[]>(() => (v ? v.prices.filter((p) => filter === 'all' || p.status === filter) : []), [v, filter]);
  useEffect(() => setEc2Open(false), [region]);

  const revert = async (what: { importId: number } | { region: string } | { all: true }, label: string): Promise<void> => {
    const r = await api['prices.revert'](what);
    setStatus(r.ok ? `Reverted ${label}: ${r.value.removedPrices} imported prices removed; the bundled prices apply again.` : r.error.message);
    setTick((t) => t + 1);
  };

  return (
    <div className="prices-screen" data-testid="prices-screen">
      <h1>Prices</h1>
      <p className="muted">
        The unit prices the calculators and tables use, per region: <strong>bundled</strong> (verified, shipped with the app),{' '}
        <strong className="warn">stand-in</strong> (no verified figure for the region: the us-east-1 price is used, and results say so), or{' '}
        <strong>imported</strong> from an AWS Price List offer file you imported.
      </p>
      <ImportPanel onDone={() => setTick((t) => t + 1)} />
      {list.error && <ErrorNote error={list.error} />}
      {!v && !list.error && <Loading what="prices" />}
      {v && (
        <section className="panel" aria-labelledby="prices-list-h">
          <h2 id="prices-list-h">Unit prices in {region}</h2>
          <div className="calc-actions">
            <label>
              Region{' '}
              <select value={region} onChange={(e) => navigate('prices', e.target.value)} data-testid="prices-region">
                {[...new Set([...v.regions, region])].sort().map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Show{' '}
              <select value={filter} onChange={(e) => setFilter(e.target.value as PriceStatusName | 'all')} data-testid="prices-filter">
                <option value="all">all ({v.prices.length})</option>
                {(['bundled', 'stand-in', 'imported'] as const).map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]} ({v.counts[s]})
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" data-testid="prices-counts">
              {v.counts.bundled} bundled · {v.counts['stand-in']} stand-ins · {v.counts.imported} imported
              {v.ec2Count > 0 && ` · ${v.ec2Count.toLocaleString('en-US')} EC2 instance prices imported`}
            </span>
            {(v.counts.imported > 0 || v.ec2Count > 0) && (
              <button type="button" onClick={() => void revert({ region }, region)} data-testid="prices-revert-region">
                Revert {region} to bundled
              </button>
            )}
          </div>
          {status && (
            <p role="status" className="muted" data-testid="prices-status">
              {status}
            </p>
          )}
          {!v.hasBundledPack && <p className="muted">No bundled price pack for {region}: only imported prices are listed.</p>}
          <table className="grid prices-table" data-testid="prices-table">
            <thead>
              <tr>
                <th>Key</th>
                <th className="rt-num">USD</th>
                <th>Unit</th>
                <th>Status</th>
                <th>As of</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.key} data-status={p.status} data-key={p.key}>
                  <td>
                    {/* Long keys wrap at their dots, never inside a word. */}
                    <code>
                      {p.key.split('.').map((part, i) => (
                        <span key={i}>
                          {i > 0 && (
                            <>
                              .<wbr />
                            </>
                          )}
                          {part}
                        </span>
                      ))}
                    </code>
                  </td>
                  <td className="rt-num">
                    {p.usd}
                    {p.bundledUsd !== null && p.bundledUsd !== p.usd && <div className="muted">bundled {p.bundledUsd}</div>}
                  </td>
                  <td>{p.unit}</td>
                  <td>
                    <span className={`price-badge price-${p.status}`}>{STATUS_LABEL[p.status]}</span>
                    {p.statusNote && <div className="muted">{p.statusNote}</div>}
                  </td>
                  <td>{p.asOf}</td>
                  <td>
                    <a href={p.source} target="_blank" rel="noreferrer noopener">
                      {p.status === 'imported' ? 'offer file' : 'pricing page'}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {v.ec2Count > 0 && (
            <details open={ec2Open} onToggle={(e) => setEc2Open((e.target as HTMLDetailsElement).open)} data-testid="prices-ec2">
              <summary>
                {v.ec2Count.toLocaleString('en-US')} imported EC2 Linux instance prices in {region} (on-demand and Reserved; the EC2 table&apos;s price column uses the
                on-demand ones)
              </summary>
              {ec2Open && (
                <table className="grid">
                  <thead>
                    <tr>
                      <th>Instance type</th>
                      <th>Term</th>
                      <th className="rt-num">USD</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.ec2.slice(0, 5000).map((e) => (
                      <tr key={e.key}>
                        <td>{e.instanceType}</td>
                        <td>{termLabel(e.term)}</td>
                        <td className="rt-num">{e.usd}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </details>
          )}
        </section>
      )}
      {v && v.imports.length > 0 && (
        <section className="panel" aria-labelledby="prices-imports-h" data-testid="prices-imports">
          <h2 id="prices-imports-h">Imported offer files</h2>
          <table className="grid">
            <thead>
              <tr>
                <th>File</th>
                <th>Offer</th>
                <th>Published</th>
                <th>Imported</th>
                <th>Prices in use</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {v.imports.map((i) => (
                <tr key={i.id} data-testid="prices-import-row">
                  <td>{i.fileName}</td>
                  <td>
                    {i.offerCode} {i.version}
                  </td>
                  <td>{i.publicationDate.slice(0, 10)}</td>
                  <td>{i.importedAt.slice(0, 16).replace('T', ' ')}</td>
                  <td>{i.regions.map((r) => `${r.region}: ${r.packPrices} unit + ${r.ec2Prices} EC2`).join('; ')}</td>
                  <td>
                    <button type="button" onClick={() => void revert({ importId: i.id }, i.fileName)} data-testid={`prices-revert-${i.id}`}>
                      Revert to bundled
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void revert({ all: true }, 'every import')} data-testid="prices-revert-all">
            Revert everything to bundled
          </button>
        </section>
      )}
    </div>
  );
}
