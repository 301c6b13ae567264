/**
 * Parse workers for large imports: worker threads decode, parse and fact-check files (prepare.ts, rules
 * loaded once per worker) while the importing thread stores the files before them. The importer stays a
 * synchronous function (one transaction, savepoints, progress callbacks unchanged): it takes results in
 * file order with `receiveMessageOnPort`, blocking on a shared counter (`Atomics.wait`) only while the
 * next file is not ready. Workers stay at most a window ahead (WINDOW files, WINDOW_BYTES), so memory holds
 * that many parsed files, not the whole import.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { workerEntry } from '../jobs/entry';
import type { WorkerInput } from '../jobs/protocol';
import { appRoot as defaultAppRoot } from '../paths';
import { docTokensBuffers, tokenizeDocs, type DocTokens } from '../search/docRows';
import { learnFolds } from '../search/tokenize';
import { decodeForImport, prepareNote, searchTitle, type Encoding, type PreparedNote } from './prepare';
import { loadFactRules } from './rules';

/**
 * How far the workers may run ahead of the file the writer is storing: at most WINDOW files and WINDOW_BYTES of
 * them (the next file is always allowed). Wide, because the writer stops taking files for a while every few
 * thousand documents (it indexes a batch: ~1 s for the postings of 10k notes); a window of 8 files ran dry
 * then, and the writer, catching up, waited for the file a worker was still on. 8 MB was that again for the
 * bench's ~1 MB files (100 notes each): the worker sat at the window's edge for ~17% of a 100k import
 * (profiled); 32 MB (~34 such files, their parsed results ~1.5 MB each) cut that to ~5%.
 */
const WINDOW = 128;
const WINDOW_BYTES = 32 * 1024 * 1024;
/** A worker that reports nothing for this long while the writer waits is treated as gone. */
const STALL_MS = 120_000;

export interface ParallelOptions {
  /** Parse workers to start (≥ 1). */
  workers: number;
  /** Where the workers load the fact-check rules from. */
  appRoot?: string;
  /** Tests only: a worker that claims this file index exits instead of preparing it (a crash). */
  crashAt?: number;
  /** Tests only: false makes the writer wait for the workers for every file (default true). */
  selfClaim?: boolean;
  nativeBinding?: string;
  /** Code points the workers may tokenize (tokenize.ts learnedFolds); others leave a document to the writer. */
  folds?: [number, string | null][];
  /**
   * The bench only: a built job worker (out/main/worker.js) to start the workers from, as the installed app
   * does, while the importer itself runs from source. Without it, code running from source starts its workers
   * from source through tsx's loader, which costs a worker ~1 s of CPU at its start (jobs/entry.ts).
   */
  workerEntry?: string;
}

/** What a parse worker sends per file. */
export type ParseResult =
  | {
      i: number;
      rulesVersion: string;
      decoded: { ok: true; textHash: string; encoding: Encoding } | { ok: false; message: string };
      prepared: PreparedNote | null;
      /**
       * The sections' search documents as ranked-search rows (docRows.ts), titled with `name`: the writer's
       * postings sync copies them instead of tokenizing the text again.
       */
      tokens: { name: string; rows: DocTokens } | null;
    }
  | { i: number; error: string };

/** Int32 slots shared by the writer and its workers. */
const TAKEN = 0; // files the writer has stored (or is storing)
const CANCEL = 1;
const CLAIM = 2; // the next file nobody has claimed yet
const POSTED = 3; // results posted by all workers
const STATE = 4; // + w: 1 = worker w finished its loop, 2 = its thread ended
const FINISHED = 1;
const ENDED = 2;

/** Arguments of the worker side (see jobs/worker.ts). */
export interface ParseWorkerArgs {
  appRoot: string;
  index: number;
  /** Every file's bytes, back to back, shared by all workers (no copy per worker); file i is [start[i], start[i + 1]). */
  bytes: SharedArrayBuffer;
  start: number[];
  keys: string[];
  /** File names (search titles start with them). */
  names: string[];
  /** Code points the writer's tokenizer learned from SQLite (tokenize.ts learnedFolds). */
  folds: [number, string | null][];
  port: MessagePort;
  control: SharedArrayBuffer;
  crashAt?: number;
}

