/**
 * Where a Reference table (data/datasets) and a KB fact (data/kb) both state one figure, they must say the same:
 * the entry page, the table and the fact-check would otherwise show a user two answers. Each pair names the fact
 * and the cell; a change to one without the other fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, kbEntrySchema, type Dataset } from '../../../src/shared/kb/schemas';

const root = join(import.meta.dirname, '..', '..', '..');
const table = (id: string): Dataset =>
  datasetSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'datasets', `${id}.json`), 'utf8')));
const facts = new Map(
  ['ebs', 's3-storage-classes', 'fargate'].flatMap((e) =>
    kbEntrySchema.parse(JSON.parse(readFileSync(join(root, 'data', 'kb', `${e}.json`), 'utf8'))).facts.map((f) => [f.id, f] as const),
  ),
);
/** A fact's figure in the table's unit. */
function figure(id: string, factor = 1): number {
  const f = facts.get(id);
  if (!f || typeof f.numeric !== 'number') throw new Error(`no numeric fact ${id}`);
  return f.numeric * factor;
}
const cell = (d: Dataset, key: string, column: string): unknown => d.rows.find((r) => r[d.keyColumn] === key)?.[column];

describe('Reference tables agree with the KB facts that state the same figure', () => {
  it('EBS volume types: IOPS, throughput and size limits', () => {
    const d = table('ebs-volume-types');
    const pairs: [string, string, string, number?][] = [];
    for (const vt of ['gp3', 'gp2', 'io2', 'io1', 'st1', 'sc1'])
      pairs.push(
        [vt, 'maxIops', `ebs.${vt}.max-iops`],
        [vt, 'maxThroughputMiBps', `ebs.${vt}.max-throughput`],
        [vt, 'minSizeGiB', `ebs.${vt}.min-size`],
        [vt, 'maxSizeGiB', `ebs.${vt}.max-size`, 1024],
      );
    for (const [vt, column, id, factor] of pairs) expect(cell(d, vt, column), `${vt}.${column} vs ${id}`).toBe(figure(id, factor));
  });

  it('S3 storage classes: availability, minimum duration and minimum billable size', () => {
    const d = table('s3-storage-classes');
    const pairs: [string, string, string][] = [
      ['S3 Standard', 'availabilityPct', 's3-storage-classes.standard.availability'],
      ['S3 Standard-IA', 'availabilityPct', 's3-storage-classes.standard-ia.availability'],
      ['S3 One Zone-IA', 'availabilityPct', 's3-storage-classes.one-zone-ia.availability'],
      ['S3 Express One Zone', 'availabilityPct', 's3-storage-classes.express-one-zone.availability'],
      ['S3 Glacier Instant Retrieval', 'availabilityPct', 's3-storage-classes.glacier-ir.availability'],
      ['S3 Glacier Flexible Retrieval', 'availabilityPct', 's3-storage-classes.glacier-flexible.availability'],
      ['S3 Glacier Deep Archive', 'availabilityPct', 's3-storage-classes.deep-archive.availability'],
      ['S3 Standard-IA', 'minStorageDurationDays', 's3-storage-classes.ia.min-duration'],
      ['S3 Glacier Instant Retrieval', 'minStorageDurationDays', 's3-storage-classes.glacier-ir.min-duration'],
      ['S3 Glacier Deep Archive', 'minStorageDurationDays', 's3-storage-classes.deep-archive.min-duration'],
      ['S3 Standard-IA', 'minBillableObjectKB', 's3-storage-classes.ia.min-object-size'],
      ['S3 Glacier Flexible Retrieval', 'minBillableObjectKB', 's3-storage-classes.glacier-flexible.min-object-size'],
      ['S3 Glacier Deep Archive', 'minBillableObjectKB', 's3-storage-classes.deep-archive.min-object-size'],
    ];
    for (const [cls, column, id] of pairs) expect(cell(d, cls, column), `${cls}.${column} vs ${id}`).toBe(figure(id));
  });

  it("Fargate task sizes: the largest size and its memory are the KB's per-task maximums", () => {
    const d = table('fargate-task-sizes');
    const largest = d.rows[d.rows.length - 1]!;
    expect(largest.vCPU).toBe(figure('fargate.task.max-vcpu'));
    expect(largest.memoryMaxGB).toBe(figure('fargate.task.max-memory'));
    expect(d.rows[0]!.vCPU).toBe(figure('fargate.task.min-vcpu'));
  });
});
