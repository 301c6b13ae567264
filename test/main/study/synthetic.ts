import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState, type Grade } from 'ts-fsrs';
import type { Db } from '../../../src/main/db/open';
import { mulberry32 } from '../../../bench/corpus';

const DAY = 86_400_000;

/** Deterministic PRNG: the bench corpus's mulberry32. */
const rng = mulberry32;

/**
 * A learner whose memory follows FSRS with weights unlike the defaults (initial stabilities 3–4× longer,
 * slower forgetting after a success), scheduled by the default FSRS at 90% retention. Each card: a first
 * answer, sometimes a same-day relearn after Again, then reviews at the scheduled day until ~120 days.
 * Recall is drawn from the true model, so a fit to this log should beat the defaults.
 */
export function seedSyntheticLog(db: Db, cards: number, seed: number): number {
  const rand = rng(seed);
  const trueW = [...default_w];
  trueW[0] = 0.8;
  trueW[1] = 4;
  trueW[2] = 8;
  trueW[3] = 25;
  trueW[8] = 2.3;
  const truth = new FSRSAlgorithm(generatorParameters({ w: trueW, enable_fuzz: false }));
  const sched = new FSRSAlgorithm(generatorParameters({ enable_fuzz: false }));
  const ins = db.prepare(
    `INSERT INTO review_log (card_id, kind, rating, reviewed_at, state_before, due_after, scheduled_days, prev)
     VALUES (?, 'custom', ?, ?, ?, ?, 0, ?)`,
  );
  const t0 = Date.parse('2026-01-05T09:00:00Z');
  let rows = 0;
  db.transaction(() => {
    for (let c = 0; c < cards; c++) {
      const id = `custom:syn-${c}`;
      let t = t0 + Math.floor(c / 20) * DAY + (c % 20) * 60_000;
      const log = (rating: Grade, first: boolean): void => {
        ins.run(id, rating, new Date(t).toISOString(), first ? 0 : 2, new Date(t).toISOString(), first ? null : '{}');
        rows++;
      };
      const u = rand();
      const first: Grade = u < 0.15 ? 1 : u < 0.25 ? 2 : u < 0.9 ? 3 : 4;
      log(first, true);
      let real: FSRSState = truth.next_state(null, 0, first);
      let model: FSRSState = sched.next_state(null, 0, first);
      if (first === 1) {
        // A same-day relearn ten minutes later (stays in the history, never a training target).
        t += 600_000;
        log(3, false);
        real = truth.next_state(real, 0, 3);
        model = sched.next_state(model, 0, 3);
      }
      let day = 0;
      while (day < 120) {
        const ivl = Math.max(1, Math.round(sched.next_interval(model.stability, 0)));
        day += ivl;
        t += ivl * DAY;
        const recalled = rand() < truth.forgetting_curve(ivl, real.stability);
        const v = rand();
        const rating: Grade = !recalled ? 1 : v < 0.1 ? 2 : v < 0.9 ? 3 : 4;
        log(rating, false);
        real = truth.next_state(real, ivl, rating);
        model = sched.next_state(model, ivl, rating);
      }
    }
  })();
  return rows;
}