/** Parse workers worth starting for these files: none for small imports (starting one costs more than it saves). */
export function parseWorkersFor(totalBytes: number, files: number): number {
  if (files < 2 || totalBytes < 2 * 1024 * 1024) return 0;
  // The writer keeps one core busy and is the slower side: one worker keeps up with it on two cores.
  return availableParallelism() > 3 ? 2 : 1;
}

/**
 * The worker side: claims the next unclaimed file (the writer claims files too while no worker has), prepares
 * it and posts the result on `port`, staying at most WINDOW files (WINDOW_BYTES) ahead of the writer.
 */
export function runParseWorker(a: ParseWorkerArgs): { prepared: number } {
  const ctl = new Int32Array(a.control);
  const state = STATE + a.index;
  // However the thread ends (a crash included), the writer stops waiting for it.
  process.on('exit', () => {
    Atomics.or(ctl, state, ENDED);
    Atomics.notify(ctl, POSTED);
  });
  const rules = loadFactRules(a.appRoot);
  learnFolds(a.folds);
  let n = 0;
  for (;;) {
    if (Atomics.load(ctl, CANCEL)) break;
    const i = Atomics.load(ctl, CLAIM);
    if (i >= a.keys.length) break;
    const taken = Atomics.load(ctl, TAKEN);
    if (i > taken && (i - taken >= WINDOW || (a.start[i] as number) - (a.start[taken] as number) >= WINDOW_BYTES)) {
      Atomics.wait(ctl, TAKEN, taken, 1000);
      continue;
    }
    if (Atomics.compareExchange(ctl, CLAIM, i, i + 1) !== i) continue;
    if (i === a.crashAt) process.exit(70);
    let msg: ParseResult;
    let transfer: ArrayBuffer[] = [];
    try {
      // A private copy of one file: TextDecoder does not read shared memory.
      const d = decodeForImport(new Uint8Array(a.bytes, a.start[i], (a.start[i + 1] as number) - (a.start[i] as number)).slice());
      if (d.ok) {
        const prepared = prepareNote(d, rules, a.keys[i] as string);
        const name = a.names[i] as string;
        const rows = tokenizeDocs(prepared.sections.map((s) => ({ title: searchTitle(name, s), body: s.body })));
        transfer = docTokensBuffers(rows);
        msg = {
          i,
          rulesVersion: rules.version,
          decoded: { ok: true, textHash: d.textHash, encoding: d.encoding },
          prepared,
          tokens: { name, rows },
        };
      } else msg = { i, rulesVersion: rules.version, decoded: d, prepared: null, tokens: null };
    } catch (e) {
      msg = { i, error: (e as Error).message };
    }
    a.port.postMessage(msg, transfer);
    Atomics.add(ctl, POSTED, 1);
    Atomics.notify(ctl, POSTED);
    n++;
  }
  Atomics.or(ctl, state, FINISHED);
  return { prepared: n };
}

/**
 * The writer side: starts the workers and hands out results in file order. A file no worker has claimed yet
 * (while they start, or when they fall behind) the writer claims and prepares itself, so an import is never
 * slower than on one thread by more than the workers' start-up.
 */
export class ParseWorkers {
  private readonly ctl: Int32Array;
  private readonly ports: MessagePort[] = [];
  private readonly workers: Worker[] = [];
  private readonly ready = new Map<number, Exclude<ParseResult, { error: string }>>();
  private closed = false;
  private readonly selfClaim: boolean;
  private readonly files: readonly { bytes: Uint8Array; key: string; name: string }[];
  private readonly appRoot: string;
  private readonly start: number[];

