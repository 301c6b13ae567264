import type { Grade } from 'ts-fsrs';

/**
 * The app's review log as the FSRS optimiser (fsrs-rs) reads it: one history per card, its reviews in time
 * order, each with the rating (1–4) and `deltaT`, the whole days since the card's previous review (0 for the
 * first review and for further reviews on the same study day). A training item is a prefix of a history
 * ending in a review made on a later day than the one before it: the optimiser checks its recall prediction
 * there. Same-day reviews stay inside histories (FSRS-6's short-term parameters use them) but never end an
 * item, which is how Anki builds its training set (a review 10 minutes after the previous one says nothing
 * about the forgetting curve over days).
 */

export interface LogRow {
  cardId: string;
  /** ms since epoch. */
  at: number;
  rating: Grade;
  /** The card was new before this answer (review_log.prev IS NULL): its first review, or the first after a reset. */
  wasNew: boolean;
}

export interface ItemReview {
  rating: Grade;
  deltaT: number;
}

const DAY_MS = 86_400_000;

/** The local study day of an instant (days since the epoch, counted from local midnight), as startOfDay uses. */
export function localDay(ms: number): number {
  const offsetMin = new Date(ms).getTimezoneOffset();
  return Math.floor((ms - offsetMin * 60_000) / DAY_MS);
}

/**
 * Per-card histories. A card reset to new (its log keeps the old answers) starts a new history at its
 * last introduction: the memory model starts from scratch there, as Anki cuts a card's revlog at its last
 * "forget". Cards whose first logged answer was not made on a new card (a log cut by an old backup) are
 * dropped: their starting state is unknown.
 */
export function fsrsHistories(log: readonly LogRow[], dayOf: (ms: number) => number = localDay): ItemReview[][] {
  const byCard = new Map<string, LogRow[]>();
  for (const r of log) {
    let a = byCard.get(r.cardId);
    if (!a) byCard.set(r.cardId, (a = []));
    a.push(r);
  }
  const out: ItemReview[][] = [];
  for (const rows of byCard.values()) {
    rows.sort((a, b) => a.at - b.at);
    let start = -1;
    for (let i = rows.length - 1; i >= 0; i--)
      if (rows[i]!.wasNew) {
        start = i;
        break;
      }
    if (start < 0) continue;
    const kept = rows.slice(start);
    out.push(kept.map((r, i) => ({ rating: r.rating, deltaT: i === 0 ? 0 : Math.max(0, dayOf(r.at) - dayOf(kept[i - 1]!.at)) })));
  }
  return out;
}

/** Training items: every prefix of a history that ends in a review on a later day than the previous one. */
export function trainingItems(histories: readonly ItemReview[][]): ItemReview[][] {
  const items: ItemReview[][] = [];
  for (const h of histories) for (let i = 1; i < h.length; i++) if (h[i]!.deltaT > 0) items.push(h.slice(0, i + 1));
  return items;
}

/** How many reviews a fit could learn from: reviews made a study day or more after the card's previous one. */
export function countTrainingReviews(histories: readonly ItemReview[][]): number {
  let n = 0;
  for (const h of histories) for (let i = 1; i < h.length; i++) if (h[i]!.deltaT > 0) n++;
  return n;
}
