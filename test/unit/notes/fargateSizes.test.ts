/**
 * Fargate task sizes (src/shared/notes/fargateSizeCheck.ts): the memory said of a task's CPU size checked against
 * the shipped table of valid combinations (data/datasets/fargate-task-sizes.json); and a figure that sizes one
 * task ("a 4 vCPU Fargate task") is not read as the per-task maximum (claimCheck.ts, `sized`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/shared/kb/schemas';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { buildFargateSizes, checkFargateSizes } from '../../../src/shared/notes/fargateSizeCheck';
import { checker, describeFlagCases } from './assertCases';

const root = join(import.meta.dirname, '..', '..', '..');
const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'datasets', 'fargate-task-sizes.json'), 'utf8')));
const table = buildFargateSizes(dataset);

describeFlagCases(
  'Fargate task sizes: memory not allowed for the CPU size',
  [
    ['Fargate 2 vCPU task: 2-8 GB of memory', 'fargate-size:2'],
    ['- fargate, 1 vCPU → 1 GB to 4 GB RAM', 'fargate-size:1'],
    ['A 0.5 vCPU Fargate task can have up to 8 GB', 'fargate-size:0.5'],
    ['Fargate .25 vCPU: 0.5, 1, 2 or 4 GB memory', 'fargate-size:0.25'],
    ['Fargate 8 vCPU → memory between 16 GB and 120 GB', 'fargate-size:8'],
    ['Fargate 16 vCPU: 32–120 GB in 4 GB steps', 'fargate-size:16'],
    ['On Fargate a 4 vCPU task maxes out at 16 GB of memory', 'fargate-size:4'],
    ['Fargate: 2 vCPU with 20 GB memory is a valid size', 'fargate-size:2'],
  ],
  [
    'Fargate 2 vCPU task: 4-16 GB memory in 1 GB increments',
    'Fargate 0.25 vCPU → 512 MiB, 1 GB or 2 GB',
    'Fargate sizes run from 0.25 vCPU / 0.5 GB up to 16 vCPU / 120 GB',
    'Fargate 8 vCPU: 16–60 GB (4 GB steps); 16 vCPU: 32–120 GB (8 GB steps), Linux platform 1.4.0+',
    'A 4 vCPU Fargate task with 8 GB memory',
    'A 4 vCPU Fargate task with 20 GB of ephemeral storage',
    'Fargate 4 vCPU task with 20 GB ephemeral storage',
    // Other compute services' sizes, comparisons, history, questions, minimums.
    'App Runner goes up to 4 vCPU / 12 GB, less than Fargate',
    'Lambda 2 vCPU at about 3.5 GB of memory; Fargate is sized separately',
    'Before 2022, Fargate tasks stopped at 4 vCPU and 30 GB',
    'Can a 2 vCPU Fargate task take 32 GB?',
    'Fargate 2 vCPU needs at least 4 GB of memory',
    '| Fargate | 2 vCPU | 2-8 GB |',
  ],
);

describe('Fargate task sizes: every valid combination and its neighbours', () => {
  it('reads the seven CPU sizes of the shipped table', () => {
    expect(table.sizes.map((s) => s.vcpu)).toEqual([0.25, 0.5, 1, 2, 4, 8, 16]);
  });
  it('leaves every allowed size, range and bound alone, and flags every size outside the table', () => {
    const wrongLeft: string[] = [];
    const rightFlagged: string[] = [];
    for (const s of table.sizes) {
      const allowed = s.valuesGB ?? Array.from({ length: Math.round((s.maxGB - s.minGB) / (s.stepGB ?? 1)) + 1 }, (_, i) => s.minGB + i * (s.stepGB ?? 1));
      for (const gb of allowed) {
        const l = `Fargate ${s.vcpu} vCPU task with ${gb} GB memory`;
        if (checkFargateSizes(l, table).length) rightFlagged.push(l);
      }
      for (const l of [`Fargate ${s.vcpu} vCPU: ${s.minGB}-${s.maxGB} GB`, `Fargate ${s.vcpu} vCPU: up to ${s.maxGB} GB memory`])
        if (checkFargateSizes(l, table).length) rightFlagged.push(l);
      for (const gb of [s.minGB / 2, s.maxGB * 2, s.maxGB + (s.stepGB ?? 1) / 2]) {
        const l = `Fargate ${s.vcpu} vCPU task with ${gb} GB memory`;
        const f = checkFargateSizes(l, table);
        if (f.length !== 1 || f[0]!.ruleId !== `fargate-size:${s.vcpu}`) wrongLeft.push(l);
      }
    }
    expect(rightFlagged).toEqual([]);
    expect(wrongLeft).toEqual([]);
  });
  it("flags with the row's own words, the table's source and as-of", () => {
    const [f, ...rest] = checkSection('Fargate 2 vCPU task: 2-8 GB of memory', [], checker);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'fargate-size:2',
      excerpt: '2-8 GB',
      official: '2 vCPU: 4 GB to 16 GB in 1 GB increments',
      source: dataset.source,
      asOf: dataset.asOf,
    });
  });
  it('replaces the per-task maximum flag on the same words with the size-specific one', () => {
    const flags = checkSection('Fargate 0.25 vCPU tasks can have up to 4 GB RAM', [], checker);
    expect(flags.map((f) => f.ruleId)).toEqual(['fargate-size:0.25']);
  });
});
