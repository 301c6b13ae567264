import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from '../../../src/shared/search/fuzzy';

describe('palette fuzzy filter', () => {
  it('matches subsequences, case-insensitively, and refuses the rest', () => {
    expect(fuzzyScore('dyncap', 'DynamoDB capacity modes')).not.toBeNull();
    expect(fuzzyScore('xyz', 'DynamoDB')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
    expect(fuzzyScore('capacity dynamodb', 'DynamoDB capacity modes')).not.toBeNull();
    expect(fuzzyScore('capacity xyz', 'DynamoDB capacity modes')).toBeNull();
  });

  it('prefers word starts and runs', () => {
    const items = ['Toggle theme', 'Go to Quiz', 'Start exam (65 questions)', 'Entry: Amazon EC2 (Elastic Compute Cloud)'];
    expect(fuzzyFilter('exam', items, (s) => s)[0]).toBe('Start exam (65 questions)');
    expect(fuzzyFilter('quiz', items, (s) => s)[0]).toBe('Go to Quiz');
    expect(fuzzyFilter('tt', items, (s) => s)[0]).toBe('Toggle theme');
    expect(fuzzyFilter('', items, (s) => s)).toEqual(items);
  });
});
