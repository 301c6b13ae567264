import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, markdownCell, parseCsv, toCsv, toMarkdown } from '../../../src/shared/table/export';

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and edge spaces; leaves plain text alone', () => {
    expect(csvField('m5.large')).toBe('m5.large');
    expect(csvField('1,000')).toBe('"1,000"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });

  it('writes CRLF-terminated records', () => {
    const csv = toCsv({ headers: ['Instance type', 'Memory (GiB)'], rows: [['m5.large', '8'], ['x, "y"', '1,024']] });
    expect(csv).toBe('Instance type,Memory (GiB)\r\nm5.large,8\r\n"x, ""y""","1,024"\r\n');
  });

  it('round-trips through parseCsv for any text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', '|', 'é', '1') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }), (w, raw) => {
        const rows = raw.map((r) => r.slice(0, w));
        const headers = Array.from({ length: w }, (_, i) => `h${i}`);
        expect(parseCsv(toCsv({ headers, rows }))).toEqual([headers, ...rows]);
      }),
    );
  });
});

describe('Markdown', () => {
  it('escapes pipes and backslashes and turns line breaks into <br>', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('C:\\x')).toBe('C:\\\\x');
    expect(markdownCell('one\ntwo')).toBe('one<br>two');
  });

  it('writes a GFM table with right-aligned numeric columns and an optional caption', () => {
    const md = toMarkdown(
      { headers: ['Type', 'vCPU', 'Notes'], rows: [['m5.large', '2', 'a | b'], ['c5.xlarge', '4', '']] },
      { rightAligned: [false, true, false], caption: '_Source: example_' },
    );
    expect(md).toBe(
      [
        '| Type | vCPU | Notes |',
        '| --- | ---: | --- |',
        '| m5.large | 2 | a \\| b |',
        '| c5.xlarge | 4 |  |',
        '',
        '_Source: example_',
        '',
      ].join('\n'),
    );
  });

  it('every row has as many unescaped pipes as the header (no cell can split)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '|', '\\', '\n', ' ') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        const lines = toMarkdown({ headers: ['a', 'b', 'c'], rows }).trimEnd().split('\n');
        const pipes = (l: string): number => (l.replace(/\\\\/g, '').match(/(?<!\\)\|/g) ?? []).length;
        for (const l of lines) expect(pipes(l)).toBe(4);
        expect(lines).toHaveLength(rows.length + 2);
      }),
    );
  });
});
