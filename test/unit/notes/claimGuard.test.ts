import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import {
  vetClaim,
  type GuardFact,
  type GuardInput,
  type GuardKind,
} from '../../../src/shared/notes/claimGuard';
import { findQuantities, readUnit } from '../../../src/shared/notes/quantity';

/** A made-up fact: the guard only reads its words, kind, unit and figure. */
function fact(
  id: string,
  label: string,
  value: string,
  numeric: number,
  unit: string,
  kind: GuardKind,
  extra: { quota?: boolean; keywords?: string[] } = {},
): GuardFact {
  const u = readUnit(unit);
  return {
    fact: { id, label, value, numeric, check: extra.keywords ? { keywords: extra.keywords } : undefined },
    kind,
    dim: u.dim,
    noun: u.noun,
    official: numeric * u.factor,
    quota: extra.quota ?? false,
  };
}

const NOUNS = new Set(['widget', 'node', readUnit('IOPS').noun]);

/** Builds the guard's input for the figure written `figure` in `line`, as the checker would. */
function input(
  line: string,
  figure: string,
  f: GuardFact,
  opts: {
    kind?: GuardInput['claimKind'];
    siblings?: GuardFact[];
    names?: string[];
    variants?: string[];
    clause?: [number, number];
  } = {},
): GuardInput {
  const qs = findQuantities(line, NOUNS);
  const qi = qs.findIndex((x) => x.raw.trim().replace(/[,)]$/, '') === figure);
  if (qi < 0) throw new Error(`no quantity "${figure}" in: ${line} (${qs.map((x) => x.raw).join(' | ')})`);
  const spans = (words: string[] = []): { start: number; end: number }[] =>
    words.flatMap((w) => {
      const at = line.indexOf(w);
      return at < 0 ? [] : [{ start: at, end: at + w.length }];
    });
  const variants = spans(opts.variants);
  return {
    line,
    clauseStart: opts.clause?.[0] ?? 0,
    clauseEnd: opts.clause?.[1] ?? line.length,
    qs,
    qi,
    claimKind: opts.kind ?? null,
    fact: f,
    siblings: [f, ...(opts.siblings ?? [])],
    names: [...spans(opts.names), ...variants],
    variants,
    outdated: false,
    countNouns: NOUNS,
    nounMap: new Map([...NOUNS].map((n) => [n, new Set([n])])),
  };
}

