import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../../src/main/kb/build';
import { inScopeCoverage, questionServes } from '../../../src/shared/kb/inScopeCoverage';
import type { InScopeFile } from '../../../src/shared/kb/schemas';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');

const q = (kbEntry: string, stem: string, correct: string, exams?: { 'saa-c03'?: ['secure']; 'dva-c02'?: ['development'] }) => ({
  kbEntry,
  stem,
  domain: 'secure' as const,
  exams,
  options: [
    { text: correct, correct: true, explanation: 'right one' },
    { text: 'Amazon Polly', correct: false, explanation: 'wrong one' },
  ],
});

const FILE: InScopeFile = {
  services: {
    lambda: { name: 'AWS Lambda', entries: ['lambda'] },
    rekognition: { name: 'Amazon Rekognition', entries: ['ai-services'], match: ['Rekognition'] },
    polly: { name: 'Amazon Polly', entries: ['ai-services'], match: ['Polly'] },
    keyspaces: { name: 'Amazon Keyspaces', entries: [] },
  },
  exams: [
    {
      exam: 'saa-c03',
      source: 'https://docs.aws.amazon.com/x',
      asOf: '2026-12-03',
      note: 'test fixture',
      categories: [
        { name: 'Compute', confirmed: true, services: ['lambda'] },
        { name: 'Machine Learning', confirmed: true, services: ['rekognition', 'polly'] },
        { name: 'Serverless', confirmed: true, services: ['lambda', 'keyspaces'] },
      ],
    },
  ],
};

describe('in-scope coverage', () => {
  it('credits an umbrella entry question to the service its stem or a correct option names, never a distractor', () => {
    const s = FILE.services['rekognition']!;
    expect(questionServes(s, q('ai-services', 'Flag unsafe images.', 'Amazon Rekognition content moderation'))).toBe(true);
    expect(questionServes(s, q('ai-services', 'Why does Rekognition fit?', 'Because it is managed'))).toBe(true);
    expect(questionServes(FILE.services['polly']!, q('ai-services', 'Flag unsafe images.', 'Amazon Rekognition'))).toBe(false);
    expect(questionServes(s, q('lambda', 'Rekognition from Lambda?', 'Amazon Rekognition'))).toBe(false);
  });

  it('counts a service listed twice once, and only questions that serve the exam', () => {
    const qs = [
      ...Array.from({ length: 4 }, (_, i) => q('lambda', `Lambda ${i}`, 'x')),
      q('lambda', 'DVA only', 'x', { 'dva-c02': ['development'] }),
      q('ai-services', 'Images', 'Amazon Rekognition'),
    ];
    const [c] = inScopeCoverage(FILE, qs);
    expect(c).toMatchObject({ exam: 'saa-c03', listed: 5, covered: 1 });
    expect(c!.services.map((s) => [s.id, s.questions])).toEqual([
      ['lambda', 4],
      ['rekognition', 1],
      ['polly', 0],
      ['keyspaces', 0],
    ]);
    expect(c!.withoutEntry.map((s) => s.id)).toEqual(['keyspaces']);
    expect(c!.thin.map((s) => s.id)).toEqual(['rekognition', 'polly']);
  });

  it('data/exams/in-scope.json lists both associate exams and every service it maps resolves to a KB entry', () => {
    const src = loadSources(DATA);
    expect(src.problems).toEqual([]);
    expect(src.inScope?.exams.map((e) => e.exam)).toEqual(['saa-c03', 'dva-c02']);
    const cov = inScopeCoverage(src.inScope!, src.questions);
    // As published: SAA-C03 lists 123 services (AppSync and Redshift twice), DVA-C02 47.
    expect(cov.map((c) => [c.listed, c.services.length])).toEqual([
      [123, 121],
      [47, 47],
    ]);
  });
});
