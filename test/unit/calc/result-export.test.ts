import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/shared/calc';
import { resultCsv, resultMarkdown, outputUnit } from '../../../src/shared/calc/resultExport';
import { parseCsv, toCsv } from '../../../src/shared/table/export';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

// Issue 17: "the calculator CSV has raw keys and no inputs"; Markdown for meeting notes needs inputs,
// results, traces, sources and dates.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const US: PricePack = pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', 'us-east-1.json'), 'utf8')));
const input = { volumeType: 'gp3', sizeGiB: 2000, iops: 5000, throughputMiBps: 200 };
const r = runCalculator('ebs', input, US);
if (!r.ok) throw new Error(r.error.message);
const output = r.value;
const meta = { calculator: 'ebs', title: 'EBS volume', region: 'us-east-1', priceAsOf: US.asOf };

describe('calculator CSV', () => {
  const rows = parseCsv(toCsv(resultCsv(meta, input, output)));
  it('has a header, the inputs first with their units, then results with human labels and units', () => {
    expect(rows[0]).toEqual(['Section', 'Figure', 'Value', 'Unit']);
    expect(rows.slice(1, 5)).toEqual([
      ['Input', 'Volume Type', 'gp3', ''],
      ['Input', 'Size GiB', '2000', 'GiB'],
      ['Input', 'IOPS', '5000', 'IOPS'],
      ['Input', 'Throughput MiB/s', '200', 'MiB/s'],
    ]);
    // Worked example in ebs.ts: 2,000 × $0.08 + 2,000 × $0.005 + 75 × $0.04 = $173 a month, as a plain number.
    expect(rows).toContainEqual(['Result', 'Monthly › Total', '173', 'USD']);
    expect(rows).toContainEqual(['Result', 'Throughput MiB/s', '200', 'MiB/s']);
    expect(rows.find((x) => x[0] === 'Prices')).toEqual(['Prices', 'us-east-1 prices as of', US.asOf, 'date']);
    expect(rows.every((x) => x.length === 4)).toBe(true);
    // No raw dotted keys.
    expect(rows.some((x) => x[0] === 'Result' && /\./.test(x[1]!))).toBe(false);
  });
  it('names units from the key', () => {
    expect(outputUnit('monthly.storage')).toBe('USD');
    expect(outputUnit('steadyStateMonthlyUSD')).toBe('USD');
    expect(outputUnit('sustainedThroughputMiBps')).toBe('MiB/s');
    expect(outputUnit('effectiveIops')).toBe('IOPS');
    expect(outputUnit('bottleneck')).toBe('');
  });
});

describe('calculator Markdown', () => {
  const md = resultMarkdown(meta, input, output);
  it('has the region and date, inputs with units, results, the trace and the price sources', () => {
    expect(md).toContain(`us-east-1 prices as of ${US.asOf}.`);
    expect(md).toContain('| Size GiB | 2,000 GiB |');
    expect(md).toContain('| Monthly › Total | $173.00 |');
    expect(md).toContain('**How it was worked out**');
    expect(md).toMatch(/\*\*Sources\*\*\n\n- https:\/\/aws\.amazon\.com\/ebs\/pricing\/ \(as of \d{4}-\d{2}-\d{2}\): ebs\.gp3\./);
  });
});
