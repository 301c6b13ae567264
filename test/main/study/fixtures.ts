import { join } from 'node:path';
import { openUserDb, type Db } from '../../../src/main/db/open';
import type { Bank } from '../../../src/main/study/bank';
import type { Domain } from '../../../src/shared/kb/provenance';
import type { Question } from '../../../src/shared/quiz/bankSchema';
import { tempDir } from '../../helpers/tmp';

/** A fresh, fully migrated user database in a temp folder. */
export function userDb(): { db: Db; dispose: () => void } {
  const t = tempDir('sd-study-');
  const { db } = openUserDb(join(t.dir, 'user.sqlite'));
  return {
    db,
    dispose: () => {
      db.close();
      t.cleanup();
    },
  };
}

export function question(id: string, domain: Domain, correct: number[] = [0], topic = 'storage'): Question {
  return {
    id,
    type: correct.length > 1 ? 'multi' : 'single',
    stem: `Stem of question ${id}, long enough for the schema.`,
    options: [0, 1, 2, 3].map((i) => ({ text: `${id} option ${i}`, correct: correct.includes(i), explanation: `Because ${id}/${i}.` })),
    domain,
    topic,
    kbEntry: 's3',
    source: 'https://docs.aws.amazon.com/',
    asOf: '2026-11-25',
  };
}

/** A small in-memory bank: 3 secure, 3 resilient, 2 performant, 2 cost. */
export function smallBank(): Bank {
  const questions = [
    ...['s1', 's2', 's3'].map((id) => question(id, 'secure', [0], 'iam')),
    ...['r1', 'r2', 'r3'].map((id) => question(id, 'resilient', [1], 'databases')),
    question('p1', 'performant', [0, 2], 'caching'),
    question('p2', 'performant', [3], 'caching'),
    question('c1', 'cost', [2], 'storage'),
    question('c2', 'cost', [0], 'storage'),
  ];
  return { questions, byId: new Map(questions.map((q) => [q.id, q])), kbTitles: new Map([['s3', 'Amazon S3']]) };
}
