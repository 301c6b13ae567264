import { describe, expect, it } from 'vitest';
import { numericView, traceLines, type GeneratedQuestion } from '../../../src/main/study/numeric';
import { testApp } from '../../helpers/app';

const G: GeneratedQuestion = {
  id: 'num:dynamodb-rcu:42',
  kind: 'dynamodb-rcu',
  stem: 'A table reads 20 items/s of 9 KB, strongly consistent. How many RCU?',
  options: [
    { text: '45 RCU', correct: false, explanation: 'Forgot to round 9 KB up to 12 KB.' },
    { text: '60 RCU', correct: true, explanation: '3 units × 20 reads.' },
    { text: '30 RCU', correct: false, explanation: 'Eventually consistent halves it.' },
  ],
  correctIndex: 1,
  trace: [{ label: 'units per read', formula: 'ceil(9 / 4)', value: 3 }, 'RCU = 3 × 20 = 60'],
  domain: 'performant',
  topic: 'dynamodb',
  kbEntry: 'dynamodb',
};

describe('generated numeric questions in the quiz', () => {
  it('keeps the generator order (index = position) and turns the trace into lines', () => {
    const v = numericView(G, 42, new Map([['dynamodb', 'Amazon DynamoDB']]));
    expect(v.options.map((o) => o.index)).toEqual([0, 1, 2]);
    expect(v.options[G.correctIndex]!.correct).toBe(true);
    expect(v.kbTitle).toBe('Amazon DynamoDB');
    expect(v.numeric).toEqual({ kind: 'dynamodb-rcu', seed: 42 });
    expect(v.trace).toEqual(['units per read: ceil(9 / 4) = 3', 'RCU = 3 × 20 = 60']);
  });

  it('reads string and {steps} traces too', () => {
    expect(traceLines('a\n\nb')).toEqual(['a', 'b']);
    expect(traceLines({ steps: ['x'] })).toEqual(['x']);
    expect(traceLines(null)).toEqual([]);
  });

  it('serves generated questions through quiz.numeric with the trace as explanation, and records answers', async () => {
    const app = testApp();
    try {
      const cat = await app.call('quiz.catalog', {});
      expect(cat.ok && cat.value.numericKinds).toContain('dynamodb-rcu');
      const r = await app.call('quiz.numeric', { kind: 'dynamodb-rcu', seed: 7 });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.options.filter((o) => o.correct)).toHaveLength(1);
        expect((r.value.trace ?? []).join(' ')).toMatch(/RCU/);
      }
      const bad = await app.call('quiz.numeric', { kind: 'nope' as never, seed: 1 });
      expect(bad.ok).toBe(false);
    } finally {
      app.dispose();
    }
  });
});
