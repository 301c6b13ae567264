import { describe, expect, it } from 'vitest';
import { categoryLabel, numericKindLabel, topicLabel } from '../../../src/shared/quiz/labels';
import { NUMERIC_KINDS } from '../../../src/shared/quiz/numeric';

describe('human labels for slugs', () => {
  it.each([
    ['analytics-data-engineering', 'Analytics and data engineering'],
    ['security-identity', 'Security and identity'],
    ['compute-ec2', 'Compute (EC2)'],
    ['scaling-elb', 'Scaling (ELB)'],
    ['databases', 'Databases'],
    ['ml', 'ML'],
    ['some-new-topic', 'Some new topic'],
  ])('%s → %s', (slug, label) => {
    expect(topicLabel(slug)).toBe(label);
    expect(categoryLabel(slug)).toBe(label);
  });

  it('every numeric drill kind has its own label', () => {
    const labels = NUMERIC_KINDS.map(numericKindLabel);
    expect(new Set(labels).size).toBe(NUMERIC_KINDS.length);
  });
});
