/**
 * The "optimise FSRS from my reviews" job, run in a jobs worker thread: reads the review log on its own
 * read-only connection, turns it into FSRS training items, and fits all 21 weights with fsrs-rs in a child
 * process under a hard timeout. If the native optimiser cannot load, fails, returns unusable weights or
 * overruns, the job falls back to the pure-TypeScript fit of w0–w3 (fsrsFit.ts) and says so.
 */
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { default_w } from 'ts-fsrs';
import type { OptimizeResult } from '../../shared/ipc/channels/study';
import { fitWeights, MIN_FIT_REVIEWS, type LoggedReview } from '../../shared/quiz/fsrsFit';
import { countTrainingReviews, fsrsHistories, trainingItems, type LogRow } from '../../shared/quiz/fsrsItems';
import { fsrsWeightsValid } from '../../shared/quiz/schedule';
import type { FsrsChildAnswer, FsrsChildRequest } from './fsrsChild';

export interface OptimizeArgs {
  dbPath: string;
  /** Hard limit for the native optimiser (the child process is killed after it). */
  timeoutMs?: number;
  /** Tests: skip the native optimiser (exercises the fallback). */
  engine?: 'auto' | 'ts';
}

/** Generous next to what it takes (≈50 ms for 2,000 items, ~1 s for 50,000 on this VM) on a busy 2-core machine. */
export const OPTIMIZE_TIMEOUT_MS = 30_000;

/** How to start the child: the built file beside the bundled worker, or the .ts source through tsx's loader. */
function childEntry(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) {
    const built = join(dirname(here), 'fsrsChild.js');
    return { file: existsSync(built) ? built : join(dirname(here), 'jobs', 'fsrsChild.js'), execArgv: [] };
  }
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx/esm')).href;
  return { file: join(dirname(here), 'fsrsChild.ts'), execArgv: ['--import', tsx] };
}

/** Runs the native optimiser in a child process; rejects on timeout (after killing it), crash or error. */
export function runFsrsChild(req: FsrsChildRequest, timeoutMs: number): Promise<FsrsChildAnswer & { ok: true }> {
  const entry = childEntry();
  return new Promise((resolve, reject) => {
    // ELECTRON_RUN_AS_NODE: under Electron, process.execPath is the app binary; this makes it a plain Node.
    const child = fork(entry.file, [], {
      execArgv: entry.execArgv,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 2000) stderr += d.toString();
    });
    let settled = false;
    const done = (err: Error | null, a?: FsrsChildAnswer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (err) reject(err);
      else if (!a?.ok) reject(new Error(a?.error ?? 'the optimiser gave no answer'));
      else resolve(a as FsrsChildAnswer & { ok: true });
    };
    const timer = setTimeout(() => done(new Error(`the native optimiser did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`)), timeoutMs);
    child.on('message', (m) => done(null, m as FsrsChildAnswer));
    child.on('error', (e) => done(e));
    child.on('exit', (code, signal) =>
      done(new Error(`the native optimiser stopped (${signal ?? `exit code ${code}`})${stderr ? `: ${stderr.trim().split('\n').slice(-1)[0]}` : ''}`)),
    );
    child.send(req);
  });
}

interface LogDbRow {
  card_id: string;
  reviewed_at: string;
  rating: number;
  was_new: number;
}

function readLog(dbPath: string, nativeBinding?: string): { rows: LogRow[]; current: number[] | null } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const rows = (db.prepare('SELECT card_id, reviewed_at, rating, prev IS NULL AS was_new FROM review_log ORDER BY id').all() as LogDbRow[]).map(
      (r): LogRow => ({ cardId: r.card_id, at: Date.parse(r.reviewed_at), rating: r.rating as LogRow['rating'], wasNew: r.was_new === 1 }),
    );
    const w = (db.prepare('SELECT weights FROM study_settings WHERE id = 1').get() as { weights: string | null } | undefined)?.weights;
    let current: number[] | null = null;
    try {
      const parsed = w ? (JSON.parse(w) as unknown) : null;
      if (Array.isArray(parsed) && parsed.length === default_w.length && parsed.every((x) => typeof x === 'number' && Number.isFinite(x)))
        current = parsed as number[];
    } catch {
      current = null;
    }
    return { rows, current };
  } finally {
    db.close();
  }
}