describe('claim guard rules (made-up facts)', () => {
  const maxSize = fact('svc.blob.max-size', 'Maximum blob size', '2 GB', 2, 'GB', 'max');
  const minSize = fact('svc.blob.min-size', 'Minimum blob size', '4 KB', 4, 'KB', 'min');

  it('range-end: the low end of "from A up to B" says nothing about a maximum', () => {
    const line = 'Blobs may weigh from 8 KB up to 2 GB';
    expect(vetClaim(input(line, '8 KB', maxSize, { kind: 'min' }))).toBe('range-end');
    // …nor the high end about a minimum.
    expect(vetClaim(input(line, '2 GB', minSize, { kind: 'max' }))).toBe('range-end');
    // The low end still answers the minimum, and a lone figure is not a range.
    expect(vetClaim(input(line, '8 KB', minSize, { kind: 'min' }))).toBeNull();
    expect(vetClaim(input('Blobs may weigh up to 8 KB', '8 KB', maxSize, { kind: 'max' }))).toBeNull();
  });

  it('split-range: a name inside what was read as one range splits it into two figures', () => {
    const line = 'Pools: 400 Turbo widgets and 20 Basic widgets';
    const qs = findQuantities(line, NOUNS);
    // Read as one range here on purpose: the guard must not trust such a range.
    const joined = {
      ...(qs[0] as (typeof qs)[0]),
      low: 400,
      value: 20,
      end: line.length,
      raw: line.slice(7),
    };
    const f = fact('svc.pool.turbo', 'Turbo widgets per pool', '500', 500, 'widgets', 'max');
    const base = input('Pools: 400 Turbo widgets', '400 Turbo widgets', f, { variants: ['Turbo'] });
    const at = line.indexOf('Basic');
    const split = { ...base, line, qs: [joined], qi: 0, clauseEnd: line.length };
    expect(vetClaim({ ...split, names: [{ start: at, end: at + 5 }] })).toBe('split-range');
    expect(vetClaim({ ...split, names: [] })).not.toBe('split-range');
  });

  it('threshold: "larger than A" compares things with A; only a threshold beyond the maximum is wrong', () => {
    expect(
      vetClaim(input('Only blobs larger than 64 KB get compressed', '64 KB', maxSize, { kind: 'max' })),
    ).toBe('threshold');
    expect(vetClaim(input('You may keep blobs larger than 5 GB', '5 GB', maxSize))).toBeNull();
    expect(vetClaim(input('Blobs under 1 KB are padded', '1 KB', maxSize))).toBe('threshold');
    expect(vetClaim(input('Blobs under 1 KB are refused', '1 KB', minSize))).toBeNull();
  });

  it('modifier: the same noun qualified by an opposite or sibling word is another figure', () => {
    const write = fact('svc.write-unit.size', 'Write unit size', '1 KB', 1, 'KB', 'exact');
    const read = fact('svc.read-unit.size', 'Read unit size', '4 KB', 4, 'KB', 'exact');
    expect(vetClaim(input('A read unit covers 4 KB', '4 KB', write, { siblings: [read] }))).toBe('modifier');
    // The fact's own qualifier in the claim: no clash.
    expect(vetClaim(input('A write unit covers 4 KB', '4 KB', write, { siblings: [read] }))).toBeNull();
    // A plain adjective ("large") names no other fact: the flag stands.
    expect(vetClaim(input('A large unit covers 4 KB', '4 KB', write, { siblings: [read] }))).toBeNull();
    // Opposites are known without a sibling fact.
    const auto = fact('svc.backup.auto', 'Automated backup retention', '35 days', 35, 'days', 'max');
    expect(vetClaim(input('Manual backup retention is 90 days', '90 days', auto))).toBe('modifier');
    // An acronym qualifier ("PUT") is a name too.
    const header = fact('svc.header.max', 'Maximum origin request size', '20 KB', 20, 'KB', 'max');
    expect(vetClaim(input('Largest PUT request size: 5 GB', '5 GB', header))).toBe('modifier');
  });

  it('sibling: another fact states the figure and the claim uses that fact’s words', () => {
    const page = fact('svc.scan.page', 'Data returned by one Scan call', '1 MB', 1, 'MB', 'max');
    const bulk = fact('svc.bulk.items', 'Widgets per BulkPut call', '50 (up to 8 MB)', 50, 'widgets', 'max');
    const line = 'BulkPut takes 50 widgets and at most 8 MB per call';
    expect(vetClaim(input(line, '8 MB', page, { siblings: [bulk], names: ['BulkPut'] }))).toBe('sibling');
    // The flagged fact's own words around the figure keep the flag.
    expect(
      vetClaim(
        input('BulkPut is fine, but one Scan call returns 8 MB', '8 MB', page, {
          siblings: [bulk],
          names: ['BulkPut'],
        }),
      ),
    ).toBeNull();
    // A name in the other fact's label counts whole: "Alpha" in the claim does not make it "Alpha-Lite".
    const core = fact('svc.core.durability', 'Core durability', '99.999%', 99.999, '%', 'exact');
    const lite = fact('svc.lite.avail', 'Alpha-Lite availability', '90%', 90, '%', 'exact');
    const l2 = 'Alpha: 99.999% durability, 90% durability';
    const namesIn = (t: string): { start: number; end: number; value: string[] }[] =>
      [/Alpha-Lite/.exec(t) ?? /Alpha/.exec(t)]
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ start: m.index, end: m.index + m[0].length, value: ['svc'] }));
    const base2 = input(l2, '90%', core, { siblings: [lite], names: ['Alpha'] });
    expect(vetClaim({ ...base2, namesIn })).toBeNull();
    // Without knowing the label's names, "alpha" alone matches the other fact; but the figure's own words say
    // the flagged attribute ("durability") and the sentence never says the other's ("availability"), so the
    // name alone does not make the figure the other fact's (session 12).
    expect(vetClaim(base2)).toBeNull();
    // Said with the other fact's attribute, it is that fact's figure.
    const l3 = 'Alpha: 99.999% durability, 90% availability';
    expect(vetClaim(input(l3, '90%', core, { siblings: [lite], names: ['Alpha'] }))).toBe('sibling');
    // A figure no other fact states is not vetoed.
    expect(
      vetClaim(input('BulkPut takes at most 9 MB per call', '9 MB', page, { siblings: [bulk] })),
    ).toBeNull();
  });

  it('qualifier: a case the fact does not name ("on non-X hosts", "basic tier")', () => {
    const iops = fact('svc.disk.max-iops', 'Fast disk maximum IOPS', '100,000', 100_000, 'IOPS', 'max');
    expect(vetClaim(input('On non-turbo instances fast disks reach 20,000 IOPS', '20,000 IOPS', iops))).toBe(
      'qualifier',
    );
    expect(vetClaim(input('Basic-tier fast disks reach 20,000 IOPS', '20,000 IOPS', iops))).toBe('qualifier');
    expect(vetClaim(input('Fast disks reach 20,000 IOPS', '20,000 IOPS', iops))).toBeNull();
  });

  it('raised-quota: a default quota and what it can be raised to, in one sentence', () => {
    const quota = fact(
      'svc.pool.default-nodes',
      'Nodes per pool (default quota)',
      '40 nodes',
      40,
      'nodes',
      'max',
      {
        quota: true,
      },
    );
    const line = 'A pool holds 40 nodes by default, up to 200 nodes after a request';
    expect(vetClaim(input(line, '200 nodes', quota, { kind: 'max' }))).toBe('raised-quota');
    expect(vetClaim(input('A pool holds up to 200 nodes', '200 nodes', quota, { kind: 'max' }))).toBeNull();
  });

  it('default-maximum: the fact’s text calls the figure its default maximum', () => {
    const rec = fact(
      'svc.record.max',
      'Maximum record size',
      'Up to 16 MB if enabled; the default maximum is 2 MB',
      16,
      'MB',
      'max',
    );
    expect(vetClaim(input('Records are at most 2 MB', '2 MB', rec, { kind: 'max' }))).toBe('default-maximum');
    expect(vetClaim(input('Records are at most 3 MB', '3 MB', rec, { kind: 'max' }))).toBeNull();
  });

  it('borrowed-kind: "(default B)" after a figure, or the unit "min", does not type this figure', () => {
    const wait = fact(
      'svc.wait.range',
      'Wait interval range',
      '0 to 600 seconds (default 60)',
      600,
      'seconds',
      'exact',
    );
    const line = 'Wait interval up to 600 s (default 60 s)';
    expect(vetClaim(input(line, '600 s', wait, { kind: 'default' }))).toBe('borrowed-kind');
    expect(vetClaim(input('Wait interval 600 s by default', '600 s', wait, { kind: 'default' }))).toBeNull();
    const hold = fact('svc.hold.min', 'Minimum hold duration', '30 days', 30, 'days', 'min');
    expect(vetClaim(input('Fast fetches take 2-4 min', '2-4 min', hold, { kind: 'min' }))).toBe(
      'borrowed-kind',
    );
    expect(vetClaim(input('Minimum hold is 2 min', '2 min', hold, { kind: 'min' }))).toBeNull();
    // A kind word written after the previous figure is that figure's ("2 days minimum up through 9 days")…
    const keep = fact('svc.keep.max', 'Maximum keep period', '9 days', 9, 'days', 'max');
    expect(vetClaim(input('Keep: 2 days minimum up through 9 days', '9 days', keep, { kind: 'min' }))).toBe(
      'borrowed-kind',
    );
    // …but after a comma the kind word starts the next figure's own words.
    expect(vetClaim(input('Keep: min 2 days, max 5 days', '5 days', keep, { kind: 'max' }))).toBeNull();
  });

  it('later-name: a variant named only beside a later figure does not bind this one', () => {
    const turbo = fact('svc.turbo.max-msg', 'Turbo mode maximum message size', '64 KB', 64, 'KB', 'max');
    const line = 'Message size max 4 MB, Turbo mode frames 16 KB';
    expect(vetClaim(input(line, '4 MB', turbo, { kind: 'max', variants: ['Turbo mode'] }))).toBe(
      'later-name',
    );
    expect(
      vetClaim(
        input('Turbo mode message size max 4 MB', '4 MB', turbo, { kind: 'max', variants: ['Turbo mode'] }),
      ),
    ).toBeNull();
  });
});

