/**
 * Uploads (a file arriving in chunks over IPC, written to a temporary file so memory stays bounded) and
 * import jobs (read + map streamed in the background, stored in one transaction at the end; the UI polls
 * their progress). Both live in memory: an app restart forgets them, and nothing half-done reaches the DB.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PriceImportSummary, PriceJobView } from '../../shared/ipc/channels/prices';
import { AppError } from '../../shared/result';
import { readAndMap, type MappedFile } from './importer';
import { OfferFileError } from './offerFile';

interface Upload {
  dir: string;
  path: string;
  fd: number;
  fileName: string;
  size: number;
  received: number;
  touched: number;
}

const uploads = new Map<string, Upload>();
const jobs = new Map<string, PriceJobView>();
/** An upload nobody has touched for this long is dropped (a closed tab). */
const UPLOAD_IDLE_MS = 10 * 60 * 1000;

function dropUpload(id: string): void {
  const u = uploads.get(id);
  if (!u) return;
  uploads.delete(id);
  try {
    closeSync(u.fd);
  } catch {
    /* already closed */
  }
  rmSync(u.dir, { recursive: true, force: true });
}

function sweep(now = Date.now()): void {
  for (const [id, u] of uploads) if (now - u.touched > UPLOAD_IDLE_MS) dropUpload(id);
  // Keep the last 20 finished jobs for status polls.
  const finished = [...jobs].filter(([, j]) => j.state !== 'running');
  for (const [id] of finished.slice(0, Math.max(0, finished.length - 20))) jobs.delete(id);
}

export function startUpload(fileName: string, size: number): string {
  sweep();
  const id = `up-${randomBytes(8).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'aws-study-desk-prices-'));
  const path = join(dir, 'offer');
  uploads.set(id, { dir, path, fd: openSync(path, 'w'), fileName, size, received: 0, touched: Date.now() });
  return id;
}

/** Appends one chunk; chunks must arrive in order (offset = bytes received so far). */
export function appendChunk(id: string, offset: number, data: Buffer): number {
  const u = uploads.get(id);
  if (!u) throw new AppError('NOT_FOUND', 'No such upload (it finished, failed or timed out). Start the upload again.');
  if (offset !== u.received) throw new AppError('VALIDATION', `chunk at offset ${offset}, expected ${u.received}`);
  if (u.received + data.length > u.size) throw new AppError('VALIDATION', `more data than the announced ${u.size} bytes`);
  writeSync(u.fd, data);
  u.received += data.length;
  u.touched = Date.now();
  return u.received;
}

/** The uploaded file, complete, handed over to a job (which deletes it when done). */
function takeUpload(id: string): { path: string; fileName: string; cleanup: () => void } {
  const u = uploads.get(id);
  if (!u) throw new AppError('NOT_FOUND', 'No such upload (it finished, failed or timed out). Start the upload again.');
  if (u.received !== u.size) throw new AppError('VALIDATION', `upload incomplete: ${u.received} of ${u.size} bytes received`);
  closeSync(u.fd);
  uploads.delete(id);
  return { path: u.path, fileName: u.fileName, cleanup: () => rmSync(u.dir, { recursive: true, force: true }) };
}

export function jobStatus(id: string): PriceJobView {
  const j = jobs.get(id);
  if (!j) throw new AppError('NOT_FOUND', `No import job ${id}.`);
  return { ...j };
}

/**
 * Starts an import of an upload or a local path. `store` runs the swap transaction (DbService.write).
 * Returns the job at once; its state moves to done/failed when the file has been read.
 */
export function startImport(
  src: { uploadId: string } | { path: string },
  store: (m: MappedFile) => PriceImportSummary,
): PriceJobView {
  sweep();
  let file: { path: string; fileName: string; cleanup: () => void };
  if ('uploadId' in src) file = takeUpload(src.uploadId);
  else {
    // Offer files are index.json / index.csv: a path to anything else is refused before it is opened.
    if (!/\.(json|csv)$/i.test(src.path)) throw new AppError('VALIDATION', 'An offer file path ends in .json or .csv.');
    let st;
    try {
      st = statSync(src.path);
    } catch {
      throw new AppError('NOT_FOUND', `No file at ${src.path}.`);
    }
    if (!st.isFile()) throw new AppError('VALIDATION', `${src.path} is not a file.`);
    file = { path: src.path, fileName: src.path.split(/[\\/]/).at(-1) ?? src.path, cleanup: () => {} };
  }
  const id = `job-${randomBytes(8).toString('hex')}`;
  const job: PriceJobView = {
    id,
    fileName: file.fileName,
    state: 'running',
    bytesRead: 0,
    totalBytes: statSync(file.path).size,
    products: 0,
    prices: 0,
    summary: null,
    error: null,
  };
  jobs.set(id, job);
  void readAndMap(file.path, {
    fileName: file.fileName,
    onProgress: (p) => Object.assign(job, { bytesRead: p.bytesRead, products: p.products, prices: p.prices }),
  })
    .then((m) => {
      job.summary = store(m);
      job.state = 'done';
    })
    .catch((e: unknown) => {
      job.state = 'failed';
      job.error = e instanceof OfferFileError || e instanceof AppError ? e.message : `Import failed: ${(e as Error).message}`;
    })
    .finally(() => file.cleanup());
  return { ...job };
}