/** Weights ts-fsrs takes as they are (21 finite numbers inside its own bounds). */
function usableWeights(w: readonly number[] | undefined): w is number[] {
  return w !== undefined && fsrsWeightsValid(w);
}

const round = (w: readonly number[]): number[] => w.map((x) => Math.round(x * 1e4) / 1e4);

export async function optimizeJob(a: OptimizeArgs, progress: (step: string, done: number, total: number) => void, nativeBinding?: string): Promise<OptimizeResult> {
  progress('reading the review log', 0, 3);
  const { rows, current } = readLog(a.dbPath, nativeBinding);
  const histories = fsrsHistories(rows);
  const usable = countTrainingReviews(histories);
  const base = { usable, needed: MIN_FIT_REVIEWS, reviews: rows.length, previousWeights: current };
  if (usable < MIN_FIT_REVIEWS)
    return {
      ...base,
      fitted: false,
      engine: null,
      engineNote: null,
      message: `Not enough reviews yet: ${usable} of ${MIN_FIT_REVIEWS} reviews made on a later day than the card's previous one. Keep the current FSRS weights until then.`,
      logLossBefore: null,
      logLossAfter: null,
      rmseBefore: null,
      rmseAfter: null,
      weights: current,
      fitMs: null,
    };

  let fallbackWhy: string;
  if (a.engine !== 'ts') {
    progress('fitting 21 weights (fsrs-rs)', 1, 3);
    const t0 = performance.now();
    try {
      const r = await runFsrsChild({ items: trainingItems(histories), current }, a.timeoutMs ?? OPTIMIZE_TIMEOUT_MS);
      const fitMs = performance.now() - t0;
      if (usableWeights(r.weights) && r.before && r.after) {
        const better = r.after.logLoss <= r.before.logLoss;
        return {
          ...base,
          fitted: true,
          engine: 'fsrs-rs',
          engineNote: null,
          message: better
            ? `Fitted all 21 FSRS weights to ${usable} reviews with fsrs-rs: log loss ${r.before.logLoss.toFixed(4)} → ${r.after.logLoss.toFixed(4)}, RMSE ${(r.before.rmse * 100).toFixed(2)}% → ${(r.after.rmse * 100).toFixed(2)}%.`
            : `fsrs-rs fitted 21 weights to ${usable} reviews, but they predict your log no better (log loss ${r.before.logLoss.toFixed(4)} → ${r.after.logLoss.toFixed(4)}); keeping the current weights is advised.`,
          logLossBefore: r.before.logLoss,
          logLossAfter: r.after.logLoss,
          rmseBefore: r.before.rmse,
          rmseAfter: r.after.rmse,
          weights: round(r.weights),
          fitMs: Math.round(fitMs),
        };
      }
      fallbackWhy = 'the native optimiser returned weights outside the FSRS bounds';
    } catch (e) {
      fallbackWhy = (e as Error).message;
    }
  } else fallbackWhy = 'the native optimiser was not requested';

  progress('fitting w0–w3 (TypeScript)', 2, 3);
  const t0 = performance.now();
  const log: LoggedReview[] = rows.map((r) => ({ cardId: r.cardId, at: r.at, rating: r.rating }));
  const fit = fitWeights(log, current ?? default_w, 0);
  const fitMs = Math.round(performance.now() - t0);
  if (!fit)
    throw new Error('The review log could not be fitted.');
  return {
    ...base,
    fitted: true,
    engine: 'ts',
    engineNote: `Used the built-in fit of the initial stabilities (w0–w3) because ${fallbackWhy}.`,
    message: `Fitted the initial stabilities (w0–w3) to ${fit.usable} reviews: log loss ${fit.logLossBefore.toFixed(4)} → ${fit.logLossAfter.toFixed(4)}.`,
    logLossBefore: fit.logLossBefore,
    logLossAfter: fit.logLossAfter,
    rmseBefore: null,
    rmseAfter: null,
    weights: fit.weights,
    fitMs,
  };
}