describe('claim guard: other-subject', () => {
  it('a service named since the previous figure, not the fact’s, takes the figure', () => {
    const f = {
      ...fact('alpha.nodes.max', 'Nodes per Alpha cluster', '12', 12, 'nodes', 'max'),
      subject: 'alpha',
    };
    const line = 'Alpha up to 12 nodes, Beta up to 3 nodes';
    const base = input(line, '3 nodes', f, { kind: 'max' });
    const subjects = [
      { start: 0, end: 5, value: ['alpha'] },
      { start: line.indexOf('Beta'), end: line.indexOf('Beta') + 4, value: ['beta'] },
    ];
    expect(vetClaim({ ...base, subjects })).toBe('other-subject');
    // The fact's service named only after the figure's clause: "Beta: 3 nodes; Alpha: 12".
    const later = 'Beta: up to 3 nodes; Alpha: up to 12 nodes';
    const laterSubjects = [
      { start: 0, end: 4, value: ['beta'] },
      { start: later.indexOf('Alpha'), end: later.indexOf('Alpha') + 5, value: ['alpha'] },
    ];
    const semi = later.indexOf(';');
    expect(
      vetClaim({
        ...input(later, '3 nodes', f, { kind: 'max', clause: [0, semi] }),
        subjects: laterSubjects,
      }),
    ).toBe('other-subject');
    // Without the fact's own service named before the earlier figure, other-subject proves no mix-up; since
    // session 30 the list itself does: the other item gives the fact's own figure, this one names another name.
    expect(vetClaim({ ...base, subjects: subjects.slice(1) })).toBe('listed-sibling');
    // A service the fact's label itself names is part of the attribute.
    const g = { ...f, fact: { ...f.fact, label: 'Nodes per Alpha cluster behind Beta' } };
    expect(vetClaim({ ...input(line, '3 nodes', g, { kind: 'max' }), subjects })).toBeNull();
  });
});

