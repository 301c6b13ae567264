/**
 * Instance-type figures (vCPUs, memory, GPUs) checked against the shipped EC2 instance-type table
 * (src/shared/notes/instanceCheck.ts): wrong figures flagged with the table's cells and their source, and the
 * ways notes state other figures next to a type (storage, GPU memory, totals, comparisons, ranges) left alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/shared/kb/schemas';
import { checkSection } from '../../../src/shared/notes/factCheck';
import { buildInstanceSpecs, checkInstances } from '../../../src/shared/notes/instanceCheck';
import { checker, describeFlagCases } from './assertCases';

const root = join(import.meta.dirname, '..', '..', '..');
const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'datasets', 'ec2-instances.json'), 'utf8')));
const specs = buildInstanceSpecs(dataset);

describeFlagCases(
  'instance types: wrong vCPU, memory and GPU figures',
  [
    ['m5.large has 4 vCPUs and 8 GiB of memory', 'ec2:m5.large'],
    ['t3.micro: 2 vCPU, 2 GiB RAM', 'ec2:t3.micro'],
    ['c5.xlarge = 4 vCPU / 16 GiB', 'ec2:c5.xlarge'],
    ['t2.micro 1 vCPU 2 GiB', 'ec2:t2.micro'],
    ['- r5.2xlarge → 8 vCPU, 32 GB memory', 'ec2:r5.2xlarge'],
    ['p4d.24xlarge: 4 GPUs', 'ec2:p4d.24xlarge'],
    ['u-6tb1.metal: 12 TiB memory', 'ec2:u-6tb1.metal'],
    ['x1e.32xlarge: 128 vCPUs, 1,952 GiB memory', 'ec2:x1e.32xlarge'],
    ['m5.large: RAM: 16 GB', 'ec2:m5.large'],
    ['m5.xlarge has 4 vCPUs; m5.large has 4 vCPUs', 'ec2:m5.large'],
    ['t3.micro: 2 vCPUs, 1 GiB, burstable; t3.small: 2 vCPUs, 4 GiB', 'ec2:t3.small'],
    ['c6g.large (Graviton2): vCPUs = 4', 'ec2:c6g.large'],
  ],
  [
    'm5.large: 2 vCPUs, 8 GiB',
    'r5.large has 2 vCPUs and 16 GiB memory',
    't2.micro: 1 vCPU, 1 GB RAM (free tier)',
    'p4d.24xlarge has 8 NVIDIA A100 GPUs and 96 vCPUs',
    'x1e.32xlarge: 128 vCPUs, 3,904 GiB memory',
    'u-6tb1.metal: 6 TiB memory',
    // Rounded as notes write it: 3.75 GiB, 15.25 GiB.
    'c4.large: 2 vCPU, ~4 GB memory',
    'i3.large ~15 GB RAM',
    'i3.large has 15.25 GiB memory and a 475 GB NVMe SSD',
    // Other sizes beside the type: storage, GPU memory, per-vCPU ratios.
    'm5.large with a 100 GiB gp3 volume',
    'm5d.large: 2 vCPU, 8 GiB, 75 GB NVMe SSD',
    'g5.xlarge: 24 GB GPU memory',
    'g5.xlarge: 4 vCPUs, 16 GiB, 1 A10G GPU (24 GB memory)',
    'A t3.large has 2 vCPUs and 8 GiB, i.e. 4 GiB per vCPU',
    // Comparisons, totals, counts, bounds, questions, other services' classes.
    'm5.large vs m5.xlarge: 2 vs 4 vCPUs',
    'm5.large is cheaper than a 4 vCPU c5',
    'm5.large x 4 = 8 vCPUs',
    '3 m5.large instances: 6 vCPUs',
    'm5.large: 2 vCPUs, 8 GiB, 20 vCPUs quota',
    'An m5.large running 4 vCPU-heavy threads',
    'm5.large can have up to 4 vCPUs?',
    'db.m5.large has 4 vCPUs',
    'cache.r6g.large: 13.07 GiB memory',
    'Scale from m5.large to m5.2xlarge (8 vCPUs)',
    'Myth: an m5.large has 4 vCPUs',
    'If an m5.large had 4 vCPUs, the license would cost double',
    't2.micro (1 vCPU, 1 GiB) was the free-tier type before 2024',
    'cluster of m5.large nodes, 48 vCPUs total',
  ],
);

describe('instance types: every type in the table', () => {
  const types = Object.entries(specs.specs);
  const gib = (n: number): string => `${n} GiB`;
  it('reads all 1,403 types of the shipped table', () => {
    expect(types.length).toBe(dataset.rows.length);
  });
  it("leaves each type's own figures alone, in several ways of writing them", () => {
    const flagged: string[] = [];
    for (const [t, [vcpu, mem, gpus]] of types) {
      const lines = [
        `${t}: ${vcpu} vCPUs, ${gib(mem)} memory`,
        `${t} has ${vcpu} vCPU and ${gib(mem)} of RAM`,
        `- ${t} = ${vcpu} vCPU / ${gib(mem)}${gpus ? `, ${gpus} GPUs` : ''}`,
      ];
      for (const l of lines) if (checkInstances(l, specs).length) flagged.push(l);
    }
    expect(flagged).toEqual([]);
  });
  it("flags each type's vCPUs or memory said twice as large, with the table's cells", () => {
    const missed: string[] = [];
    for (const [t, [vcpu, mem]] of types) {
      for (const l of [`${t}: ${vcpu * 2} vCPUs`, `${t} has ${gib(mem * 2)} of memory`]) {
        const f = checkInstances(l, specs);
        if (f.length !== 1 || f[0]!.ruleId !== `ec2:${t}` || !f[0]!.official.startsWith(`${t}: ${vcpu} vCPU`))
          missed.push(l);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('instance types: the flag as the importer stores it', () => {
  it('carries the line, the figure, the official cells, their source and as-of', () => {
    const text = '## Compute\n- m5.large has 4 vCPUs and 8 GiB of memory\n';
    const [f, ...rest] = checkSection(text, ['Compute'], checker);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'ec2:m5.large',
      verdict: 'wrong',
      lineIndex: 1,
      excerpt: '4 vCPUs',
      line: '- m5.large has 4 vCPUs and 8 GiB of memory',
      official: 'm5.large: 2 vCPUs, 8 GiB memory',
      source: dataset.columns.find((c) => c.key === 'vCPU')?.source,
      asOf: dataset.columns.find((c) => c.key === 'vCPU')?.asOf,
      suggestion: '2 vCPUs',
    });
    expect(text.slice(f!.start, f!.end)).toBe('4 vCPUs');
  });
  it('GPU figures cite the GPU column', () => {
    const [f] = checkSection('p4d.24xlarge: 4 GPUs', [], checker);
    expect(f?.source).toBe(dataset.columns.find((c) => c.key === 'gpus')?.source);
  });
});