  constructor(files: readonly { bytes: Uint8Array; key: string; name: string }[], opts: ParallelOptions) {
    this.selfClaim = opts.selfClaim ?? true;
    this.files = files;
    this.appRoot = opts.appRoot ?? defaultAppRoot();
    const of = Math.max(1, Math.floor(opts.workers));
    this.ctl = new Int32Array(new SharedArrayBuffer(4 * (STATE + of)));
    const entry = opts.workerEntry ? { code: pathToFileURL(opts.workerEntry), eval: false } : workerEntry();
    // One shared copy of the files for all workers (structured-cloning them would copy them per worker).
    const start = [0];
    for (const f of files) start.push((start.at(-1) as number) + f.bytes.length);
    this.start = start;
    const bytes = new SharedArrayBuffer(start.at(-1) as number);
    const view = new Uint8Array(bytes);
    files.forEach((f, i) => view.set(f.bytes, start[i]));
    const keys = files.map((f) => f.key);
    const names = files.map((f) => f.name);
    for (let w = 0; w < of; w++) {
      const { port1, port2 } = new MessageChannel();
      const args: ParseWorkerArgs = {
        appRoot: opts.appRoot ?? defaultAppRoot(),
        index: w,
        bytes,
        start,
        keys,
        names,
        folds: opts.folds ?? [],
        port: port2,
        control: this.ctl.buffer as SharedArrayBuffer,
        crashAt: opts.crashAt,
      };
      const input: WorkerInput = { kind: 'notes.parse', args, nativeBinding: opts.nativeBinding };
      const worker = new Worker(entry.code, { workerData: input, eval: entry.eval, transferList: [port2] });
      // Its end is seen through the shared state; its own messages (done, error) are not needed.
      worker.on('error', () => undefined);
      worker.unref();
      this.workers.push(worker);
      this.ports.push(port1);
    }
  }

  /**
   * File `i` (taken in order 0, 1, 2…): a worker's result, or 'mine' when this thread claimed it and must
   * prepare it. Throws if a worker failed on it or stopped.
   */
  take(i: number): Exclude<ParseResult, { error: string }> | 'mine' {
    Atomics.store(this.ctl, TAKEN, i);
    Atomics.notify(this.ctl, TAKEN);
    if (this.selfClaim && Atomics.compareExchange(this.ctl, CLAIM, i, i + 1) === i) return 'mine';
    let waited = 0;
    for (;;) {
      const posted = Atomics.load(this.ctl, POSTED);
      this.drain();
      const r = this.ready.get(i);
      if (r) {
        this.ready.delete(i);
        return r;
      }
      for (let w = 0; w < this.workers.length; w++)
        if (Atomics.load(this.ctl, STATE + w) === ENDED) {
          this.drain();
          if (!this.ready.has(i)) throw new Error('A parse worker stopped before it finished; nothing was imported.');
        }
      if (waited > STALL_MS) throw new Error('A parse worker stopped answering; nothing was imported.');
      // File i is with a worker: rather than wait for it, prepare the next file nobody has claimed (it waits
      // here until its turn). Without this the writer, when it is the faster side, idles on every file while
      // the worker is one file ahead, and the import runs at the worker's pace instead of sharing the work.
      if (this.selfClaim && this.prepareAhead(i)) continue;
      const t0 = Date.now();
      Atomics.wait(this.ctl, POSTED, posted, 250);
      waited += Date.now() - t0;
    }
  }

  /** Claims and prepares on this thread the next unclaimed file within the window ahead of `i`; false if none. */
  private prepareAhead(i: number): boolean {
    const c = Atomics.load(this.ctl, CLAIM);
    // The workers' window (WINDOW files, WINDOW_BYTES) bounds this thread's look-ahead too.
    if (c >= this.files.length || c - i >= WINDOW || (this.start[c] as number) - (this.start[i] as number) >= WINDOW_BYTES)
      return false;
    if (Atomics.compareExchange(this.ctl, CLAIM, c, c + 1) !== c) return true; // a worker took it: look again
    const rules = loadFactRules(this.appRoot);
    const f = this.files[c] as { bytes: Uint8Array; key: string };
    const d = decodeForImport(f.bytes);
    this.ready.set(
      c,
      d.ok
        ? {
            i: c,
            rulesVersion: rules.version,
            decoded: { ok: true, textHash: d.textHash, encoding: d.encoding },
            prepared: prepareNote(d, rules, f.key),
            // Its documents are tokenized by the postings sync, as for any file this thread prepares.
            tokens: null,
          }
        : { i: c, rulesVersion: rules.version, decoded: d, prepared: null, tokens: null },
    );
    return true;
  }

  private drain(): void {
    for (const port of this.ports)
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const msg = m.message as ParseResult;
        if ('error' in msg) throw new Error(`Preparing file ${msg.i + 1} failed: ${msg.error}`);
        this.ready.set(msg.i, msg);
      }
  }

  /** Stops the workers (after the last file, or when the import failed). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.ctl, CANCEL, 1);
    Atomics.notify(this.ctl, TAKEN);
    for (const p of this.ports) p.close();
    // They touch no database: ending one mid-file is safe.
    for (const w of this.workers) void w.terminate();
  }
}