describe('claim guard: other-name and restated sibling', () => {
  it('another engine name of the service, which the KB labels other facts with, is not the fact’s engine', () => {
    const base = { subject: 'store', entryId: 'store', entryTitle: 'Amazon Store' };
    const f = {
      ...fact('store.pool.nodes', 'Nodes per Alpha pool', '30 nodes', 30, 'nodes', 'max'),
      ...base,
    };
    const other = { ...fact('store.beta.item', 'Beta largest item', '1 MB', 1, 'MB', 'max'), ...base };
    const names = (t: string): { start: number; end: number; value: string[] }[] =>
      ['Alpha', 'Beta', 'Store']
        .map((n) => ({ n, at: t.indexOf(n) }))
        .filter((x) => x.at >= 0)
        .map((x) => ({ start: x.at, end: x.at + x.n.length, value: ['store'] }));
    const line = 'Store on Beta: up to 12 nodes per pool';
    const ask = (l: string, sibs: GuardFact[]): GuardInput => ({
      ...input(l, '12 nodes', f, { kind: 'max', siblings: sibs }),
      subjects: names(l),
      namesIn: names,
    });
    expect(vetClaim(ask(line, [other]))).toBe('other-name');
    // The fact's own engine named in the clause: the flag stands.
    expect(vetClaim(ask('Store on Alpha: up to 12 nodes per pool', [other]))).toBeNull();
    // A name no other fact is labelled with may be the service's own alias.
    expect(vetClaim(ask(line, []))).toBeNull();
  });

  it('restated sibling: the sentence gives another fact’s own figure, and that fact states this one too', () => {
    const item = fact('svc.item.max', 'Largest item', '256 KB', 256, 'KB', 'max');
    const txn = fact('svc.txn.widgets', 'Widgets per bundle', '40 (2 MB in total)', 40, 'widgets', 'max');
    const line = 'A bundle: 40 widgets, 2 MB overall';
    expect(vetClaim(input(line, '2 MB', item, { siblings: [txn] }))).toBe('sibling');
    // One figure said twice ("2 MB (2,048 KB)") is not another fact's figure.
    expect(vetClaim(input('Items: at most 2 MB (2,048 KB)', '2 MB', item, { siblings: [txn] }))).toBeNull();
  });

  it('carve-outs ("other instance families", "older engines") are cases the fact does not state', () => {
    const iops = fact('svc.disk.max-iops', 'Fast disk maximum IOPS', '100,000', 100_000, 'IOPS', 'max');
    expect(
      vetClaim(input('Fast disks on older instance types stop at 20,000 IOPS', '20,000 IOPS', iops)),
    ).toBe('qualifier');
  });
});

describe('claim guard: missing-operation', () => {
  it('a fact about one API operation does not judge a sentence that names no part of it', () => {
    const op = fact(
      'svc.fetchmany.size',
      'Maximum data returned by one BatchFetchWidget call',
      '8 MB',
      8,
      'MB',
      'max',
    );
    expect(vetClaim(input('Each change-feed read returns up to 2 MB', '2 MB', op))).toBe('missing-operation');
    expect(vetClaim(input('BatchFetchWidget returns up to 2 MB', '2 MB', op))).toBeNull();
    // A distinctive part of the name is enough ("batch fetch widgets").
    expect(vetClaim(input('A batch fetch of widgets returns up to 2 MB', '2 MB', op))).toBeNull();
  });
});

describe('claim guard: other-count', () => {
  it('a label that counts one thing does not judge a claim about another count of it', () => {
    const f = fact('svc.mem.one-core', 'Memory that buys one whole core', '2,000 MB', 2000, 'MB', 'exact');
    expect(vetClaim(input('Functions get 4 cores with 8 GB', '8 GB', f))).toBe('other-count');
    expect(vetClaim(input('Functions get one whole core at 1,000 MB', '1,000 MB', f))).toBeNull();
    // Digits glued to a name are no count ("S3 PUT").
    const put = fact('svc.put.max', 'Largest object in one PUT', '5 GB', 5, 'GB', 'max');
    expect(vetClaim(input('One S3 PUT uploads up to 7 GB', '7 GB', put, { kind: 'max' }))).toBeNull();
  });
});

