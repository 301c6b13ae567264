/**
 * Child-process entry for the FSRS optimiser (fsrs-rs through @open-spaced-repetition/binding). It runs in its
 * own process, not in the job's worker thread, because a native computation cannot be stopped from
 * JavaScript: `worker.terminate()` waits for the addon's pending work to finish (measured: 3–8 s for a large
 * set), so a hung optimiser would hang the worker and whoever waits for it. A process can be killed, so the
 * job's hard timeout is real. The parent sends one request and gets one answer; then this process exits.
 */
import type { ItemReview } from '../../shared/quiz/fsrsItems';

export interface FsrsChildRequest {
  items: ItemReview[][];
  /** The weights the scheduler uses now (null = the FSRS defaults), evaluated as "before". */
  current: number[] | null;
}

export interface FsrsChildAnswer {
  ok: boolean;
  weights?: number[];
  before?: { logLoss: number; rmse: number };
  after?: { logLoss: number; rmse: number };
  trainMs?: number;
  error?: string;
}

/** Progress is polled by the binding this often; the promise resolves only at a poll, so keep it short. */
const POLL_MS = 20;

async function optimise(req: FsrsChildRequest): Promise<FsrsChildAnswer> {
  const b = await import('@open-spaced-repetition/binding');
  const items = req.items.map((h) => new b.FSRSBindingItem(h.map((r) => new b.FSRSBindingReview(r.rating, r.deltaT))));
  const t0 = performance.now();
  // enableShortTerm: same-day reviews stay in the histories and the short-term weights (w17–w19) are fitted,
  // matching ts-fsrs's scheduler, which uses them for learning steps.
  const weights = await b.computeParameters(items, { enableShortTerm: true, timeout: POLL_MS });
  const trainMs = performance.now() - t0;
  const before = new b.FSRSBinding(req.current ?? undefined).evaluate(items);
  const after = new b.FSRSBinding(weights).evaluate(items);
  return {
    ok: true,
    weights,
    before: { logLoss: before.logLoss, rmse: before.rmseBins },
    after: { logLoss: after.logLoss, rmse: after.rmseBins },
    trainMs,
  };
}

// The app went away (closed, crashed, or the job's worker ended): nobody waits for the answer.
process.once('disconnect', () => process.exit(0));

process.once('message', (m: unknown) => {
  optimise(m as FsrsChildRequest).then(
    (a) => process.send?.(a, () => process.exit(0)),
    (e: unknown) => process.send?.({ ok: false, error: e instanceof Error ? e.message : String(e) } satisfies FsrsChildAnswer, () => process.exit(0)),
  );
});
