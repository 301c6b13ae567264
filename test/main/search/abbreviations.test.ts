import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app';

/**
 * Abbreviations people type reach the KB's full names. For each: the abbreviation alone finds documents
 * naming the full form, and the best hit for the full name (as a phrase) is among the abbreviation's results.
 */
let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

async function refs(q: string, limit = 20): Promise<{ refs: string[]; text: string[] }> {
  const r = await app.call('search.query', { q, limit });
  if (!r.ok) throw new Error(r.error.message);
  return {
    refs: r.value.hits.map((h) => `${h.kind}:${h.ref}`),
    text: r.value.hits.map((h) => `${h.title} ${h.snippet}`.toLowerCase()),
  };
}

const CASES: [abbr: string, full: string][] = [
  ['GSI', 'global secondary index'],
  ['LSI', 'local secondary index'],
  ['RCU', 'read capacity unit'],
  ['WCU', 'write capacity unit'],
  ['IA', 'infrequent access'],
  ['EFO', 'enhanced fan-out'],
  ['PITR', 'point-in-time recovery'],
  ['ALB', 'application load balancer'],
  ['NLB', 'network load balancer'],
  ['SG', 'security group'],
  ['NACL', 'network acl'],
  ['ASG', 'auto scaling group'],
  ['AZ', 'availability zone'],
  ['DLQ', 'dead-letter queue'],
  ['RTO', 'recovery time objective'],
  ['SCP', 'service control policy'],
  ['TTL', 'time to live'],
  ['OAC', 'origin access control'],
  ['CRR', 'cross-region replication'],
  ['ENI', 'network interface'],
];

describe('search: abbreviations reach their full names (real KB)', () => {
  it('"dynamodb gsi" finds the GSIs-per-table fact that "global secondary index" finds', async () => {
    const full = await refs('dynamodb global secondary index');
    expect(full.refs).toContain('fact:dynamodb.gsi.default-quota');
    const abbr = await refs('dynamodb gsi');
    expect(abbr.refs.slice(0, 10)).toContain('fact:dynamodb.gsi.default-quota');
    const typing = await refs('dynamodb gsi ');
    expect(typing.refs.slice(0, 10)).toContain('fact:dynamodb.gsi.default-quota');
  });

  it.each(CASES)('%s finds what "%s" finds first, and shows the full name', async (abbr, full) => {
    // The full name as a phrase (its last word a prefix: plurals), as the user means it.
    const byFull = await refs(`"${full}"*`);
    // The first pages: the abbreviation also finds every fact written with it (session 8 added nine TTL
    // facts, which put the full name's first hit 21st for "TTL"; session 24's facts written with "AZ" ("single
    // AZ", "Multi-AZ") put "availability zone"'s first hit 41st for "AZ"; session 32's quota and limit facts
    // written with "AZ" (Single-AZ file systems, per-AZ quotas) put it past 50): the first hundred.
    const byAbbr = await refs(abbr, 100);
    expect(byFull.refs.length, `"${full}" finds nothing in the KB`).toBeGreaterThan(0);
    expect(byAbbr.refs, `"${abbr}" misses ${byFull.refs[0]}`).toContain(byFull.refs[0]);
    const first = full.split(/[\s-]+/)[0]!;
    expect(byAbbr.text.some((t) => t.includes(first))).toBe(true);
  });

  // The first two pages, as above: as the KB gains facts written with the abbreviation itself ("SCPs …", "NACLs
  // …", session 15), those rank beside the ones written with the full name, and both are what the user means.
  it('reports how much of each full-name query top 5 the abbreviation recovers in its first two pages', async () => {
    const rows: string[] = [];
    let sum = 0;
    let before = 0;
    for (const [abbr, full] of CASES) {
      const f = (await refs(`"${full}"*`)).refs.slice(0, 5);
      const a = new Set((await refs(abbr, 40)).refs);
      // Typed as a quoted phrase the abbreviation is not expanded: what search found before the table.
      const literal = new Set((await refs(`"${abbr}"`, 40)).refs);
      const got = f.filter((r) => a.has(r)).length;
      sum += got / Math.max(1, f.length);
      before += f.filter((r) => literal.has(r)).length / Math.max(1, f.length);
      rows.push(`${abbr}: ${got}/${f.length}`);
    }
    const mean = sum / CASES.length;
    const baseline = before / CASES.length;
    console.log(
      `abbreviation recall of the full-name top 5 (in the first two pages): mean ${mean.toFixed(2)} (unexpanded ${baseline.toFixed(2)}); ${rows.join(', ')}`,
    );
    expect(mean).toBeGreaterThan(0.9);
    expect(mean).toBeGreaterThan(baseline);
  });

  it('typed FTS syntax is not expanded', async () => {
    const r = await app.call('search.query', { q: '"gsi"' });
    expect(r.ok && r.value.hits.every((h) => /gsi/i.test(`${h.title} ${h.snippet}`))).toBe(true);
  });
});
