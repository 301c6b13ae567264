import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCalcInput,
  decodeEstimate,
  encodeCalcInput,
  encodeEstimate,
  estimateCsv,
  estimateMarkdown,
  headlineMonthlyUSD,
  lineDelta,
  summarizeVariant,
  type EstimateDoc,
  type LineCost,
} from '../../../src/shared/estimate/model';

const doc: EstimateDoc = {
  version: 1,
  name: 'Clickstream pipeline',
  variants: [
    {
      id: 'v-a',
      name: 'Provisioned',
      lines: [
        { id: 'l-1', calculator: 'kinesis', label: 'Ingest stream', note: '2 consumers', input: { region: 'us-east-1', recordsPerSecond: 3000, avgRecordKB: 1 } },
        { id: 'l-2', calculator: 'lambda', label: '', note: '', input: { region: 'eu-west-1' } },
        { id: 'l-3', calculator: 'lambda', label: 'Enricher', note: 'needs "quotes", and, commas', input: {} },
      ],
    },
    { id: 'v-b', name: 'Bigger', lines: [{ id: 'l-1', calculator: 'kinesis', label: 'Ingest stream', note: '', input: { region: 'us-east-1' } }] },
  ],
};

const costs = new Map<string, LineCost>([
  ['l-1', { ok: true, monthlyUSD: 69.644, basis: 'monthly total' }],
  ['l-2', { ok: true, monthlyUSD: 18.735, basis: 'monthly total' }],
  ['l-3', { ok: false, message: 'memoryMB must be at most 10240' }],
]);

describe('estimate model', () => {
  it('sums lines by service in rounded cents, with a yearly figure, leaving out lines that failed', () => {
    const s = summarizeVariant(doc.variants[0]!, costs);
    expect(s.monthlyUSD).toBe(88.38); // 69.64 + 18.74
    expect(s.yearlyUSD).toBe(1060.56);
    expect(s.byService).toEqual([
      { service: 'Amazon Kinesis Data Streams', monthlyUSD: 69.64 },
      { service: 'AWS Lambda', monthlyUSD: 18.74 },
    ]);
    expect(s.failed).toBe(1);
  });

  it('takes each calculator’s headline monthly figure, saying what it is', () => {
    expect(headlineMonthlyUSD('dynamodb', { cheaper: 'provisioned', monthly: { provisioned: { total: 164.34 }, onDemand: { total: 538.1 } } }, {})).toEqual({
      ok: true,
      monthlyUSD: 164.34,
      basis: 'provisioned capacity (the cheaper mode)',
    });
    expect(headlineMonthlyUSD('dynamodb', { cheaper: 'provisioned', monthly: { provisioned: { total: 1 }, onDemand: { total: 2 } } }, { capacityMode: 'on-demand' })).toMatchObject({ monthlyUSD: 2 });
    expect(headlineMonthlyUSD('s3-lifecycle', { total: 11462.13 }, { months: 36 })).toMatchObject({ monthlyUSD: 11462.13 / 36, basis: 'average month over 36 months' });
    expect(headlineMonthlyUSD('s3-lifecycle', { total: 11462.13, steadyStateMonthlyUSD: 287.85, steadyStateFromMonth: 26 }, { months: 36 })).toMatchObject({
      monthlyUSD: 287.85,
      basis: 'steady-state month (from month 26)',
    });
    expect(headlineMonthlyUSD('ebs', { monthly: { total: 173 } }, {})).toMatchObject({ monthlyUSD: 173 });
    expect(headlineMonthlyUSD('lambda', {}, {}).ok).toBe(false);
  });

  it('gives per-line deltas against the first variant (matched by id)', () => {
    const b = new Map<string, LineCost>([['l-1', { ok: true, monthlyUSD: 100, basis: '' }]]);
    expect(lineDelta(doc.variants[0]!, doc.variants[1]!.lines[0]!, b, costs)).toBe(30.36);
  });

  it('round-trips through a share link and through exported JSON, and rejects anything else with a reason', () => {
    expect(decodeEstimate(encodeEstimate(doc))).toEqual({ ok: true, value: doc });
    expect(decodeEstimate(JSON.stringify(doc))).toEqual({ ok: true, value: doc });
    const bad = decodeEstimate(encodeEstimate({ ...doc, variants: [] } as unknown as EstimateDoc));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toMatch(/variants/);
    expect(decodeEstimate('e1.%%%').ok).toBe(false);
    expect(decodeEstimate('x9.abc').ok).toBe(false);
    const wrongCalc = JSON.stringify({ ...doc, variants: [{ ...doc.variants[0], lines: [{ ...doc.variants[0]!.lines[0], calculator: 'ec2' }] }] });
    expect(decodeEstimate(wrongCalc).ok).toBe(false);
  });

  it('any valid estimate survives the link (property)', () => {
    const line = fc.record({
      id: fc.stringMatching(/^[\w-]{1,40}$/),
      calculator: fc.constantFrom('dynamodb', 'kinesis', 'lambda', 'ebs', 's3-lifecycle' as const),
      label: fc.string({ maxLength: 40 }).map((s) => s.trim()),
      note: fc.string({ maxLength: 80 }),
      input: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 10 }), fc.boolean())),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0), (lines, name) => {
        const d: EstimateDoc = { version: 1, name: name.trim(), variants: [{ id: 'v', name: 'A', lines }] };
        const r = decodeEstimate(encodeEstimate(d));
        expect(r).toEqual({ ok: true, value: d });
      }),
      { numRuns: 300 },
    );
  });

  it('a calculator link restores exactly its inputs, for that calculator only', () => {
    const input = { region: 'eu-west-1', recordsPerSecond: 900, avgRecordKB: 1.1 };
    expect(decodeCalcInput('kinesis', encodeCalcInput('kinesis', input))).toEqual({ ok: true, value: input });
    expect(decodeCalcInput('lambda', encodeCalcInput('kinesis', input)).ok).toBe(false);
  });

  it('exports CSV with human headers, numbers as numbers and the inputs; Markdown for meeting notes', () => {
    const computed = doc.variants.map((variant) => ({ variant, costs, summary: summarizeVariant(variant, costs) }));
    const csv = estimateCsv(doc, computed).split('\r\n');
    expect(csv[0]).toBe('Variant,Service,Line,Region,Monthly cost (USD),Yearly cost (USD),Basis,Note,Inputs (JSON)');
    expect(csv[1]).toBe('Provisioned,Amazon Kinesis Data Streams,Ingest stream,us-east-1,69.64,835.68,monthly total,2 consumers,"{""region"":""us-east-1"",""recordsPerSecond"":3000,""avgRecordKB"":1}"');
    expect(csv[3]).toContain('"needs ""quotes"", and, commas"');
    expect(csv).toContain('Provisioned,Total,,,88.38,1060.56,,,');
    const md = estimateMarkdown(doc, computed, ['us-east-1 prices as of 2026-11-25']);
    expect(md).toContain('## Provisioned: $88.38 per month, $1,060.56 per year');
    expect(md).toContain('| AWS Lambda | Enricher | us-east-1 | not computed | memoryMB must be at most 10240 |');
    expect(md).toContain('- us-east-1 prices as of 2026-11-25');
  });
});
