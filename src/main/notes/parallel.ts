/**
 * Parse workers for large imports: worker threads decode, parse and fact-check files (prepare.ts, rules
 * loaded once per worker) while the importing thread stores the files before them. The importer stays a
 * synchronous function (one transaction, savepoints, progress callbacks unchanged): it takes results in
 * file order with `receiveMessageOnPort`, blocking on a shared counter (`Atomics.wait`) only while the
 * next file is not ready. Workers stay at most WINDOW files ahead, so memory holds a few parsed files, not
 * the whole import.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { workerEntry } from '../jobs/entry';
import type { WorkerInput } from '../jobs/protocol';
import { appRoot as defaultAppRoot } from '../paths';
import { decodeForImport, prepareNote, type Encoding, type PreparedNote } from './prepare';
import { loadFactRules } from './rules';

/** Files a worker may have prepared before the writer takes them. */
const WINDOW = 8;
/** A worker that reports nothing for this long while the writer waits is treated as gone. */
const STALL_MS = 120_000;

export interface ParallelOptions {
  /** Parse workers to start (≥ 1). */
  workers: number;
  /** Where the workers load the fact-check rules from. */
  appRoot?: string;
  /** Tests only: the worker that gets this file index exits instead of preparing it (a crash). */
  crashAt?: number;
  nativeBinding?: string;
}

/** What a parse worker sends per file. */
export type ParseResult =
  | {
      i: number;
      rulesVersion: string;
      decoded: { ok: true; textHash: string; encoding: Encoding } | { ok: false; message: string };
      prepared: PreparedNote | null;
    }
  | { i: number; error: string };

/** Arguments of the worker side (the 'notes.parse' job kind; see jobs/tasks.ts). */
export interface ParseWorkerArgs {
  appRoot: string;
  /** This worker prepares files i with i % of === index. */
  index: number;
  of: number;
  files: ({ bytes: Uint8Array; key: string } | null)[];
  port: MessagePort;
  /** Int32 slots: [0] files the writer has taken, [1] cancel, [2 + w] files worker w posted, [2 + of + w] worker w exited. */
  control: SharedArrayBuffer;
  crashAt?: number;
}

/** Parse workers worth starting for these files: none for small imports (starting one costs more than it saves). */
export function parseWorkersFor(totalBytes: number, files: number): number {
  if (files < 2 || totalBytes < 2 * 1024 * 1024) return 0;
  // The writer keeps one core busy; parsing needs less than the writer, so one worker keeps up on two cores.
  return Math.max(1, Math.min(2, availableParallelism() - 2));
}

/** The worker side: prepares its share of the files in order and posts each result on `port`. */
export function runParseWorker(a: ParseWorkerArgs): { prepared: number } {
  const ctl = new Int32Array(a.control);
  const posted = 2 + a.index;
  const exited = 2 + a.of + a.index;
  // However the thread ends (crash included), the writer stops waiting for it.
  process.on('exit', () => {
    Atomics.store(ctl, exited, 1);
    Atomics.notify(ctl, posted);
  });
  const rules = loadFactRules(a.appRoot);
  let n = 0;
  for (let i = a.index; i < a.files.length; i += a.of) {
    for (;;) {
      if (Atomics.load(ctl, 1)) return { prepared: n };
      const taken = Atomics.load(ctl, 0);
      if (i - taken < WINDOW * a.of) break;
      Atomics.wait(ctl, 0, taken, 1000);
    }
    if (i === a.crashAt) process.exit(70);
    const f = a.files[i];
    a.files[i] = null; // the bytes are garbage once prepared
    let msg: ParseResult;
    try {
      if (!f) throw new Error(`file ${i} missing`);
      const d = decodeForImport(f.bytes);
      msg = d.ok
        ? {
            i,
            rulesVersion: rules.version,
            decoded: { ok: true, textHash: d.textHash, encoding: d.encoding },
            prepared: prepareNote(d, rules, f.key),
          }
        : { i, rulesVersion: rules.version, decoded: d, prepared: null };
    } catch (e) {
      msg = { i, error: (e as Error).message };
    }
    a.port.postMessage(msg);
    Atomics.add(ctl, posted, 1);
    Atomics.notify(ctl, posted);
    n++;
  }
  return { prepared: n };
}

/** The writer side: starts the workers and hands out their results in file order. */
export class ParseWorkers {
  private readonly ctl: Int32Array;
  private readonly ports: MessagePort[] = [];
  private readonly workers: Worker[] = [];
  private readonly taken: number[];
  private closed = false;

  constructor(files: readonly { bytes: Uint8Array; key: string }[], private readonly opts: ParallelOptions) {
    const of = Math.max(1, Math.floor(opts.workers));
    this.ctl = new Int32Array(new SharedArrayBuffer(4 * (2 + 2 * of)));
    this.taken = new Array<number>(of).fill(0);
    const entry = workerEntry();
    for (let w = 0; w < of; w++) {
      const { port1, port2 } = new MessageChannel();
      const args: ParseWorkerArgs = {
        appRoot: opts.appRoot ?? defaultAppRoot(),
        index: w,
        of,
        // Only this worker's share is copied to it.
        files: files.map((f, i) => (i % of === w ? { bytes: f.bytes, key: f.key } : null)),
        port: port2,
        control: this.ctl.buffer as SharedArrayBuffer,
        crashAt: opts.crashAt,
      };
      const input: WorkerInput = { kind: 'notes.parse', args, nativeBinding: opts.nativeBinding };
      const worker = new Worker(entry.code, { workerData: input, eval: entry.eval, transferList: [port2] });
      // Its end is seen through the shared counters; its own messages (progress, done) are not needed.
      worker.on('error', () => undefined);
      worker.unref();
      this.workers.push(worker);
      this.ports.push(port1);
    }
  }

  /** The result for file `i`; files must be taken in order 0, 1, 2… Throws if its worker failed or stopped. */
  take(i: number): Exclude<ParseResult, { error: string }> {
    const of = this.workers.length;
    const w = i % of;
    const posted = 2 + w;
    let waited = 0;
    while (Atomics.load(this.ctl, posted) <= (this.taken[w] as number)) {
      if (Atomics.load(this.ctl, 2 + of + w))
        // Posted just before exiting?
        if (Atomics.load(this.ctl, posted) <= (this.taken[w] as number))
          throw new Error('A parse worker stopped before it finished; nothing was imported.');
      const t0 = Date.now();
      Atomics.wait(this.ctl, posted, this.taken[w] as number, 250);
      waited += Date.now() - t0;
      if (waited > STALL_MS) throw new Error('A parse worker stopped answering; nothing was imported.');
    }
    const got = receiveMessageOnPort(this.ports[w] as MessagePort);
    if (!got) throw new Error('A parse worker result went missing; nothing was imported.');
    const msg = got.message as ParseResult;
    this.taken[w] = (this.taken[w] as number) + 1;
    Atomics.store(this.ctl, 0, i + 1);
    Atomics.notify(this.ctl, 0);
    if (msg.i !== i) throw new Error(`A parse worker answered for file ${msg.i} instead of ${i}.`);
    if ('error' in msg) throw new Error(`Preparing file ${i} failed: ${msg.error}`);
    return msg;
  }

  /** Stops the workers (after the last file, or when the import failed). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.ctl, 1, 1);
    Atomics.notify(this.ctl, 0);
    for (const p of this.ports) p.close();
    // They touch no database: ending one mid-file is safe.
    for (const w of this.workers) void w.terminate();
  }
}