describe('claim guard: scope and a figure stated elsewhere (made-up facts)', () => {
  const perPool = fact('svc.widgets.per-cluster', 'Widgets per cluster', '50', 50, 'widgets', 'max');
  const quota = fact('svc.pools.default-quota', 'Pools (default quota)', '20', 20, 'widgets', 'max', {
    quota: true,
  });
  const plain = fact('svc.blob.max-size', 'Maximum blob size', '2 GB', 2, 'GB', 'max');

  it('other-scope: a figure counted per a thing the fact never names is another quota', () => {
    expect(vetClaim(input('Max 5 widgets per mount target', '5 widgets', perPool))).toBe('other-scope');
    expect(vetClaim(input('Up to 500 widgets for the same principal', '500 widgets', perPool))).toBe(
      'other-scope',
    );
    expect(vetClaim(input('Max 30 widgets in each Region', '30 widgets', perPool))).toBe('other-scope');
    // The fact's own scope, or a default quota's implied account and Region: the flag stands.
    expect(vetClaim(input('Max 5 widgets per cluster', '5 widgets', perPool))).toBeNull();
    expect(vetClaim(input('Max 5 widgets per account per Region', '5 widgets', quota))).toBeNull();
    // A fact that does not say what it is counted per is not told apart by the claim's "per".
    expect(vetClaim(input('Blobs: 3 GB per function', '3 GB', plain))).toBeNull();
    // A fact that names its container ("… per cluster", "cluster maximum nodes") against a note's per Region.
    expect(vetClaim(input('Max 50 widgets per Region per account', '50 widgets', perPool))).toBe(
      'other-scope',
    );
    // "in a single AZ" says where, not what a figure is counted per.
    expect(vetClaim(input('Max 9 widgets, kept in a single AZ', '9 widgets', perPool))).toBeNull();
    // The scope must be the figure's own: another figure's "per subnet" does not carry over.
    expect(vetClaim(input('Max 9 widgets, 4 nodes per subnet', '9 widgets', perPool))).toBeNull();
  });

  it('derived: the fact’s figure times a count the sentence gives is a worked-out total', () => {
    const perShard = fact('svc.shard.read', 'Shard read throughput', '2 MB', 2, 'MB', 'max');
    expect(vetClaim(input('Each shard reads 2 MB/s, so 10 shards = 20 MB', '20 MB', perShard))).toBe(
      'derived',
    );
    // A size in the sentence is no multiplier: "10 MiB records … 20 MB" is a claim about the limit.
    expect(vetClaim(input('With 10 MiB records a shard reads 20 MB', '20 MB', perShard))).toBeNull();
  });

  it('worked-out: a figure followed by the sum that gives it is a total, not a quoted limit', () => {
    const perPool2 = fact('svc.widgets.per-cluster', 'Widgets per cluster', '50', 50, 'widgets', 'max');
    expect(
      vetClaim(input('A cluster holds 120 widgets in effect (20 + 10 x 10)', '120 widgets', perPool2)),
    ).toBe('worked-out');
    expect(vetClaim(input('A cluster holds 120 widgets (soft limit)', '120 widgets', perPool2))).toBeNull();
  });

  it('counted-opposite: the figure’s own qualifier is the opposite of the label’s', () => {
    const reserved = fact('svc.node.reserved', 'Reserved nodes per cluster', '5', 5, 'nodes', 'exact');
    expect(vetClaim(input('A big cluster has 251 usable nodes', '251 usable nodes', reserved))).toBe(
      'counted-opposite',
    );
    const both = fact('svc.rules', 'Inbound or outbound rules per group', '60', 60, 'widgets', 'max');
    expect(vetClaim(input('Default limit is 50 inbound widgets', '50 inbound widgets', both))).toBeNull();
  });

  it('unbound-in-list: in a line of several figures, a figure binds only through its own words', () => {
    const size = fact('svc.blob.max-size', 'Maximum blob size', '2 GB', 2, 'GB', 'max');
    const attr = (t: string): boolean => /\b(?:blob|size)\b/i.test(t);
    const line = 'Pools: 20 widgets per account; a cache holds up to 5 GB';
    expect(vetClaim({ ...input(line, '5 GB', size), attributeIn: attr })).toBe('unbound-in-list');
    // Its own words name the attribute, or the list's head does.
    const own = 'Pools: 20 widgets per account; blob size up to 5 GB';
    expect(vetClaim({ ...input(own, '5 GB', size), attributeIn: attr })).toBeNull();
    const head = 'Blob size: min 1 KB, max 5 GB';
    expect(vetClaim({ ...input(head, '5 GB', size), attributeIn: attr })).toBeNull();
    // The figure right after "1 X =" defines X: X's words are the figure's own.
    const box = fact('svc.node.definition', 'One node', '4 widgets', 4, 'widgets', 'exact');
    const boxWord = (t: string): boolean => /\bnode\b/i.test(t);
    const defined = 'Pools: 1 node = 2 widgets / 8 GB';
    expect(vetClaim({ ...input(defined, '2 widgets', box), attributeIn: boxWord })).toBeNull();
    const listed = 'Pools: 1 node, 2 widgets / 8 GB';
    expect(vetClaim({ ...input(listed, '2 widgets', box), attributeIn: boxWord })).toBe('unbound-in-list');
  });

  it('other-thing: the claim measures another thing than the label does', () => {
    const policy = fact('svc.policy.size', 'Pool policy size', '10 KB', 10, 'KB', 'max');
    expect(vetClaim(input('Pool pattern max size: 2 KB', '2 KB', policy))).toBe('other-thing');
    expect(vetClaim(input('Pool policy max size: 2 KB', '2 KB', policy))).toBeNull();
  });

  it('subset: a threshold first narrows the thing, and the figure is that subset’s', () => {
    expect(vetClaim(input('Pools with blobs above 2 GB: up to 10 widgets', '10 widgets', perPool))).toBe(
      'subset',
    );
    expect(vetClaim(input('Pools: up to 10 widgets', '10 widgets', perPool))).toBeNull();
  });

  it('stated-elsewhere: the fact’s own figure in the same clause makes another figure something else', () => {
    const keep = fact(
      'svc.fine.retention',
      'Retention of fine-grained points',
      '3 hours',
      3,
      'hours',
      'exact',
    );
    expect(vetClaim(input('Fine (1 s) points are kept for 3 hours', '1 s', keep))).toBe('stated-elsewhere');
    // Two clauses are two figures: a swap ("2 of writes and 1 of reads") is still a claim about each.
    const write = fact('svc.shard.write', 'Shard write throughput', '1 MB', 1, 'MB', 'max');
    expect(vetClaim(input('A shard takes 2 MB of writes and 1 MB of reads', '2 MB', write))).toBeNull();
    expect(vetClaim(input('Reads 1 MB, writes 2 MB', '2 MB', write))).toBeNull();
  });
});

