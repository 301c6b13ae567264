import { describe, expect, it } from 'vitest';
import { highlightTerms, makeSnippet, plainGap } from '../../../src/shared/search/snippet';

const show = (s: string): string => s.replace(/\u0002/g, '[').replace(/\u0003/g, ']');

describe('makeSnippet', () => {
  it('highlights the typed words and drops Markdown markers between words', () => {
    const body =
      'Interface endpoints.\n## Gateway endpoints\nAvailable only for **Amazon S3** and `DynamoDB`.\n- route tables\n> no cost';
    const s = show(makeSnippet(body, highlightTerms('s3 gateway', false)));
    expect(s).toBe(
      'Interface endpoints. [Gateway] endpoints Available only for Amazon [S3] and DynamoDB. · route tables no cost',
    );
  });

  it('keeps a spaced-out asterisk (arithmetic) and single underscores (identifiers)', () => {
    expect(plainGap(' * ')).toBe(' * ');
    expect(plainGap('_')).toBe('_');
    expect(plainGap(' >= ')).toBe(' >= ');
    expect(plainGap('# and ')).toBe('# and ');
    expect(show(makeSnippet('cost = 2 * 3 for STANDARD_IA', highlightTerms('standard', false)))).toBe(
      'cost = 2 * 3 for [STANDARD]_IA',
    );
  });

  it('matches a prefix while typing and starts a few words before the first match', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const s = show(makeSnippet(`${words} DynamoDB tables`, highlightTerms('dyna', true), 8));
    expect(s).toBe('…w37 w38 w39 [DynamoDB] tables');
  });
});
