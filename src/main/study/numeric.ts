import type { QuestionView } from '../../shared/ipc/channels/study';
import { AppError } from '../../shared/result';
import type { Db } from '../db/open';

/**
 * Generated numeric questions (src/shared/quiz/numeric.ts, written separately). Until it lands, the
 * channel answers UNAVAILABLE and the catalog lists no kinds, so the UI hides the drill.
 */
export const NUMERIC_KINDS: readonly string[] = [];

export function generateNumeric(
  _kb: Db | null,
  kind: string,
  _seed: number,
  _region: string,
): { view: QuestionView; correctIndex: number } {
  throw new AppError('UNAVAILABLE', `Generated questions of kind "${kind}" are not available yet.`);
}