describe('claim guard on the real knowledge base (own wording)', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] =>
    checkClaims(text, [], index).map((f) => `${f.factId} ${f.excerpt}`);

  it('keeps right statements of the confusable kinds unflagged', () => {
    for (const text of [
      'Lambda functions take anywhere from 128 MB up to 10,240 MB of memory',
      'Only S3 objects bigger than 100 MB are worth a multipart upload',
      'DynamoDB BatchGetItem can return as much as 16 MB',
      'API Gateway payload max 10 MB, WebSocket frame 32 KB',
      // A count of another noun in the sentence of a quota: bound to nothing.
      'Each VPC can have 250 ENIs attached, while a Region holds 5 VPCs',
      'Aurora up to 15 replicas, RDS MySQL up to 15 read replicas, RDS Oracle up to 5',
      'ElastiCache for Memcached: up to 60 nodes per cluster',
      'DynamoDB TransactWriteItems: 100 items, 4 MB in total',
      'io1 reaches 64,000 IOPS on Nitro; other instance families top out at 32,000 IOPS',
      'DynamoDB items stay under 400 KB, while one BatchWriteItem call moves up to 16 MB',
      'Aurora: up to 128 TiB of storage; RDS for SQL Server up to 16 TiB',
      'SQS retention: 1 minute minimum up through 14 days',
      'Fargate: up to 16 vCPU and 120 GB memory per task; Lambda only 6 vCPU with 10 GB',
      'EFS: max 5 security groups per mount target',
      'KMS: max 500 grants on one key for the same grantee principal',
      'Route 53 weighted records: up to 100 per name/type',
      'High-resolution (1 s) custom metrics are retained at full resolution for 3 hours',
      'All S3 storage classes except One Zone-IA survive the loss of an AZ',
      'DAX: max 50 nodes per Region per account',
      'SNS topics with MaximumMessageSize above 256 KiB: up to 100 subscriptions',
      'A /24 subnet leaves 251 usable addresses',
      'HTTP API VPC links: 10 per account per Region',
      '| RDS for Oracle | read replicas | 5 |',
    ])
      expect(flagged(text), text).toEqual([]);
  });

  it('still flags the wrong ones', () => {
    for (const text of [
      'Lambda memory: max 128 MB',
      'SQS message retention from 60 seconds up to 4 days',
      'WebSocket API payload 10 MB, REST 128 KB',
      'VPC endpoint policies are limited to 2,048 characters',
      'Lambda max timeout is 5 minutes (300 s)',
      'DynamoDB BatchWriteItem: the whole request may hold at most 4 MB',
      'DynamoDB transactions: at most 100 actions and 8 MB',
      'SQS message retention: min 1 minute, max 7 days',
      'A Kinesis shard handles 2 MB/s of writes and 1 MB/s of reads',
      'Standard parameters: max 100,000 per account per Region',
      // A bare variant and figure after a comma continues the attribute before it.
      'Lambda invocation payload limits — 6 MB synchronous, 256 KB asynchronous',
      // The operation the clause names decides between facts about two operations.
      'DynamoDB BatchGetItem: at most 25 items',
      // A parameter's CamelCase name names the attribute.
      'SQS queue attribute MaximumMessageSize can go up to 64 KB',
      // A one-line table row without a header: a bare number cell takes its unit from the row.
      '| io1 | max IOPS | 256,000 |',
      // A cell with words beside its figure names the row (here the 1-hour resolution).
      '| CloudWatch | 1-hour data retention | 12 months |',
      // The figure the fact's text ties to the named engine is the one to compare with.
      'RDS for SQL Server read replicas: 15',
    ])
      expect(flagged(text), text).not.toEqual([]);
  });
});

