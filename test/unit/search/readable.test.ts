import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksHashed, makeSnippet, noteTitle, readableText } from '../../../src/shared/search/snippet';

describe('readable note text in search results', () => {
  it('Markdown images become their alt text (or nothing), links their text', () => {
    expect(readableText('See ![VPC diagram](img/vpc.png) and ![](x.png) or [the docs](https://aws.amazon.com/vpc/).')).toBe(
      'See  VPC diagram  and   or the docs.',
    );
    expect(readableText('<img src="a.png" alt="arch"> <https://example.com/x>')).toBe(' arch   ');
    const snip = makeSnippet(readableText('Intro ![screenshot of the console](shots/console-9f3a.png) subnet routing'), [
      { word: 'subnet', prefix: false },
    ]);
    expect(snip).not.toMatch(/!\[|\]\(|png/);
    expect(snip).toContain('screenshot of the console');
  });

  it('hashed file names give way to the first heading', () => {
    expect(looksHashed('3f9a2b7c1d4e5f60.md')).toBe(true);
    expect(looksHashed('VPC notes 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md')).toBe(true);
    expect(looksHashed('0b7e6a2c-1f0e-4c55-9d0a-2b1c3d4e5f60.txt')).toBe(true);
    expect(looksHashed('dynamodb.md')).toBe(false);
    expect(looksHashed('2026-11-25 notes.md')).toBe(false);
    expect(noteTitle('3f9a2b7c1d4e5f60.md', ['VPC basics', 'Subnets'], 'VPC basics')).toBe('VPC basics › Subnets');
    expect(noteTitle('3f9a2b7c1d4e5f60.md', [], 'VPC basics')).toBe('VPC basics');
    expect(noteTitle('dynamodb.md', ['Indexes'], 'DynamoDB')).toBe('dynamodb.md › Indexes');
  });

  it('looksHashed answers as its three patterns do (its hex-run pre-check only skips names none can match) (property)', () => {
    const patterns = (fileName: string): boolean => {
      const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
      return (
        /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i.test(stem) ||
        /(?:^|[\s_-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}$/i.test(stem) ||
        /^[0-9a-f]{8,}$/i.test(stem)
      );
    };
    const name = fc
      .array(fc.constantFrom(...'0123456789abcdefABCDEF-_ .mdxyz'.split(''), '0b7e6a2c-1f0e-4c55-9d0a-2b1c3d4e5f60', '3f9a2b7c'), { maxLength: 40 })
      .map((cs) => cs.join(''));
    fc.assert(fc.property(name, (n) => looksHashed(n) === patterns(n)), { numRuns: 2000 });
  });
});

describe('abbreviation highlights', () => {
  it('marks the full name only where the whole phrase appears', () => {
    const snip = makeSnippet('Each global secondary index has its own throughput; a global table is different.', [
      { word: 'gsi', prefix: false, phrases: [[{ word: 'global', prefix: false }, { word: 'secondary', prefix: false }, { word: 'index', prefix: true }]] },
    ]);
    expect(snip).toBe('Each \u0002global\u0003 \u0002secondary\u0003 \u0002index\u0003 has its own throughput; a global table is different');
  });
});