describe('claim guard: session 14 rules (true statements nobody fitted the checker to)', () => {
  const span = (
    line: string,
    w: string,
    value: string[],
  ): { start: number; end: number; value: string[] } => {
    const at = line.indexOf(w);
    return { start: at, end: at + w.length, value };
  };

  it('step-size: "multiples of A or B", "in 5 s increments" are step sizes, not limits', () => {
    const maxDisk = fact('alpha.disk.max', 'Maximum disk size', '2 TB', 2, 'TB', 'max');
    const line = 'Alpha disks grow in multiples of 500 GB (warm) or 250 GB (cold)';
    expect(vetClaim(input(line, '500 GB', maxDisk))).toBe('step-size');
    expect(vetClaim(input(line, '250 GB', maxDisk))).toBe('step-size');
    expect(vetClaim(input('Alpha disk max 500 GB', '500 GB', maxDisk, { kind: 'max' }))).toBeNull();
    // A step-size fact is judged only by a sentence that names its own thing, and never by a maximum.
    const billing = fact(
      'alpha.billing.granularity',
      'Run billing granularity (billed in increments of)',
      '1 ms',
      1,
      'ms',
      'exact',
      { keywords: ['billed', 'increment'] },
    );
    const retry = 'Alpha retry delay is adjustable in 5 s increments up to 300 s';
    expect(vetClaim(input(retry, '5 s', billing))).toBe('step-size');
    expect(vetClaim(input(retry, '300 s', billing, { kind: 'max' }))).toBe('step-size');
    expect(vetClaim(input('Alpha runs are billed in 100 ms increments', '100 ms', billing))).not.toBe(
      'step-size',
    );
  });

  it('sum-term: "first 5 + last 2" are terms of a sum, not the total', () => {
    const reserved = fact('alpha.pool.reserved', 'Reserved widgets per pool', '7', 7, 'widgets', 'exact');
    expect(vetClaim(input('Alpha keeps the first 5 + the last 2 widgets', '2 widgets', reserved))).toBe(
      'sum-term',
    );
    expect(vetClaim(input('Alpha reserves 2 widgets in each pool', '2 widgets', reserved))).toBeNull();
  });

  it('value-list: the last of "2, 4, 8 or 16 s" is one allowed value, not the figure', () => {
    const window = fact('alpha.window.default', 'Default batching window', '20 s', 20, 's', 'default');
    expect(vetClaim(input('Alpha batching window can be 2, 4, 8 or 16 s', '16 s', window))).toBe(
      'value-list',
    );
    expect(vetClaim(input('Alpha batching window can be 2, 4, 8, 16 s', '16 s', window))).toBe('value-list');
    expect(
      vetClaim(input('Alpha batching window defaults to 16 s', '16 s', window, { kind: 'default' })),
    ).toBeNull();
  });

  it('side-figure: a line that restates both figures of the fact’s own text', () => {
    const read = fact(
      'alpha.query.max-read',
      'Widgets read per query',
      '5 million (a table may hold 50 million)',
      5_000_000,
      'widgets',
      'max',
    );
    const line = 'Alpha tables may hold 50 million widgets but a query reads at most 5 million widgets';
    // The other item gives the fact's own figure, so listed-sibling (broadened in session 30) vetoes it first.
    expect(['side-figure', 'listed-sibling']).toContain(vetClaim(input(line, '50 million widgets', read)));
    expect(
      vetClaim(
        input('an Alpha query reads at most 50 million widgets', '50 million widgets', read, { kind: 'max' }),
      ),
    ).toBeNull();
    // The two figures swapped: the fact's own figure said of the neighbour whose figure this one is.
    const table = fact(
      'alpha.table.max-hold',
      'Widgets a table may hold',
      '50 million',
      50_000_000,
      'widgets',
      'max',
    );
    const swapped = 'Alpha: a query reads at most 50 million widgets, a table may hold 5 million widgets';
    expect(vetClaim({ ...input(swapped, '50 million widgets', read), siblings: [table] })).toBeNull();
    const kept = 'Alpha: a table may hold 50 million widgets, a query reads at most 5 million widgets';
    expect(['side-figure', 'listed-sibling']).toContain(
      vetClaim({ ...input(kept, '50 million widgets', read), siblings: [table] }),
    );
  });

  it('later-subject: the fact’s service named only in a later part with its own figure', () => {
    const beta = {
      ...fact('beta.widgets.max', 'Widgets per batch', '9', 9, 'widgets', 'max'),
      subject: 'beta',
    };
    const line = 'Alpha: max 10 widgets; part size 4 widgets; Beta batch max 9 widgets';
    const subjects = [span(line, 'Alpha', ['alpha']), span(line, 'Beta', ['beta'])];
    // Beta's item gives the fact's own figure, so listed-sibling (broadened in session 30) vetoes it first.
    expect(['later-subject', 'listed-sibling']).toContain(
      vetClaim({ ...input(line, '4 widgets', beta), subjects }),
    );
    const own = 'Beta: max 4 widgets per batch; Alpha max 10 widgets';
    const ownSubjects = [span(own, 'Beta', ['beta']), span(own, 'Alpha', ['alpha'])];
    expect(vetClaim({ ...input(own, '4 widgets', beta, { kind: 'max' }), subjects: ownSubjects })).toBeNull();
  });

  it('other-kept: "logs kept 30 days" keeps another thing than the fact’s', () => {
    const age = fact('alpha.queue.max-age', 'Maximum age of a queued message', '6 hours', 6, 'hours', 'max', {
      keywords: ['queue', 'kept'],
    });
    expect(vetClaim(input('Alpha audit logs kept 30 days', '30 days', age))).toBe('other-kept');
    expect(
      vetClaim(input('Alpha queued messages kept up to 30 days', '30 days', age, { kind: 'max' })),
    ).toBeNull();
  });

  it('example: a figure the line gives as an example', () => {
    const timeout = fact('alpha.job.timeout-max', 'Maximum job timeout', '2 hours', 2, 'hours', 'max');
    expect(vetClaim(input('Alpha job timeout: for example a job set to 3 hours', '3 hours', timeout))).toBe(
      'example',
    );
    expect(vetClaim(input('Alpha job timeout max 3 hours', '3 hours', timeout, { kind: 'max' }))).toBeNull();
  });

  it('threshold: an impossible threshold is wrong only when the sentence names the fact’s attribute', () => {
    const vault = fact(
      'alpha.vault.min-duration',
      'Alpha Vault minimum storage duration',
      '90 days',
      90,
      'days',
      'min',
    );
    const namesIn = (text: string): { start: number; end: number; value: string[] }[] => {
      const at = text.indexOf('Alpha Vault');
      return at < 0 ? [] : [{ start: at, end: at + 11, value: ['alpha'] }];
    };
    const latency = 'Alpha Vault: first byte in < 1 second';
    expect(vetClaim({ ...input(latency, '1 second', vault, { names: ['Alpha Vault'] }), namesIn })).toBe(
      'threshold',
    );
    const stated = 'Alpha Vault storage duration below 30 days is not allowed';
    expect(vetClaim({ ...input(stated, '30 days', vault, { names: ['Alpha Vault'] }), namesIn })).not.toBe(
      'threshold',
    );
  });

  it('other-scope: "per org" counts per organization, not per account', () => {
    const attached = fact(
      'alpha.policies.attached',
      'Widgets attached to one account',
      '10',
      10,
      'widgets',
      'max',
    );
    expect(vetClaim(input('Alpha: 1,000 widgets per org', '1,000 widgets', attached))).toBe('other-scope');
    expect(vetClaim(input('Alpha: 20 widgets per account', '20 widgets', attached))).not.toBe('other-scope');
  });

  it('other-subject: a service named in an aside of the fact’s value is not part of its attribute', () => {
    const payload = {
      ...fact(
        'alpha.payload.max',
        'Maximum payload',
        '1 MB (such topics deliver only to Beta)',
        1,
        'MB',
        'max',
      ),
      subject: 'alpha',
    };
    const line = 'Alpha default 256 KB vs Beta sync 6 MB';
    const subjects = [span(line, 'Alpha', ['alpha']), span(line, 'Beta', ['beta'])];
    expect(vetClaim({ ...input(line, '6 MB', payload), subjects })).toBe('other-subject');
  });

  it('worked-out: a total followed by the parts that add up to it ("64: 57 free + 7 reserved")', () => {
    const reserved = fact('alpha.pool.reserved', 'Reserved widgets per pool', '7', 7, 'widgets', 'exact');
    expect(vetClaim(input('Alpha pool of 64 widgets: 57 free + 7 reserved', '64 widgets', reserved))).toBe(
      'worked-out',
    );
    expect(
      vetClaim(input('Alpha pool of 64 widgets: 50 free + 7 reserved', '64 widgets', reserved)),
    ).toBeNull();
  });
});
