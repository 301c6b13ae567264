/**
 * Quantities in prose: "10,240 MB", "15 min", "99.99 %", "11 nines", "up to 5 read replicas", "7–35 days".
 * Every value is normalised to one base unit per dimension, so "1 MiB", "1,024 KB" and "1 MB" compare
 * equal within the dimension's tolerance and "900 sec" equals "15 minutes". Pure.
 */

export type Dimension =
  'bytes' | 'seconds' | 'percent' | 'bytesPerSecond' | 'bitsPerSecond' | 'usd' | 'count' | 'ratio';

export interface Quantity {
  dim: Dimension;
  /** Value in the dimension's base unit (bytes, seconds, percent, bytes/s, bits/s, USD, items). */
  value: number;
  /** Lower end when the text gives a range ("7–35 days", "128 MB - 10 GB"). */
  low?: number;
  /**
   * For counts: the counted noun, singular and lower-case ("replica", "iops"); for money: what it is per; for a
   * ratio, what is counted per GiB of size ("iop/gib", "bytesPerSecond/gib", "seconds/gib").
   */
  noun: string;
  /** Offsets of the quantity (range included) in the text it was read from. */
  start: number;
  end: number;
  raw: string;
  /**
   * One of a list of options before its last ("1, 5 or 15 minutes", "128/256/512 MB"): read, but a claim of
   * the list as a whole (the checker leaves options to their list).
   */
  option?: boolean;
  /** A multiple of another figure ("5x the concurrent build limit"): counted in times, by facts that state one. */
  multiple?: boolean;
  /**
   * A request rate read again as the time between requests ("2 requests per second" = one every 0.5 s), for the
   * quotas the docs write as one request every N seconds (see `requestGap` in claimCheck.ts).
   */
  interval?: boolean;
}

const KI = 1024;
/** Storage units: AWS writes KB for KiB (256 KB = 262,144 bytes), so both read as binary and compare loosely. */
const BYTE_UNITS: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: KI,
  kib: KI,
  k: KI,
  mb: KI ** 2,
  mib: KI ** 2,
  gb: KI ** 3,
  gib: KI ** 3,
  tb: KI ** 4,
  tib: KI ** 4,
  pb: KI ** 5,
  pib: KI ** 5,
  kilobyte: KI,
  kilobytes: KI,
  megabyte: KI ** 2,
  megabytes: KI ** 2,
  gigabyte: KI ** 3,
  gigabytes: KI ** 3,
  terabyte: KI ** 4,
  terabytes: KI ** 4,
  petabyte: KI ** 5,
  petabytes: KI ** 5,
};
const TIME_UNITS: Record<string, number> = {
  // "400µs", "50 μs" (micro sign or Greek mu).
  µs: 1e-6,
  μs: 1e-6,
  microsecond: 1e-6,
  microseconds: 1e-6,
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  week: 604800,
  weeks: 604800,
  wk: 604800,
  wks: 604800,
  month: 2_592_000,
  months: 2_592_000,
  // "12 mo", "100GB/mo": the abbreviated month.
  mo: 2_592_000,
  mos: 2_592_000,
  mth: 2_592_000,
  mths: 2_592_000,
  year: 31_536_000,
  years: 31_536_000,
  yr: 31_536_000,
  yrs: 31_536_000,
};
const RATE_BYTES: Record<string, number> = {
  'kb/s': KI,
  'kib/s': KI,
  'mb/s': KI ** 2,
  'mib/s': KI ** 2,
  'gb/s': KI ** 3,
  'gib/s': KI ** 3,
  mbps: KI ** 2, // "MBps"
  kibps: KI, // "KiBps", "MiBps", "GiBps": binary units are bytes
  mibps: KI ** 2,
  gibps: KI ** 3,
};
const RATE_BITS: Record<string, number> = { kbps: 1e3, mbps: 1e6, gbps: 1e9, tbps: 1e12 };

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirteen: 13,
  fourteen: 14,
  sixteen: 16,
  eighteen: 18,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
};

/** Relative tolerance per dimension: storage units are written loosely (KB for KiB, 50 TB ≈ 48.8 TiB). */
export function sameValue(dim: Dimension, a: number, b: number): boolean {
  if (dim === 'percent' || dim === 'count' || dim === 'usd')
    return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
  const tol = dim === 'seconds' ? 0.02 : 0.05;
  return Math.abs(a - b) <= Math.abs(b) * tol;
}

/**
 * Whether figure `qs[i]` only says the figure before it again, in a parenthesis of its own: "up to 12,288 MB
 * (12 GB) of memory", "1 MB (1,024 KB) of variables". Such a figure has no words of its own; the words after
 * the parenthesis name the figure before it.
 */
export function parenRestatement(line: string, qs: readonly Quantity[], i: number): boolean {
  const prev = qs[i - 1];
  const q = qs[i];
  return (
    prev !== undefined &&
    q !== undefined &&
    prev.dim === q.dim &&
    prev.low === undefined &&
    q.low === undefined &&
    /^\s*\(\s*(?:~|≈|about|approx\.?|i\.e\.|=)?\s*$/.test(line.slice(prev.end, q.start)) &&
    /^\s*\)/.test(line.slice(q.end)) &&
    sameValue(q.dim, q.value, prev.value)
  );
}

/** Singular lower-case form of a counted noun ("Replicas" → "replica", "indexes" → "index"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  // Acronym plurals that end in "is" ("APIs", "AMIs") are plurals, unlike "analysis".
  if (w === 'apis' || w === 'amis') return w.slice(0, -1);
  // "aliases", "statuses": the plural of a word ending in a single "s".
  if (w === 'aliases' || w === 'statuses') return w.slice(0, -2);
  if (w === 'children') return 'child';
  if (/(?:ss|is|alias|status|bonus|virus|campus)$/.test(w) || w.length <= 2) return w;
  // "requests/s", "requests/sec", "calls/second": a rate, however the second is written.
  const rate = /^(.+)\/s(?:ecs?|econds?)?$/.exec(w);
  if (rate) return `${singular(rate[1] as string)}/s`;
  // "addresses", "processes": the "-es" of a word that ends in "ss".
  if (/(?:x|ch|sh|ss)es$/.test(w)) return w.slice(0, -2);
  // "cookies", "movies": the singular ends in "-ie".
  if (/(?:ook|ov)ies$/.test(w)) return w.slice(0, -1);
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

export interface UnitReading {
  dim: Dimension;
  factor: number;
  noun: string;
}

/** Short forms of counted nouns notes use ("2,048 chars", "10 msgs"). */
export const NOUN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  char: 'character',
  msg: 'message',
  conn: 'connection',
  req: 'request',
  param: 'parameter',
  env: 'environment',
  cert: 'certificate',
  config: 'configuration',
  attr: 'attribute',
  acct: 'account',
  repo: 'repository',
  dim: 'dimension',
  doc: 'document',
  op: 'operation',
  // Acronyms notes count things by, read as the head noun the knowledge base's units use.
  alb: 'balancer',
  nlb: 'balancer',
  clb: 'balancer',
  elb: 'balancer',
  gwlb: 'balancer',
  igw: 'gateway',
  tgw: 'gateway',
  eip: 'address',
  // "concurrency 1,000" is a number of concurrent executions.
  concurrency: 'execution',
  // "chain depth 4" is a number of levels.
  depth: 'level',
  // Short forms in quota lists ("SGs per ENI", "log configs", "5 Lambda fns"; "config" is above).
  sg: 'group',
  fn: 'function',
  func: 'function',
  scp: 'policy',
  rcp: 'policy',
  // Short forms of counted nouns in quota notes ("10k recs", "32 vols", "12.5M subs", "5 TGs", "ASGs per region",
  // "NACLs per VPC", "+1000 conc").
  rec: 'record',
  vol: 'volume',
  sub: 'subscription',
  tg: 'group',
  asg: 'group',
  nacl: 'acl',
  conc: 'execution',
  // "50 VIFs per connection": Direct Connect's virtual interfaces.
  vif: 'interface',
};

/**
 * Whether `text` counts `noun` by an acronym ("ALBs", "IGWs", "EIPs" for load balancers, gateways, addresses):
 * the noun is said, though its word is not written.
 */
export function acronymCounts(text: string, noun: string): boolean {
  return (text.match(/\b[A-Z]{2,5}s?\b/g) ?? []).some(
    (w) => NOUN_ABBREVIATIONS[w.replace(/s$/, '').toLowerCase()] === noun,
  );
}

/** HTTP methods a note counts per second ("5,500 GET/s") as requests. */
const HTTP_METHOD_RATE = /^(?:get|put|post|delete|head|copy|list)$/;

/** The short forms notes use for request and call rates. */
const RATE_ABBREVIATIONS: Record<string, string> = { rps: 'request/s', tps: 'transaction/s', qps: 'query/s' };

/** Reads a unit string as the KB writes it ("MB", "minutes", "percent", "USD per GB", "replicas"). */
export function readUnit(unit: string): UnitReading {
  const u = unit.trim().toLowerCase();
  // "IOPS per GiB", "MB/s per TiB", "KiB/s per GiB", "minutes per TiB": a figure per unit of size, a ratio.
  const perSize = /^(.+?)\s*(?:\s+per\s+|\/)(kib|mib|gib|gb|tib|tb)$/.exec(u);
  if (perSize && !u.startsWith('usd')) {
    const num = readUnit(perSize[1] as string);
    if (
      num.dim !== 'usd' &&
      num.dim !== 'percent' &&
      num.dim !== 'ratio' &&
      (num.dim !== 'count' || num.noun)
    )
      return {
        dim: 'ratio',
        factor: (num.factor * KI ** 3) / (BYTE_UNITS[perSize[2] as string] as number),
        noun: ratioNoun(num.dim, num.noun),
      };
  }
  const first = u.split(/\s+/)[0] ?? '';
  if (u === '%' || u === 'percent') return { dim: 'percent', factor: 1, noun: '' };
  if (u.startsWith('usd')) {
    const per = /(?:per|\/)\s*(.+)$/.exec(u);
    return { dim: 'usd', factor: 1, noun: per ? (per[1] as string).trim() : '' };
  }
  if (RATE_BYTES[first] !== undefined && first !== 'mbps')
    return { dim: 'bytesPerSecond', factor: RATE_BYTES[first], noun: '' };
  if (RATE_BITS[first] !== undefined) return { dim: 'bitsPerSecond', factor: RATE_BITS[first], noun: '' };
  if (BYTE_UNITS[first] !== undefined) return { dim: 'bytes', factor: BYTE_UNITS[first], noun: '' };
  if (TIME_UNITS[first] !== undefined) return { dim: 'seconds', factor: TIME_UNITS[first], noun: '' };
  // A count of things: the noun is the unit's last word ("IP addresses" → address, "requests/s" → request/s).
  const words = u
    .replace(/\(.*?\)/g, '')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? u;
  return { dim: 'count', factor: 1, noun: RATE_ABBREVIATIONS[last] ?? singular(last) };
}

/** What a ratio counts per GiB: the counted noun ("iop/gib") or the dimension ("bytesPerSecond/gib"). */
function ratioNoun(dim: Dimension, noun: string): string {
  return `${dim === 'count' ? noun : dim}/gib`;
}

/** "per GiB", "/TiB", "per GB of storage" right after a figure: the size the figure is counted per. */
const PER_SIZE = /^\s*(?:per|\/)\s*(KiB|MiB|GiB|GB|TiB|TB)\b/i;

/**
 * A figure per unit of size ("3 IOPS per GiB", "50 MiB/s per TiB", "200 MBps/TiB", "60 min per TiB") read as
 * a ratio: what it counts per GiB (GB and TB read as GiB and TiB, as the KB's storage units do), so "50 KiB/s per
 * GiB" and "50 MiB/s per TiB" are one value. Null for any other figure (money, percentages, rates of a count).
 */
export function sizeRatio(q: Quantity, after: string): Quantity | null {
  const m = PER_SIZE.exec(after);
  if (!m || q.dim === 'usd' || q.dim === 'percent' || q.dim === 'ratio' || q.multiple || q.interval)
    return null;
  if (q.dim === 'count' && (!q.noun || q.noun.includes('/'))) return null;
  const per = BYTE_UNITS[(m[1] as string).toLowerCase()] as number;
  const scale = KI ** 3 / per;
  return {
    ...q,
    dim: 'ratio',
    noun: ratioNoun(q.dim, q.noun),
    value: q.value * scale,
    ...(q.low !== undefined ? { low: q.low * scale } : {}),
    end: q.end + m[0].length,
    raw: `${q.raw}${m[0]}`,
  };
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/**
 * A ratio in colon notation: "IOPS:GiB ratio of 500:1", "IOPS to GiB ratio is 50:1" (groups 1–3) or "a 50:1
 * IOPS-to-GiB ratio" (groups 4–6). What is counted, then the unit of size it is counted per.
 */
const RATIO_NOTATION = new RegExp(
  String.raw`\b([A-Za-z]+)\s*(?::|\/|\bto\b|-to-)\s*(KiB|MiB|GiB|GB|TiB|TB)\s+ratio\s*(?:(?:of|is|=|:|at)\s*)*(${NUM})\s*:\s*1\b(?![.,]?\d)|\b(${NUM})\s*:\s*1\s+([A-Za-z]+)\s*(?::|\/|\s+to\s+|-to-)\s*(KiB|MiB|GiB|GB|TiB|TB)\s+ratio\b`,
  'gi',
);
const WORDNUM = Object.keys(WORD_NUMBERS)
  .filter((w) => w.length > 2)
  .join('|');
/** Number words of two words: "twenty-four", "two hundred", "five thousand". */
const COMPOUND_WORDNUM = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)\s+(?:hundred|thousand))(?![A-Za-z-])`;
const UNIT_WORD = String.raw`[A-Za-zµμ%$][A-Za-z/%\-]*`;
/**
 * A number (digits or a small number word), then an optional unit. Numbers glued to letters ("gp3", "S3",
 * "EC2", "m5.large", "/16") are identifiers, not quantities.
 */
const QTY = new RegExp(
  String.raw`(?<![A-Za-z0-9.,/$^])(\$\s?)?(${NUM}|${COMPOUND_WORDNUM}|(?:${WORDNUM})(?![A-Za-z]))(?:\s*(k|K|thousand|million|mil|billion|bn|trillion|(?<=\d)M(?![\w/.])|(?<=\d)m(?=\s+[a-z]+s\b)|(?<=(?<![\d.,])\d{1,2}(?:\.\d+)?)B(?=\s+[a-z]+s\b))(?![A-Za-z]))?(?:\s?-?\s?(${UNIT_WORD}(?:\s+${UNIT_WORD}){0,2}))?`,
  'g',
);
const NAME_BEFORE =
  /\b(?:FIPS|Route|Windows|Java|Python|Node(?:\.js)?|HTTPS?|TLS|SSL|IPv|RFC|ISO|PCI|SOC|version|v|Gen|SAML|OAuth|Graviton|Nitro|Level)\s*$/i;
/** Number words that may count things ("five read replicas"); "one" and "two" are too common in prose. */
const COUNT_WORDNUM = Object.entries(WORD_NUMBERS)
  .filter(([w, n]) => n >= 3 && w.length > 2)
  .map(([w]) => w)
  .join('|');
/**
 * MAYBE_DIGIT: a digit not glued to a word, or a dollar sign — most lines with a figure pass on it.
 * MAYBE_WORDS: a spelled-out duration, count, frequency or fraction, or nines. Tried only when MAYBE_DIGIT fails,
 * so it leaves out what that already covers ("9s" after a non-word character starts with such a digit), and
 * its alternatives share one leading `\b`: the regex engine tries them only at word starts, ~3× faster over a
 * long line than each alternative with its own `\b` behind a lookbehind (the line pre-test of every import).
 */
const MAYBE_DIGIT = /(?<![A-Za-z0-9])\d|\$/;
const MAYBE_WORDS = new RegExp(
  String.raw`\b(?:nines\b|(?:${WORDNUM})[\s-]+(?:ms|milli|sec|min|hour|hr|day|week|month|year|kilo|mega|giga|tera|peta)|(?:${COUNT_WORDNUM})\s+[a-z]|(?:once|twice|thrice)\s|(?:half|quarter)\s+(?:of\s+)?an?\s)`,
  'i',
);
/** Whether `text` may hold a figure findQuantities reads (false: it holds none). Exported for its property test. */
export const mayHoldQuantity = (text: string): boolean => MAYBE_DIGIT.test(text) || MAYBE_WORDS.test(text);
/** "1 million objects", "10k requests": the scale word multiplies the number. */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  m: 1e6,
  // "1 mil requests", "2bn objects", "100 trillion objects"; "1B rows" (a B glued to a small number before a
  // plural noun is billions, not bytes).
  mil: 1e6,
  bn: 1e9,
  trillion: 1e12,
  b: 1e9,
};
/** Words that end a unit: what follows "per", "for", "in"… is what the figure is counted against. */
const UNIT_STOP =
  /^(?:per|for|in|of|on|across|at|by|each|every|to|and|or|with|from|is|are|can|vs|versus|than|while|whereas|but|unlike|then|under|over|below|above|within|into|beyond|behind|via)$/i;
/** Words that start a phrase of their own after a figure ("20 via Service Quotas", "5,120 characters like
 * SCPs", "10 through a support case"): what follows is not the counted noun or its modifier. */
const PHRASE_STOP = /^(?:via|like|through|using|unless|without|including|except|as)$/i;
/**
 * What may close a label's bare figure without being its unit ("max brokers = 30 regardless of mode", "routes
 * per table max 500 after an increase", "targets per NLB 1,000 (same as ALB)"): a bracketed aside with no
 * figure, or a condition or comparison that starts a phrase of its own.
 */
const ASIDE_AFTER =
  /^\s*(?:\([^()\d]*\)\s*(?:$|[,;.]|-\s)|(?:regardless|irrespective)\s+of\b|(?:after|before|until|once|when|whenever|if|depending|unlike)\b)/i;
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|through)\s*$/i;
// A digit count of nines is set apart from "9s" by a space or hyphen ("11 9s", "4-9s"): "29s" is 29 seconds.
const NINES =
  /\b(?:(\d{1,2})[\s-]+|(eleven|nine|four|three|five|six|seven|eight|ten)\s*)(?:nines|9s|9's)\b/gi;

function parseNumber(s: string): number {
  const w = WORD_NUMBERS[s.toLowerCase()];
  if (w !== undefined) return w;
  // "twenty-four", "two hundred", "five thousand".
  const c = /^([a-z]+)[\s-]+([a-z]+)$/i.exec(s.trim());
  if (c) {
    const a = WORD_NUMBERS[(c[1] as string).toLowerCase()];
    const b = (c[2] as string).toLowerCase();
    if (a !== undefined && (b === 'hundred' || b === 'thousand')) return a * (b === 'hundred' ? 100 : 1000);
    const u = WORD_NUMBERS[b];
    if (a !== undefined && a >= 20 && a % 10 === 0 && u !== undefined && u < 10) return a + u;
    return NaN;
  }
  return Number(s.replace(/,/g, ''));
}

interface UnitMatch {
  dim: Dimension;
  factor: number;
  noun: string;
  /** Characters of the unit words consumed. */
  length: number;
}

/** Reads the unit from the words after a number, given the nouns counts may use. */
function unitAfter(
  text: string,
  countNouns: ReadonlySet<string>,
  anyNoun = false,
  /** The unit is glued to the number by a hyphen ("a 5,000-shard stream", "a 400-KB item"). */
  hyphened = false,
): UnitMatch | null {
  // "5 MiB-5 GiB", "2KB–4KB": a dash glued to the unit and then a digit ends the unit (the range goes on);
  // the dash becomes a space so lengths stay the same.
  const words = text.replace(/^([A-Za-z%][A-Za-z/%]*)[-–—](?=\d)/, '$1 ');
  const parts = words.split(/\s+/);
  const first = (parts[0] ?? '').toLowerCase();
  // Trailing punctuation is not part of the unit ("10 GB, up to …").
  const one = (parts[0] ?? '').replace(/[.,;:)]+$/, '').length;
  if (!first) return null;
  // "10 x concurrency", "3 times the quota": a multiplier, not a count of the noun after it.
  // ("4 times per day" and "retries 2 times" still count times.)
  if (/^(?:x|×)$/i.test(first) || /^times\s+(?:the|its|your|their|that|as)\b/i.test(words)) return null;
  if (first === '%' || first === 'percent' || first.startsWith('%'))
    return { dim: 'percent', factor: 1, noun: '', length: first === 'percent' ? 7 : 1 };
  // "9001 MTU", "1500-byte MTU": a maximum transmission unit is a packet size in bytes, the unit the KB's MTU
  // facts use.
  if (/^mtus?[.,;:)]*$/.test(first))
    return { dim: 'bytes', factor: 1, noun: '', length: first.replace(/[.,;:)]+$/, '').length };
  // "99.99 pct"; "5 Gbit/s", "100 Mbits/s": rates of bits written out.
  if (/^pct[.,;:)]*$/.test(first)) return { dim: 'percent', factor: 1, noun: '', length: 3 };
  // "400µs": microseconds (the letters-only unit reading below would see only the "s").
  const micro = /^[µμ]s[.,;:)]*$/.exec(first);
  if (micro) return { dim: 'seconds', factor: 1e-6, noun: '', length: 2 };
  // "100 Gb/s", "50 Mb/s": a lower-case b after a capital prefix is bits, as in "Gbps".
  const bitSlash = /^([KMGT])b\/s(?:ec)?(?![A-Za-z])/.exec(parts[0] ?? '');
  if (bitSlash)
    return {
      dim: 'bitsPerSecond',
      factor: RATE_BITS[`${(bitSlash[1] as string).toLowerCase()}bps`] as number,
      noun: '',
      length: bitSlash[0].length,
    };
  // "3,500 PUT/s", "5,500 GET/HEAD/s", "5,500 GET per second": a rate of HTTP requests.
  const verbRate =
    /^(?:GET|PUT|POST|DELETE|HEAD|COPY|LIST)(?:\/(?:GET|PUT|POST|DELETE|HEAD|COPY|LIST))*(?:\/s(?:ec(?:ond)?)?|\s+per\s+sec(?:ond)?)(?![A-Za-z])/.exec(
      words,
    );
  if (verbRate) return { dim: 'count', factor: 1, noun: 'request/s', length: verbRate[0].length };
  const bitRate = /^([kmgt])bits?\/s(?:ec)?(?![a-z])/.exec(first);
  if (bitRate)
    return {
      dim: 'bitsPerSecond',
      factor: RATE_BITS[`${bitRate[1] as string}bps`] as number,
      noun: '',
      length: bitRate[0].length,
    };
  const rate = /^([a-z]+\/s|[kmgt]i?bps|[km]?ib\/s)/.exec(first);
  if (rate) {
    const r = rate[1] as string;
    // "MBps" (bytes) is rare next to "Mbps" (bits); the case of the B decides.
    const original = (parts[0] ?? '').slice(0, r.length);
    if (RATE_BYTES[r] !== undefined && r !== 'mbps')
      return { dim: 'bytesPerSecond', factor: RATE_BYTES[r], noun: '', length: r.length };
    // "10 MBps", "1 GBps", "2 KBps": a capital B is bytes (the byte unit of the same prefix).
    if (/^[KMGT]Bps$/.test(original))
      return {
        dim: 'bytesPerSecond',
        factor: BYTE_UNITS[`${original[0]!.toLowerCase()}b`]!,
        noun: '',
        length: 4,
      };
    if (RATE_BITS[r] !== undefined)
      return { dim: 'bitsPerSecond', factor: RATE_BITS[r], noun: '', length: r.length };
    if (r === 'requests/s' || r === 'records/s' || r === 'calls/s' || r === 'messages/s')
      return { dim: 'count', factor: 1, noun: `${singular(r.slice(0, -2))}/s`, length: r.length };
  }
  // "30 msgs/sec", "200 queries/second": a rate of any counted noun the facts count per second.
  const nounRate = /^([a-z]+)\/s(?:ec(?:ond)?)?(?![a-z])/.exec(first);
  if (nounRate) {
    const n0 = singular(nounRate[1] as string);
    // "3,500 PUT/s", "5,500 GET/s": an HTTP method per second is a request rate.
    const n = HTTP_METHOD_RATE.test(n0) ? 'request' : (NOUN_ABBREVIATIONS[n0] ?? n0);
    if (countNouns.has(`${n}/s`))
      return { dim: 'count', factor: 1, noun: `${n}/s`, length: nounRate[0].length };
    // In notes, a rate of a noun the KB has no rate for ("1,000 writes/sec") is still a rate: read so it binds
    // to no count of that noun.
    if (anyNoun && n0 !== nounRate[1] && !NOT_COUNTED.test(nounRate[1] as string))
      return { dim: 'count', factor: 1, noun: `${n}/s`, length: nounRate[0].length };
  }
  const abbr = RATE_ABBREVIATIONS[first.replace(/[^a-z]/g, '')];
  if (abbr && /^[a-z]+[.,;:)]*$/.test(first)) return { dim: 'count', factor: 1, noun: abbr, length: 3 };
  const perPeriod = bytesPerPeriod(first);
  if (perPeriod) return perPeriod;
  const bare = first.replace(/[^a-z]/g, '');
  if (BYTE_UNITS[bare] !== undefined && bare !== 'k' && /^[a-z]+$/.test(first.replace(/[.,;:)]+$/, ''))) {
    // "1 MB per second", "2 MiB/sec" written out are a rate.
    const perSec = /^\s*(?:per\s+sec(?:ond)?|\/\s*sec(?:ond)?)\b/i.exec(words.slice(one));
    if (perSec && !/[.,;:)]$/.test(parts[0] ?? ''))
      return {
        dim: 'bytesPerSecond',
        factor: BYTE_UNITS[bare] as number,
        noun: '',
        length: one + perSec[0].length,
      };
    return { dim: 'bytes', factor: BYTE_UNITS[bare] as number, noun: '', length: one };
  }
  // "30 consecutive days", "7 calendar days": one adjective of time before the unit.
  const second = (parts[1] ?? '').toLowerCase().replace(/[.,;:)]+$/, '');
  if (/^(?:consecutive|calendar|straight|continuous|full)$/.test(first) && TIME_UNITS[second] !== undefined)
    return {
      dim: 'seconds',
      factor: TIME_UNITS[second] as number,
      noun: '',
      length: (parts[0] as string).length + 1 + second.length,
    };
  if (TIME_UNITS[bare] !== undefined && /^[a-z]+$/.test(first.replace(/[.,;:)]+$/, '')))
    return { dim: 'seconds', factor: TIME_UNITS[bare] as number, noun: '', length: one };
  // "a 5,000-shard stream", "a 3-node cluster": the hyphen makes the count a modifier of the noun after it,
  // which is what the phrase is about (an example, not a limit of shards): no claim. "a 20-rule limit"
  // still counts rules.
  if (hyphened) {
    const raw0 = parts[0] ?? '';
    const w0 = raw0.replace(/[,;:.)]+$/, '');
    if (!/^[A-Za-z][A-Za-z]*$/.test(w0)) return null;
    const n0 = NOUN_ABBREVIATIONS[singular(w0).toLowerCase()] ?? singular(w0);
    if (!countNouns.has(n0)) return null;
    const w1 = (parts[1] ?? '').replace(/[^A-Za-z]/g, '');
    const n1 = w1 ? (NOUN_ABBREVIATIONS[singular(w1).toLowerCase()] ?? singular(w1)) : '';
    if (w0 === raw0 && n1 && countNouns.has(n1)) return null;
    return { dim: 'count', factor: 1, noun: n0, length: w0.length };
  }
  // Counts: the counted noun may follow one or two adjectives ("15 read replicas", "5 secondary Regions"); in
  // a compound the last noun counts ("10 VPC peering connections" counts connections, not VPCs).
  let consumed = 0;
  let found: UnitMatch | null = null;
  for (let i = 0; i < Math.min(4, parts.length); i++) {
    const raw = parts[i] as string;
    const w = raw.replace(/[^A-Za-z/-]/g, '');
    // An adjective may hold digits ("2 IPv4 CIDR blocks", "3 gp3 volumes").
    // "100 put or delete requests": "or"/"and" between two lower-case modifiers of one noun goes on.
    const joinsModifiers =
      /^(?:or|and)$/i.test(raw) &&
      i === 1 &&
      !found &&
      /^[a-z][a-z-]*$/.test(parts[0] as string) &&
      /^[a-z][a-z-]*$/.test(parts[2] ?? '');
    if (joinsModifiers) {
      consumed += raw.length + 1;
      continue;
    }
    if (UNIT_STOP.test(w) || !/^[A-Za-z][A-Za-z0-9/-]*[,;:.)]?$/.test(raw)) break;
    if (PHRASE_STOP.test(w)) break;
    // A participle after the noun starts a new phrase ("20 policies attached to a role").
    if (found && /ed$/i.test(w)) break;
    consumed += raw.length + (i ? 1 : 0);
    // "3 IOPS/GiB", "25 shards/GiB": a count per unit of size; the size stays after the figure, to be read as
    // its ratio (sizeRatio) where a fact states one.
    const perSize = /^([A-Za-z][A-Za-z-]*)\/(?:KiB|MiB|GiB|GB|TiB|TB)\b/i.exec(raw);
    if (perSize) {
      const a = perSize[1] as string;
      const n = NOUN_ABBREVIATIONS[singular(a).toLowerCase()] ?? singular(a);
      if (countNouns.has(n))
        return { dim: 'count', factor: 1, noun: n, length: consumed - raw.length + a.length };
    }
    const slashed = slashNoun(w, countNouns);
    if (slashed) {
      const trail = (/[,;:.)]+$/.exec(raw)?.[0] ?? '').length;
      return { dim: 'count', factor: 1, noun: slashed, length: consumed - trail };
    }
    const n = NOUN_ABBREVIATIONS[singular(w).toLowerCase()] ?? singular(w);
    if (countNouns.has(n) || countNouns.has(`${n}/s`)) {
      // "5,000 records per second" is the rate noun "record/s".
      const rate = /^\s*(?:per\s+sec(?:ond)?|\/\s*s(?:ec)?)\b/i.exec(words.slice(consumed));
      if (rate && countNouns.has(`${n}/s`))
        return { dim: 'count', factor: 1, noun: `${n}/s`, length: consumed + rate[0].length };
      // "100,000 executions per sec" in notes is a rate even where the KB has no rate of the noun: not a count.
      if (rate && anyNoun)
        return { dim: 'count', factor: 1, noun: `${n}/s`, length: consumed + rate[0].length };
      // Trailing punctuation is not part of the unit ("15 read replicas; …").
      const trail = (/[,;:.)]+$/.exec(raw)?.[0] ?? '').length;
      if (countNouns.has(n)) found = { dim: 'count', factor: 1, noun: n, length: consumed - trail };
      // A unit of measure (IOPS, vCPU, ACU, RCU …) is what is counted; words after it describe the figure
      // ("3,000 IOPS baseline", "2 vCPU minimum"), they are not a compound's head noun.
      if (found && MEASURE_UNITS.test(n)) break;
    }
    // Punctuation after a word ends the phrase ("5 VPCs, each with …"). A slash list of upper-case names the
    // KB does not count ("GET/HEAD requests", "TCP/UDP listeners") modifies the noun after it.
    if ((!/^[a-z-]+$/i.test(w) && !UPPER_LIST.test(raw)) || /[,;:.)]$/.test(raw)) break;
  }
  return found ?? (anyNoun ? openNoun(parts) : null);
}

const MEASURE_UNITS = /^(?:iop|iops|vcpu|acu|dpu|rpu)$/i;
/** Upper-case names joined by slashes ("PUT/COPY/POST/DELETE", "TCP/UDP"). */
const UPPER_LIST = /^[A-Z][A-Z0-9_]+(?:\/[A-Z][A-Z0-9_]+)+$/;

/** The places a storage amount is counted per when written after a slash ("GB/Region", "TB/account"). */
const BYTES_PER_PLACE =
  /^(?:region|rgn|account|acct|function|fn|table|bucket|cluster|instance|volume|node|shard|stream|partition|queue|topic|domain|repository|repo|workspace|user|file|object|item|share)s?$/;

/**
 * "5 TB/month", "10 GB/day": an amount of storage per a period longer than a second is the amount, the period
 * its scope, as "5 TB per month" reads (per second it is a rate, read above).
 */
function bytesPerPeriod(first: string): UnitMatch | null {
  const m = /^([a-z]+)\/([a-z]+)[.,;:)]*$/.exec(first);
  if (!m) return null;
  const factor = BYTE_UNITS[m[1] as string];
  const period = TIME_UNITS[m[2] as string];
  if (factor === undefined || m[1] === 'k' || (period !== undefined && period <= 1)) return null;
  // "50 GB/Region", "10 TB/account": an amount of storage per a place is the amount, the place its scope, as
  // "50 GB per Region" reads (it is no count of Regions). Only the places a quota is counted per.
  if (period === undefined && !BYTES_PER_PLACE.test(m[2] as string)) return null;
  return { dim: 'bytes', factor, noun: '', length: (m[1] as string).length + 1 + (m[2] as string).length };
}

/**
 * A counted noun written with a slash ("shards/acct", "operators/functions", "RCU/WCU", "calls/sec"): per
 * second, the noun's rate; otherwise the first of the two the KB counts (the second is an alternative or the
 * scope). A longer period after the slash ("emails/day") is the scope of a count of the noun.
 */
function slashNoun(w: string, countNouns: ReadonlySet<string>): string {
  const m = /^([A-Za-z][A-Za-z-]*)\/([A-Za-z][A-Za-z-]*)$/.exec(w);
  if (!m) return '';
  const nounOf = (x: string): string => {
    const n = singular(x).toLowerCase();
    return NOUN_ABBREVIATIONS[n] ?? n;
  };
  // "5 TPS/shard", "100 RPS/account": a call rate, counted against the scope after the slash.
  const callRate = RATE_ABBREVIATIONS[(m[1] as string).toLowerCase()];
  if (callRate) return callRate;
  const a = nounOf(m[1] as string);
  const b = (m[2] as string).toLowerCase();
  if (/^s(?:ec(?:ond)?s?)?$/.test(b)) return countNouns.has(`${a}/s`) ? `${a}/s` : '';
  // "1,000 emails/day": a count per a longer period is the count, the period its scope ("emails per day").
  if (TIME_UNITS[b] !== undefined) return countNouns.has(a) ? a : '';
  if (BYTE_UNITS[b] !== undefined) return '';
  if (countNouns.has(a)) return a;
  return countNouns.has(nounOf(b)) ? nounOf(b) : '';
}

/** Plural-looking words that are not things counted ("3 times", "2 plus 1", "5 always"). */
const NOT_COUNTED =
  /^(?:times|plus|minus|less|its|this|has|was|does|always|across|various|previous|us|as|is|yes|thus|perhaps|besides|sometimes|afterwards|towards|hours?|minutes?|seconds?|days?|weeks?|months?|years?)$/i;

/**
 * A counted noun the knowledge base has no unit for ("1,000 statements", "100 scopes", "1,000 wildcard
 * invalidations"): a plural noun right after the number, or after one adjective. Read so the claim is compared
 * with facts that count that noun (and kept from binding to facts that count something else).
 */
function openNoun(parts: readonly string[]): UnitMatch | null {
  let consumed = 0;
  for (let i = 0; i < Math.min(2, parts.length); i++) {
    const raw = parts[i] as string;
    const trail = (/[,;:.)]+$/.exec(raw)?.[0] ?? '').length;
    const w = raw.slice(0, raw.length - trail);
    consumed += raw.length + (i ? 1 : 0);
    if (!/^[A-Za-z][A-Za-z-]*$/.test(w) || UNIT_STOP.test(w) || NOT_COUNTED.test(w)) return null;
    // Lower-case plurals ("scopes"), or an acronym's plural ("SCPs", "OUs").
    const plural = (/^[a-z][a-z-]*[^sui]s$/.test(w) && w.length >= 4) || /^[A-Z]{2,}s$/.test(w);
    if (plural) {
      const n = singular(w);
      const noun = NOUN_ABBREVIATIONS[n] ?? n;
      // "400 commits per sec": a rate of the noun, not a count of it.
      const rate = trail
        ? null
        : /^\s*(?:per\s+sec(?:ond)?|\/\s*s(?:ec)?)\b/i.exec(parts.slice(i + 1).join(' '));
      if (rate)
        return {
          dim: 'count',
          factor: 1,
          noun: `${noun}/s`,
          length: consumed + 1 + rate[0].trimStart().length,
        };
      return { dim: 'count', factor: 1, noun, length: consumed - trail };
    }
    // One lower-case adjective may come first ("1,000 wildcard invalidations"); punctuation ends the phrase.
    if (i > 0 || trail || !/^[a-z][a-z-]*$/.test(w)) return null;
  }
  return null;
}

const LINK_END =
  /(?:\bof|\bup\s+to|:|=|\bis|\bare|\bmax(?:imum)?|\bat\s+most|\blimit(?:ed)?\s+to|\blimits?|\bquotas?|\bcaps?|\bdefaults?|\bdefaults?\s+to|\bset\s+to|\bcapped\s+at|\braised\s+to|\b(?:raise|increase|bump)[sd]?\s+(?:it\s+)?to|\bquota\s+of|(?:\bmore|\bfewer|\bless|\bgreater)\s+than|\babove|\bbelow|\bexceed(?:s|ing)?|\bbeyond|\b(?:rang(?:e|es|ing)|go(?:es)?|run(?:s)?|var(?:y|ies))\s+(?:from|between)|\bbetween|[≤≥<>→~≈]|\bcapped\s+to|\s[-–—]{1,2})(?:\s*(?:by\s+)?(?:default|max(?:imum)?|min(?:imum)?|only))?\s*$/i;
/** Only "per <scope>" or "/<scope>" (one or two words), then the bracket closes: "(250/VPC)", "(50 per connection)". */
const SCOPE_ONLY_CLOSE = /^\s*(?:\/|per\s+)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*\)/i;
/** A kind word, then one to four words of a label, at the end of the words before a bare figure. */
const KIND_FIRST =
  /\b(?:max(?:imum)?|min(?:imum)?|default)\s+((?:[A-Za-z][A-Za-z0-9/-]*\s+){0,3}[A-Za-z][A-Za-z0-9/-]*)\s*$/i;
const HEAD_LINK = /^(?:per|for|of|in|on|across|attached|associated|allowed|using|containing)$/i;

/** An auxiliary that starts the verb of a sentence ("attempts can be set up to 5", "retention may be 0"). */
const AUXILIARY = /^(?:can|cannot|could|may|might|must|will|should|shall|is|are|was|were|be)$/i;
/**
 * The words of the phrase a bare number is the value of: its subject, not the verb after it ("connection
 * attempts can be set up to 5" counts attempts; "set" is the verb).
 */
function ownPhrase(words: readonly string[]): readonly string[] {
  const verb = words.findIndex((w, i) => i > 0 && AUXILIARY.test(w));
  return verb > 0 ? words.slice(0, verb) : words;
}
/** Words that name a measure, not a count of things: what follows them with "for"/"of"/"per" qualifies them. */
const MEASURE =
  /^(?:size|length|timeout|retention|period|duration|window|interval|delay|age|ttl|expiry|expiration|lifetime)$/i;
/**
 * "batch size for an SQS trigger is 100", "retention period of a backup: 35": a measure followed by a
 * preposition heads the phrase, so a noun after it ("trigger", "backup") is not what the number counts.
 */
function measureHead(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w, i) => MEASURE.test(w) && /^(?:for|of|per|in|on)$/i.test(words[i + 1] ?? ''));
  return at >= 0 ? words.slice(0, at + 1) : words;
}

/**
 * The counted noun written before a bare number ("IOPS: 16000", "max GSIs per table = 5", "concurrent
 * executions limit is 1,000"), or '' when there is none. The words between must hold no other number and end
 * in a linking word (or the noun is IOPS itself: "IOPS 16000"). A noun followed by "per"/"for"/"of" heads its
 * phrase ("IOPS for a new gp3 volume is" counts IOPS, not volumes); otherwise the nearest noun counts.
 */
function nounBefore(
  window0: string,
  countNouns: ReadonlySet<string>,
  /** Also a noun the KB has no unit for, written plural ("cookies per cache policy: 10"); see labelNoun. */
  anyNoun = false,
  /** Nothing but punctuation or a kind word follows the number: the clause may be a bare "label N". */
  bareEnd = false,
  /** The window starts where the line does. */
  lineStart = false,
): string {
  // "max. 5", "approx. 20": the abbreviation's point is no sentence break.
  // So is the point of "conc.", "std.", "avg." before a word in lower case ("default conc. limit = 1,000").
  const window = blankAsides(window0)
    .replace(/\b(max|min|approx|ca)\.(?=\s*$)/i, '$1 ')
    .replace(/\b(max|min|approx|conc|std|avg|incl|ext|approx)\.(?=\s+[a-z])/gi, '$1 ')
    // "roles / acct = 1000": a spaced slash between words is "per".
    .replace(/([A-Za-z])\s+\/\s+(?=[A-Za-z])/g, '$1 per ');
  // Only the words after the last figure or sentence break ("gp3" is a name, not a figure).
  let cut = 0;
  for (const b of window.matchAll(/(?<![A-Za-z0-9])\d[\d,]*|[.;()!?]/g)) cut = (b.index ?? 0) + b[0].length;
  const tail = window.slice(cut);
  const link = LINK_END.exec(tail);
  // "private VIF: 100 routes …; public VIF: 1,000": a singular virtual interface heading its own colon names the
  // interface the clause is about, not what it counts ("VIFs per connection: 50", "1 transit VIF" count them).
  if (/(?<![A-Za-z])VIF\s*:\s*$/.test(tail)) return '';
  // A label starts the line, or follows a sentence break, colon, comma or "=" (not a figure: "12 pipelines
  // per account 10" is no label).
  const startsClause =
    /[:,=]/.test(tail) || (cut === 0 ? lineStart : /[.;()!?,:=]$/.test(window.slice(0, cut)));
  if (!link && bareEnd && startsClause) {
    const label = labelNoun(tail, countNouns, anyNoun);
    if (label) return label;
  }
  // "max batch 10", "default batch size 10": a kind word before the label's last words links them to the
  // figure as one after them does ("batch size max 10"), when those words are a label's (no verb or function
  // word) and nothing but punctuation or a kind word follows the figure.
  const kindFirst = !link && bareEnd && startsClause ? KIND_FIRST.exec(tail) : null;
  const labelPart = link
    ? tail.slice(0, link.index)
    : kindFirst && !(kindFirst[1] as string).split(/\s+/).some((w) => NOT_LABEL.test(w))
      ? tail.slice(0, kindFirst.index) + (kindFirst[1] as string)
      : null;
  if (labelPart !== null && anyNoun) {
    const open = openLabelNoun(labelPart, countNouns);
    if (open) return open;
  }
  const words = (labelPart ?? tail).match(/[A-Za-z][A-Za-z/-]*/g) ?? [];
  const nounOf = (w: string): string => {
    const n = singular(w.replace(/^P(?=IOPS)/, ''));
    return NOUN_ABBREVIATIONS[n.toLowerCase()] ?? n;
  };
  if (labelPart === null) {
    const last = words[words.length - 1] ?? '';
    return /^P?IOPS$/i.test(last) && countNouns.has(nounOf(last)) ? nounOf(last) : '';
  }
  const near = measureHead(ownPhrase(words)).slice(-7);
  // An API parameter heads the phrase ("Glue job MaxConcurrentRuns default is 1", "queue VisibilityTimeout is
  // 30"): the figure is that parameter's value, not a count of the noun before it.
  const headWord = [...near]
    .reverse()
    .find((w) => !/^(?:default|max(?:imum)?|min(?:imum)?|limit|value)$/i.test(w));
  // A parameter a count fact's label names ("MaxNumberOfMessages up to 10", "ParallelismPerKPU max 8") counts
  // what that fact counts: the index maps its name, in lower case, to the fact's noun.
  if (headWord && /^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$/.test(headWord)) {
    const param = singular(headWord.toLowerCase());
    if (countNouns.has(param)) return param;
    if (/^[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+$/.test(headWord)) return '';
  }
  // A phrase that is a place or a case ("on a transit gateway: 1,000", "in each Region: 5") names where the
  // figure holds, not what it counts.
  const lastPart = (labelPart ?? tail).split(',').pop() ?? '';
  const inPlace = /^\s*(?:on|in|at|from|to|with|under|behind|inside|within)\b/i.test(lastPart);
  // Not a noun that is itself a scope ("nodes quota per account per Region = 100": "account" is where the
  // nodes are counted, not what the figure counts).
  for (let i = 0; i < near.length - 1; i++)
    if (
      countNouns.has(nounOf(near[i] as string)) &&
      HEAD_LINK.test(near[i + 1] as string) &&
      !/^(?:per|each|every)$/i.test(near[i - 1] ?? '')
    )
      return nounOf(near[i] as string);
  // A noun after "per" is what the figure is counted against ("ENIs per VPC: 250" does not count VPCs), with
  // up to two words qualifying it ("cookies per cache policy: 10" does not count policies).
  for (let i = near.length - 1; i >= 0; i--)
    if (
      countNouns.has(nounOf(near[i] as string)) &&
      !near.slice(Math.max(0, i - 3), i).some((w) => /^(?:per|each|every)$/i.test(w)) &&
      !inPlace
    )
      return nounOf(near[i] as string);
  return '';
}

/**
 * Asides that hold no figure ("authorizers (Lambda and Cognito) per API: 25") and Region codes ("rules per
 * bus in eu-west-2: 300") are blanked, same length, so their brackets and digits do not cut the label off.
 */
function blankAsides(window: string): string {
  return window
    .replace(/\([^()\d]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/\b[a-z]{2}(?:-gov)?-[a-z]+-\d\b/gi, (m) => ' '.repeat(m.length));
}

/** Verbs and function words that make a clause prose rather than a label ("Lambda supports 10"). */
const NOT_LABEL =
  /^(?:is|are|was|were|be|been|can|could|may|might|will|would|should|must|has|have|had|do|does|did|supports?|allows?|gives?|gets?|takes?|uses?|needs?|sets?|runs?|holds?|keeps?|lets?|returns?|limits?|scales?|only|the|a|an|we|you|i|it|they|our|my|your|their|about|around|over|under|than|to|from|with|by|at|on|in|into|of|or|and|if|when|after|before|since|until|across|for|within|between|through|among|via|all|each|every|any|total|combined|version|step|task|phase|part|stage|day|week|month|year)$/i;

/**
 * The noun of a clause that is only a label before its figure, the way quota lists are written ("Rules per
 * bus 300", "CNAMEs per distribution 100, cache behaviors per distribution 750", "origin groups 10"): the
 * clause starts after a colon, comma or the line's start, holds only words (no verb, no function word but
 * "per"), and either its counted noun heads "per <scope>" or its last word is that noun written plural.
 */
function labelNoun(tail: string, countNouns: ReadonlySet<string>, anyNoun: boolean): string {
  // "functions/resolver" in a label is "functions per resolver".
  const clause = (tail.split(/[:,=]/).pop() ?? '')
    .replace(/^\s*[-*>•]+\s/, ' ')
    .replace(/\b([A-Za-z][A-Za-z-]*[a-z]s)\/([A-Za-z][A-Za-z-]*)\b/g, (m, a: string, b: string) =>
      TIME_UNITS[b.toLowerCase()] === undefined ? `${a} per ${b}` : m,
    );
  // Names may hold digits ("R53", "EC2", "S3").
  if (!/^\s*[A-Za-z][A-Za-z0-9/ -]*\s$/.test(clause)) return '';
  const words = clause.trim().split(/\s+/);
  if (words.length > 7 || words.some((w) => NOT_LABEL.test(w))) return '';
  const nounOf = (w: string): string => {
    const n = singular(w);
    return NOUN_ABBREVIATIONS[n.toLowerCase()] ?? n.toLowerCase();
  };
  const plural = (w: string): boolean =>
    (/^[a-z][a-z-]*[^sui]s$/.test(w) && w.length >= 4) || /^[A-Z]{2,}s$/.test(w);
  const known = (w: string): boolean => countNouns.has(nounOf(w)) || (anyNoun && plural(w));
  const per = words.findIndex((w) => /^per$/i.test(w));
  if (per > 0) {
    // "<noun> per <one to three words>": the scope ends the label.
    const head = words[per - 1] as string;
    if (words.length - per - 1 >= 1 && words.length - per - 1 <= 3 && plural(head) && known(head))
      return nounOf(head);
    return '';
  }
  // "origin groups 10": the label ends in the counted noun, written plural, and names more than it.
  const last = words[words.length - 1] as string;
  if (words.length >= 2 && plural(last) && countNouns.has(nounOf(last))) return nounOf(last);
  // "Lambda concurrency 1000/region": a mass noun that names a count ("concurrency" counts executions).
  if (words.length >= 2 && /^(?:concurrency|conc)$/i.test(last) && countNouns.has(nounOf(last)))
    return nounOf(last);
  return '';
}

/**
 * A noun the KB has no unit for, written plural, that a label before its figure names ("cookies per cache
 * policy: 100", "log configs: max 15"): the noun that heads "per", or else the label's last word.
 */
function openLabelNoun(label: string, countNouns: ReadonlySet<string>): string {
  const words = label.match(/[A-Za-z][A-Za-z/-]*/g) ?? [];
  const plural = (w: string): boolean =>
    (/^[a-z][a-z-]*[^sui]s$/.test(w) && w.length >= 4) || /^[A-Z]{2,}s$/.test(w);
  const per = words.findIndex((w) => /^per$/i.test(w));
  const head = per > 0 ? (words[per - 1] as string) : per < 0 ? (words[words.length - 1] ?? '') : '';
  if (!head || !plural(head) || NOT_COUNTED.test(head)) return '';
  const n = singular(head);
  const noun = NOUN_ABBREVIATIONS[n] ?? n;
  // A noun the KB counts is read by the caller's own rules.
  return countNouns.has(noun) ? '' : noun;
}

/** The linking words a parameter's name may have between it and its number ("is", "max", "set to", ":" …). */
const PARAM_LINK = String.raw`is|of|=|:|max(?:imum)?|min(?:imum)?|default|up\s+to|limit|set\s+to|must\s+be|can\s+be|at\s+most|at\s+least`;

/**
 * A parameter whose name carries its unit ("DurationSeconds max is 3600", "sizeInGiB: 200",
 * "TimeoutInMinutes = 60"): a camel-case name ending in a time or storage unit, then only linking words
 * before the number, gives the number that unit.
 */
const PARAM_UNIT = new RegExp(
  String.raw`(?<![A-Za-z])[A-Za-z]*[a-z](?:In)?(Milliseconds|Millis|Seconds|Secs|Minutes|Mins|Hours|Days|Bytes|KBs?|KiBs?|MBs?|MiBs?|GBs?|GiBs?|TBs?|TiBs?)(?:\s+(?:${PARAM_LINK})|\s*[:=])*\s*$`,
);

const MTU_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])MTUs?(?:\s+(?:${PARAM_LINK}|supported)|\s*[:=])*\s*$`,
  'i',
);

function parameterUnit(window: string): { dim: Dimension; factor: number } | null {
  // "MTU 9001", "MTU: 1500", "MTU of 8500": a maximum transmission unit is a size in bytes.
  if (MTU_BEFORE.test(window)) return { dim: 'bytes', factor: 1 };
  const m = PARAM_UNIT.exec(window);
  if (!m) return null;
  const u = (m[1] as string).toLowerCase();
  if (u === 'millis') return { dim: 'seconds', factor: 0.001 };
  if (TIME_UNITS[u] !== undefined) return { dim: 'seconds', factor: TIME_UNITS[u] as number };
  const b = u.replace(/s$/, '');
  if (BYTE_UNITS[b] !== undefined) return { dim: 'bytes', factor: BYTE_UNITS[b] as number };
  return null;
}

/** "x the …", "× heartbeat", "times the …" after a number: a multiple of the figure named next. */
const MULTIPLE_AFTER =
  /^(x|×|times)(?=\s+(?:(?:the|its|their|your|that)\s+)?[A-Za-z])(?!\s+(?:per|a|an|each|every|in|within|a)\b)/i;

/**
 * A word that names a duration, then only linking words, at the end of the words before a bare 0 ("retention to",
 * "TTL =", "timeout can be set to"): see `zeroTime` in findQuantities.
 */
const ZERO_TIME_BEFORE =
  /\b(?:retention|retention\s+period|timeout|delay|ttl|duration|interval|cooldown|lifetime|expiry|expiration)\s*(?:(?:is|of|to|at|can|could|may|must|be|set|setting|equals?)\s+|[:=]\s*)*$/i;

const FREQUENCY_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/**
 * "once per day", "twice a week", "once in any 24-hour window": a frequency word, then a period of one unit
 * ("once every 10 minutes" is an interval, its figure read as a duration).
 */
const FREQUENCY =
  /\b(once|twice|thrice)\s+(?:(?:a|an|per|each|every|in\s+(?:a|an|any|each)|within|within\s+(?:a|an|any))\s+)(?:(?:rolling|calendar|single|UTC)\s+)?(?:day|week|month|year|hour|24[\s-]*(?:h|hrs?|hours?)(?:\s+(?:window|period))?|24-hour\s+(?:window|period))\b/gi;

/** Money: "$0.20 per 1 million requests", "USD 0.10 per GB-month". */
// The unit after "per" is one or two words, or a thing and its period ("$1 per key per month": "key per month").
const MONEY = new RegExp(
  String.raw`(?:\$\s?|USD\s?)(${NUM})\s*(?:(?:(?:per|for(?: each)?|a|an)\s+|/\s*)((?:\d[\d,]*(?:\.\d+)?\s?(?:[kKM]|mil|million|thousand|billion)?\s+)?[A-Za-z][\w-]*(?:\s+per\s+[A-Za-z][\w-]*|\s+(?!per\b)[A-Za-z][\w-]*)?))?`,
  'g',
);

/**
 * Every quantity in `text`. `countNouns` are the nouns counts are recognised for (from the facts' units),
 * singular and lower-case.
 */
export function findQuantities(
  text: string,
  countNouns: ReadonlySet<string>,
  /** Also read counts of nouns outside `countNouns` (in notes; the facts' own text keeps to known units). */
  anyNoun = false,
): Quantity[] {
  // Most prose holds no figure: a cheap test first (a digit not glued to a word, a spelled-out duration,
  // or nines), the full expressions only when it passes.
  if (!mayHoldQuantity(text)) return [];
  if (anyNoun) {
    const joined = slashQualifiers(text);
    if (joined !== text)
      return findQuantities(joined, countNouns, anyNoun).map((q) => ({
        ...q,
        raw: text.slice(q.start, q.end),
      }));
  }
  const out: Quantity[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && e > a);
  let m: RegExpExecArray | null;
  NINES.lastIndex = 0;
  while ((m = NINES.exec(text))) {
    const n = parseNumber((m[1] ?? m[2]) as string);
    if (!(n >= 2 && n <= 12)) continue;
    const value = Number((100 - 100 * 10 ** -n).toFixed(n));
    out.push({ dim: 'percent', value, noun: '', start: m.index, end: m.index + m[0].length, raw: m[0] });
    taken.push([m.index, m.index + m[0].length]);
  }
  // "once per day", "twice within 24 hours": how many times in a period, the count of times the KB keeps.
  if (countNouns.has('time'))
    for (const f of text.matchAll(FREQUENCY)) {
      const s0 = f.index ?? 0;
      const e0 = s0 + (f[1] as string).length;
      if (!free(s0, e0)) continue;
      const value = FREQUENCY_WORDS[(f[1] as string).toLowerCase()] as number;
      out.push({ dim: 'count', value, noun: 'time', start: s0, end: e0, raw: f[1] as string });
      taken.push([s0, e0]);
    }
  MONEY.lastIndex = 0;
  while ((m = MONEY.exec(text))) {
    const per = (m[2] ?? '').toLowerCase().trim();
    out.push({
      dim: 'usd',
      value: parseNumber(m[1] as string),
      noun: per,
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
    });
    taken.push([m.index, m.index + m[0].length]);
  }
  // A CIDR prefix length on its own ("as large as /16", "smallest subnet: /28") counts the prefix's length,
  // the unit the KB's block-size facts use; a full block ("10.0.0.0/16") is an address, not a claim.
  if (countNouns.has('length'))
    for (const c of text.matchAll(/(?<![\w./])\/(\d{1,3})(?![\w.,/-]*\d)(?![\w])/g)) {
      const n = Number(c[1]);
      const s0 = c.index ?? 0;
      if (n < 1 || n > 128 || !free(s0, s0 + c[0].length)) continue;
      out.push({ dim: 'count', value: n, noun: 'length', start: s0, end: s0 + c[0].length, raw: c[0] });
      taken.push([s0, s0 + c[0].length]);
    }
  // "IOPS:GiB ratio of 500:1", "a 50:1 IOPS-to-GiB ratio": a ratio in colon notation is the same figure as
  // "500 IOPS per GiB" (sizeRatio); read the "N:1" as that ratio, what is counted per GiB.
  if (/ratio/i.test(text) && /\d\s*:\s*1\b/.test(text))
    for (const r of text.matchAll(RATIO_NOTATION)) {
      const what = (r[1] ?? r[5]) as string;
      const size = ((r[2] ?? r[6]) as string).toLowerCase();
      const digits = (r[3] ?? r[4]) as string;
      const per = BYTE_UNITS[size];
      const n = NOUN_ABBREVIATIONS[singular(what).toLowerCase()] ?? singular(what).toLowerCase();
      if (per === undefined || !countNouns.has(n)) continue;
      const s0 = (r.index ?? 0) + r[0].indexOf(digits);
      const e0 = s0 + (/^[\d.,]+\s*:\s*1/.exec(text.slice(s0))?.[0].length ?? digits.length);
      if (!free(s0, e0)) continue;
      out.push({
        dim: 'ratio',
        value: parseNumber(digits) * (KI ** 3 / per),
        noun: ratioNoun('count', n),
        start: s0,
        end: e0,
        raw: text.slice(s0, e0),
      });
      taken.push([s0, e0]);
    }
  // "half a minute", "a quarter of an hour": a fraction of one unit of time.
  if (/half|quarter/i.test(text))
    for (const h of text.matchAll(HALF)) {
      const s0 = h.index ?? 0;
      const e0 = s0 + h[0].length;
      const f = TIME_UNITS[(h[2] as string).toLowerCase()];
      if (f === undefined || !free(s0, e0)) continue;
      const value = (/^half$/i.test(h[1] as string) ? 0.5 : 0.25) * f;
      out.push({ dim: 'seconds', value, noun: '', start: s0, end: e0, raw: h[0] });
      taken.push([s0, e0]);
    }
  // "1h30m", "2h 15m", "1m30s": a duration in parts.
  if (/\d\s?[dhm]\s?\d/.test(text))
    for (const c of text.matchAll(COMPOUND_DURATION)) {
      const s0 = c.index ?? 0;
      const e0 = s0 + c[0].length;
      const parts = [...c[0].matchAll(/(\d+)\s?([dhms])/g)];
      const order = parts.map((x) => 'dhms'.indexOf(x[2] as string));
      if (order.some((o, i) => i > 0 && o <= (order[i - 1] as number)) || !free(s0, e0)) continue;
      const value = parts.reduce((t, x) => t + Number(x[1]) * (DURATION_PART[x[2] as string] as number), 0);
      out.push({ dim: 'seconds', value, noun: '', start: s0, end: e0, raw: c[0] });
      taken.push([s0, e0]);
    }
  // "1/5/15 min", "128/256/512 MB", "10s/30s/60s", "90 / 180 days": options written as a slash list, each a
  // figure in the unit written after the last (or after each). Three or more, or two set apart by spaces ("1/4
  // vCPU" is a fraction, "24/7" no figure); the values rise; a list with no unit is no figure (dates).
  // (In notes only: the facts' own text keeps its bare numbers to the fact's unit.)
  if (anyNoun && text.includes('/'))
    for (const l of text.matchAll(SLASH_LIST)) {
      const s0 = l.index ?? 0;
      if (NAME_BEFORE.test(text.slice(Math.max(0, s0 - 12), s0))) continue;
      const items = l[0].split('/').map((x) => /^\s*(\d+(?:\.\d+)?)([A-Za-z]*)\s*$/.exec(x));
      if (items.some((x) => !x)) continue;
      // The unit may be glued to the last only ("1/3/6/12/24h").
      const glued = items.map((x) => (x as RegExpExecArray)[2] as string);
      const suffixes = new Set(glued.slice(0, -1).every((g) => !g) ? [glued[glued.length - 1]] : glued);
      const nums = items.map((x) => Number((x as RegExpExecArray)[1]));
      if (suffixes.size !== 1 || nums.some((n, i) => i > 0 && n <= (nums[i - 1] as number))) continue;
      if (nums.length < 3 && !/\s\/\s/.test(l[0])) continue;
      const suffix = [...suffixes][0] as string;
      const after = text.slice(s0 + l[0].length);
      const unit = suffix
        ? unitAfter(suffix, countNouns)
        : /^\s?[A-Za-zµμ%]/.test(after)
          ? unitAfter(after.trimStart(), countNouns)
          : null;
      if (!unit || (unit.dim === 'count' && !countNouns.has(unit.noun))) continue;
      const e0 = s0 + l[0].length + (suffix ? 0 : after.length - after.trimStart().length + unit.length);
      if (!free(s0, e0)) continue;
      let at = s0;
      for (const [i, n] of nums.entries()) {
        const piece = l[0].split('/')[i] as string;
        const ps = text.indexOf(piece.trim(), at);
        at = ps + piece.trim().length;
        const last = i === nums.length - 1;
        out.push({
          dim: unit.dim,
          value: n * unit.factor,
          noun: unit.noun,
          start: ps,
          end: last ? e0 : at,
          raw: text.slice(ps, last ? e0 : at),
          ...(last ? {} : { option: true }),
        });
      }
      taken.push([s0, e0]);
    }
  // "every 5m", "timeout … max 2m": a lower-case m glued to a number is minutes where the clause is about
  // time (elsewhere "10m" may be millions).
  if (/\dm\b/.test(text))
    for (const g of text.matchAll(/(?<![\w.,/$])(\d+)m(?![\w/.])(?!\s+[A-Za-z]+s\b)/g)) {
      const s0 = g.index ?? 0;
      const e0 = s0 + g[0].length;
      const clause =
        text
          .slice(0, s0)
          .split(/[.;!?]\s/)
          .pop() ?? '';
      if (!TIME_CONTEXT.test(clause) || !free(s0, e0)) continue;
      out.push({ dim: 'seconds', value: Number(g[1]) * 60, noun: '', start: s0, end: e0, raw: g[0] });
      taken.push([s0, e0]);
    }
  QTY.lastIndex = 0;
  const raw: Quantity[] = [];
  while ((m = QTY.exec(text))) {
    if (m[1]) continue; // money handled above
    const start = m.index;
    // A number that is part of a name ("FIPS 140", "Route 53", "Windows 2019", "TLS 1.2") is no quantity.
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const numStr = m[2] as string;
    // "1st", "3rd", "4th": an ordinal, no figure; ":3" at the end of an ARN or ID is part of the name.
    if (/^\d+(?:st|nd|rd|th)\b/i.test(text.slice(start, start + numStr.length + 3))) continue;
    if (text[start - 1] === ':' && /\S:\S*:$/.test(text.slice(Math.max(0, start - 80), start))) continue;
    // "3-2-1": the end of a chain of dashed numbers is no figure.
    if (/\d\s*[-–]\s*\d+\s*[-–]\s*$/.test(text.slice(Math.max(0, start - 16), start))) continue;
    // "10.0.0.0/16", "192.168.1.10": an IPv4 address or CIDR block is an address, no figure (not "10.0").
    const address = /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\d.])/.exec(text.slice(start));
    if (address) {
      QTY.lastIndex = start + address[0].length;
      continue;
    }
    const isWord = /^[a-z]/i.test(numStr);
    let value = parseNumber(numStr);
    if (!Number.isFinite(value)) continue;
    if (m[3]) value *= MULTIPLIERS[(m[3] as string).toLowerCase()] ?? 1;
    const afterNum = start + m[0].length - (m[4]?.length ?? 0);
    // The unit reader sees past the matched words, for a rate written out ("calls per second").
    const unit = m[4]
      ? unitAfter(
          text.slice(afterNum, afterNum + 80).trimStart(),
          countNouns,
          anyNoun,
          text[afterNum - 1] === '-' && /\d/.test(text[afterNum - 2] ?? ''),
        )
      : null;
    // "MTU 9001 between VPCs": the figure after an MTU is its size in bytes, whatever words follow it.
    if (!isWord && unit?.dim === 'count' && MTU_BEFORE.test(text.slice(Math.max(0, start - 64), start))) {
      raw.push({ dim: 'bytes', value, noun: '', start, end: afterNum, raw: numStr });
      QTY.lastIndex = afterNum;
      continue;
    }
    // "6,000/s", "50/sec": a rate with no noun is a rate of calls, unless its label names a counted noun.
    // "5,500 x/sec", "2,000 per sec": the same, written out.
    const perSec = isWord
      ? null
      : (!m[4]
          ? /^\/\s?s(?:ec(?:ond)?)?(?![A-Za-z])/
          : /^\s?(?:[x×]\s?\/\s?s(?:ec(?:ond)?)?(?![A-Za-z])|per\s+sec(?:ond)?\b)/
        ).exec(text.slice(afterNum));
    if (perSec) {
      const lead = nounBefore(text.slice(Math.max(0, start - 64), start), countNouns);
      const noun = !lead ? 'request/s' : countNouns.has(`${lead}/s`) ? `${lead}/s` : '';
      const end = afterNum + perSec[0].length;
      if (noun) raw.push({ dim: 'count', value, noun, start, end, raw: text.slice(start, end) });
      QTY.lastIndex = end;
      continue;
    }
    // "5x the concurrent build limit", "3 times the category quota", "100 x heartbeat timeout": a multiple of
    // another figure, which the KB counts in times ("5 times the concurrent build limit"). Only digits.
    if (!unit && !isWord && m[4] && countNouns.has('time')) {
      const mult = MULTIPLE_AFTER.exec(text.slice(afterNum));
      if (mult) {
        const end = afterNum + (mult[1] as string).length;
        raw.push({
          dim: 'count',
          value,
          noun: 'time',
          start,
          end,
          raw: text.slice(start, end),
          multiple: true,
        });
        QTY.lastIndex = end;
        continue;
      }
    }
    if (!unit) {
      // A bare number may take the unit of the range it starts ("7-35 days"): resolved below.
      // "IOPS up to 16000", "max PIOPS 64000": the counted noun may come first.
      // The noun must be joined to the number ("IOPS: 16000", "IOPS up to 16000"), except IOPS itself:
      // "Task 1", "Role 2" are names.
      // "10,000 per Region", "500 for each account": what follows is the denominator, not the noun.
      // "125 default", "10 (soft)", "1,000 adjustable": a kind word after the number is no unit either.
      const firstAfter = (m[4] as string | undefined)?.split(/\s+/)[0] ?? '';
      const kindAfter =
        /^\(?(?:default|max(?:imum)?|min(?:imum)?|soft|hard|adjustable|fixed|allowed|permitted)\)?[,;:.]?$/i.test(
          firstAfter,
        ) || isTotalWord(firstAfter);
      const rest = text.slice(afterNum);
      const aside = ASIDE_AFTER.test(rest);
      const unitless =
        !m[4] || UNIT_STOP.test(firstAfter) || PHRASE_STOP.test(firstAfter) || kindAfter || aside;
      // "1000/region", "120 per rgn": only a scope follows, so the clause may still be a bare "label N"; so may
      // the low end of a bare range ("attempts 1-10").
      const scopeEnd =
        /^\s*(?:\/|per\s+)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*(?:$|[,;.)]|\(?(?:default|soft|hard|adjustable|fixed)\b)/i.test(
          rest,
        ) && !/^\s*\/\s*s(?:ec(?:ond)?s?)?\b/i.test(rest);
      const rangeEnd = !m[4] && /^\s*[-–—]\s*\d[\d,.]*\s*(?:$|[,;.)]|\(?(?:default|soft|hard)\b)/.test(rest);
      const bareEnd =
        ((!m[4] || kindAfter || isTotalWord(firstAfter) || endsInTotal(rest)) &&
          (/^\s*(?:$|[,;.)]|\(?(?:default|soft|hard|adjustable|fixed|allowed|permitted)\b)/i.test(rest) ||
            endsInTotal(rest))) ||
        scopeEnd ||
        rangeEnd ||
        aside;
      // "msg 256K", "item size max 400K": a K after the size of a message, item or payload is kilobytes.
      if (
        !isWord &&
        m[3] &&
        /^k$/i.test(m[3] as string) &&
        unitless &&
        SIZE_LABEL.test(text.slice(Math.max(0, start - 40), start))
      ) {
        raw.push({
          dim: 'bytes',
          value: (value / 1e3) * KI,
          noun: '',
          start,
          end: afterNum,
          raw: numStr + (m[3] as string),
        });
        QTY.lastIndex = afterNum;
        continue;
      }
      // "listener quota (50)": a figure alone in brackets right after its label is the label's value, the
      // bracket a link like a colon.
      const before = text.slice(Math.max(0, start - 64), start);
      // So is one with only the scope it is counted per, after a label's quota word ("ENI quota (250/VPC)",
      // "VIF limit (50 per connection)"); not after other words ("values per key (50 per API call)" is another
      // figure's aside).
      const alone =
        before.endsWith('(') &&
        (rest.startsWith(')') ||
          (SCOPE_ONLY_CLOSE.test(rest) && /\b(?:limits?|quotas?|caps?)\s*\($/i.test(before)));
      const leadNoun = nounBefore(
        alone ? `${before.slice(0, -1)}:` : before,
        countNouns,
        anyNoun,
        bareEnd,
        start <= 64,
      );
      const param = !isWord && unitless ? parameterUnit(text.slice(Math.max(0, start - 64), start)) : null;
      // "backup retention can be set to 0", "(retention 0)", "delay of 0": zero is zero in every unit of time, so a
      // bare 0 right after a word that names a duration is a duration (a bare 30 would still need its unit). Not the
      // low end of a range ("retention 0-35 days" is read with its unit below).
      const zeroTime =
        !isWord &&
        unitless &&
        value === 0 &&
        !/^\s*(?:-|–|—|to|and|through)\s*\d/i.test(rest) &&
        ZERO_TIME_BEFORE.test(text.slice(Math.max(0, start - 64), start));
      if (zeroTime) raw.push({ dim: 'seconds', value: 0, noun: '', start, end: afterNum, raw: numStr });
      else if (param)
        raw.push({
          dim: param.dim,
          value: value * param.factor,
          noun: '',
          start,
          end: afterNum,
          raw: numStr,
        });
      else if (!isWord && leadNoun && unitless)
        raw.push({ dim: 'count', value, noun: leadNoun, start, end: afterNum, raw: numStr });
      else if (!isWord) raw.push({ dim: 'count', value, noun: '', start, end: afterNum, raw: numStr });
      // "one to five minutes": a number word may be the low end of a range whose high end has the unit.
      else if (new RegExp(String.raw`^\s*(?:-|–|—|to)\s*(?:\d|(?:${WORDNUM})\b)`, 'i').test(rest))
        raw.push({ dim: 'count', value, noun: '', start, end: afterNum, raw: numStr });
      // Let the regex retry inside the unit words (another number may hide there).
      QTY.lastIndex = afterNum;
      continue;
    }
    // "one hour" is a duration; "one region" or "two services" in prose is rarely a figure to check, but
    // "five read replicas" or "three AZs" counts a thing the knowledge base counts.
    // A storage size or rate written out in words ("one megabyte per second") is read too.
    if (
      isWord &&
      unit.dim !== 'seconds' &&
      !(unit.dim === 'count' && value >= 3) &&
      !(
        /^(?:bytes|bytesPerSecond|bitsPerSecond)$/.test(unit.dim) &&
        // "twelve gigabytes", "five hundred KB" (a unit's symbol in capitals, not a word of prose).
        /^(?:[a-z]+(?:bytes?|bits?)\b|[KMGTP]i?B\b)/i.test(m[4] ?? '')
      )
    )
      continue;
    // "1.29 upgrade notes": a fraction of a noun the KB does not count is a version or a name, not a count.
    if (
      unit.dim === 'count' &&
      !Number.isInteger(value) &&
      !countNouns.has(unit.noun) &&
      !unit.noun.endsWith('/s')
    )
      continue;
    const end =
      afterNum + (text.slice(afterNum).length - text.slice(afterNum).trimStart().length) + unit.length;
    raw.push({
      dim: unit.dim,
      value: value * unit.factor,
      noun: unit.noun,
      start,
      end,
      raw: text.slice(start, end),
    });
    QTY.lastIndex = end;
  }
  // Ranges: "7-35 days", "128MB - 10 GB", "between 1 and 12 hours".
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i] as Quantity;
    const b = raw[i + 1];
    // "and" joins the ends of a range only after "between" ("between 1 and 12 hours"); otherwise it joins two
    // figures ("600 Regional APIs and 120 edge-optimized APIs").
    const join = text.slice(a.end, b?.start ?? a.end);
    const andRange =
      !/^\s*and\s*$/i.test(join) || /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start));
    // "replica tiers range from 0 to 15", "tags between 1 and 50": a range's low end read with the counted noun of
    // its label gives the noun to the bare high end.
    if (
      b &&
      RANGE_JOIN.test(join) &&
      andRange &&
      a.dim === 'count' &&
      a.noun !== '' &&
      /^[\d.,]+$/.test(a.raw) &&
      b.dim === 'count' &&
      b.noun === '' &&
      b.value >= a.value
    ) {
      const q: Quantity = { ...a, value: b.value, low: a.value, end: b.end, raw: text.slice(a.start, b.end) };
      if (free(q.start, q.end)) {
        out.push(q);
        taken.push([q.start, q.end]);
      }
      i++;
      continue;
    }
    // A low end above the high end, or a dash chain ("3-2-1"), is no range.
    const chain = /\d\s*[-–—]\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start));
    if (
      b &&
      !chain &&
      RANGE_JOIN.test(join) &&
      andRange &&
      !(b.dim === 'count' && b.noun === '') &&
      lowFits(a, b, text)
    ) {
      // A number whose noun came from the label before it ("waiting period: 7-30 days") is bare too when the
      // high end has a unit of another dimension or a counted noun of its own ("cluster: 5-10 nodes"): the range's unit is the high end's; so is a low end whose noun
      // came from its label through "between"/"from".
      const bare =
        (a.dim === 'count' &&
          (a.noun === '' || ((b.dim !== 'count' || b.noun !== '') && /^[\d,.]+$/.test(a.raw.trim())))) ||
        (a.dim === 'count' &&
          /^[\d.,]+$/.test(a.raw) &&
          /\b(?:between|from)\s*$/i.test(text.slice(Math.max(0, a.start - 12), a.start)));
      if (bare || (a.dim === b.dim && a.noun === b.noun)) {
        const q: Quantity = {
          ...b,
          low: bare ? a.value * unitFactorOf(b, text) : a.value,
          start: a.start,
          raw: text.slice(a.start, b.end),
        };
        if (free(q.start, q.end)) {
          out.push(q);
          taken.push([q.start, q.end]);
        }
        i++;
        continue;
      }
    }
    // "1, 10, 100 Gbps", "7, 30 or 60 days", "1 or 3 years": a list of bare numbers, rising, joined only by
    // commas and a last "or"/"and", takes the unit of the number that ends it (a label's noun gives way to it).
    const listEnd = anyNoun ? listUnit(raw, i, text) : null;
    if (listEnd && free(a.start, a.end)) {
      out.push({
        ...a,
        dim: listEnd.dim,
        noun: listEnd.noun,
        value: a.value * unitFactorOf(listEnd, text),
        option: true,
      });
      taken.push([a.start, a.end]);
      continue;
    }
    // "7 to 30 days, default 10": a bare number after a kind word takes the unit of the range before it in
    // the sentence, when it lies inside that range ("0 to 12 hours, default 30" is 30 seconds: left alone).
    const p = out.length ? (out[out.length - 1] as Quantity) : undefined;
    if (
      a.dim === 'count' &&
      a.noun === '' &&
      p &&
      p.low !== undefined &&
      p.dim !== 'count' &&
      p.dim !== 'usd' &&
      p.end <= a.start &&
      /^[^.;!?]*\b(?:default|max(?:imum)?|min(?:imum)?)\s*(?:is|of|:|=)?\s*$/i.test(
        text.slice(p.end, a.start),
      )
    ) {
      const first = Number((/[\d.,]+/.exec(p.raw)?.[0] ?? '').replace(/,/g, ''));
      // A range from 0 ("0-35 days, default 7") gives its factor by its high end.
      const lastNum = Number(((p.raw.match(/[\d.,]*\d/g) ?? []).pop() ?? '').replace(/,/g, ''));
      const factor = first > 0 ? (p.low ?? p.value) / first : lastNum > 0 ? p.value / lastNum : NaN;
      const v = a.value * factor;
      if (
        Number.isFinite(factor) &&
        factor > 0 &&
        v >= (p.low ?? 0) &&
        v <= p.value &&
        free(a.start, a.end)
      ) {
        out.push({ ...a, dim: p.dim, value: v, noun: p.noun, raw: a.raw });
        taken.push([a.start, a.end]);
        continue;
      }
    }
    // "delay 300 s (0-3600)", "1,500 WCUs (max 5,000)": bare numbers in brackets right after a figure are
    // more values of it: a range around it, or a maximum above it.
    if (
      a.dim === 'count' &&
      a.noun === '' &&
      p &&
      p.dim !== 'usd' &&
      p.end <= a.start &&
      free(a.start, a.end)
    ) {
      const between = text.slice(p.end, a.start);
      const f = unitFactorOf(p, text);
      const inRange =
        b &&
        b.dim === 'count' &&
        b.noun === '' &&
        RANGE_JOIN.test(join) &&
        /^\s*(?:default|soft|hard)?\s*\(\s*$/i.test(between) &&
        /^\s*\)/.test(text.slice(b.end)) &&
        a.value * f <= p.value &&
        p.value <= b.value * f;
      if (inRange && b && free(a.start, b.end)) {
        out.push({
          ...p,
          low: a.value * f,
          value: b.value * f,
          start: a.start,
          end: b.end,
          raw: text.slice(a.start, b.end),
        });
        taken.push([a.start, b.end]);
        i++;
        continue;
      }
      if (
        /^\s*(?:default|soft|hard|adjustable)?\s*\(\s*(?:hard\s+|soft\s+)?(?:max(?:imum)?\.?|up\s*to|limit)\s*[:=]?\s*$/i.test(
          between,
        ) &&
        /^\s*\)/.test(text.slice(a.end)) &&
        a.value * f >= p.value
      ) {
        out.push({ ...a, dim: p.dim, noun: p.noun, value: a.value * f });
        taken.push([a.start, a.end]);
        continue;
      }
    }
    // "SGs per ENI: 5 default, hard max 16", "peering connections: default 50, max 125": a bare number after
    // nothing but kind words, right after a count, is another value of the same count.
    if (
      a.dim === 'count' &&
      a.noun === '' &&
      p &&
      p.dim === 'count' &&
      p.noun !== '' &&
      p.end <= a.start &&
      KIND_CONTINUATION.test(text.slice(p.end, a.start)) &&
      /^\s*(?:$|[,;.)]|\(?(?:default|soft|hard|adjustable|fixed)\b)/i.test(text.slice(a.end)) &&
      free(a.start, a.end)
    ) {
      out.push({ ...a, noun: p.noun });
      taken.push([a.start, a.end]);
      continue;
    }
    // "5,500 PUT and 3,500 GET requests/s", "10 read or 5 write capacity units": a bare number whose own words
    // only qualify, joined by "and"/"or" to a figure whose unit follows its qualifier, shares that unit.
    if (a.dim === 'count' && a.noun === '' && b && sharedUnit(a, b, text) && free(a.start, a.end)) {
      const end =
        a.end +
        (/^\s*\S+(?:\s+\S+)??(?=\s+(?:and|or)\s*$)/i.exec(text.slice(a.end, b.start))?.[0].length ?? 0);
      out.push({
        ...a,
        dim: b.dim,
        noun: b.noun,
        value: a.value * unitFactorOf(b, text),
        end,
        raw: text.slice(a.start, end),
      });
      taken.push([a.start, end]);
      continue;
    }
    if (a.dim === 'count' && a.noun === '') continue; // a bare number: no unit, no claim
    if (free(a.start, a.end)) {
      out.push(a);
      taken.push([a.start, a.end]);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Words that make a clause about time ("logs every 5m", "stop timeout … 2m"). */
const TIME_CONTEXT =
  /\b(?:every|timeout|interval|delay|period|window|ttl|duration|retention|wait|cooldown|heartbeat|expir(?:y|es|ation))\b|\d\s*(?:s|sec|secs|h|hrs?)\b/i;
/** "half a minute", "a quarter of an hour". */
const HALF = /\b(half|quarter)\s+(?:of\s+)?(?:an?|one)\s+(second|minute|hour|day|week|month|year)\b/gi;
/** "1h30m", "2h 15m", "1m30s", "1d12h": two or more parts, each a number and one letter. */
const COMPOUND_DURATION = /(?<![\w.,/])(?:\d+\s?[dhms]\s?){1,3}\d+\s?[dhms](?![A-Za-z0-9])/g;
const DURATION_PART: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
/** Numbers joined by slashes, each with the same (or no) glued unit: "1/5/15", "10s/30s/60s", "90 / 180". */
const SLASH_LIST =
  /(?<![\w.,/$:-])\d+(?:\.\d+)?[A-Za-z]{0,3}(?:\s?\/\s?\d+(?:\.\d+)?[A-Za-z]{0,3})+(?![\w/])/g;

/** Whether `a`, as the low end of a range that `b` ends, is no more than `b`. */
function lowFits(a: Quantity, b: Quantity, text: string): boolean {
  const low = a.dim === 'count' && /^[\d.,]+$/.test(a.raw.trim()) ? a.value * unitFactorOf(b, text) : a.value;
  return a.dim !== b.dim && !(a.dim === 'count' && /^[\d.,]+$/.test(a.raw.trim())) ? true : low <= b.value;
}

/** Words before a figure that make it a size: "msg 256K", "payload max 64K", "item size: 400K". */
const SIZE_LABEL =
  /\b(?:size|payload|msg|message|item|record|object|event|body|file|doc|document|attachment)\s*(?:(?:size|max(?:imum)?\.?|limit|up\s*to|upto|is|of)\s*)*[:=≤<~≈]?\s*$/i;

/**
 * The figure that ends a list the bare number `raw[i]` starts or is in ("1, 3, 6, 12 or 24 hours"), when every
 * member before it is a bare number (or one whose noun came from its label, when the end's unit is no count),
 * the joins are commas, "or" or "and" (not after "between"), and the values rise; else null.
 */
function listUnit(raw: readonly Quantity[], i: number, text: string): Quantity | null {
  const bareNum = (q: Quantity): boolean =>
    q.dim === 'count' && q.low === undefined && /^[\d.,]+$/.test(q.raw);
  const a = raw[i] as Quantity;
  if (!bareNum(a)) return null;
  if (/\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) return null;
  for (let j = i + 1; j < raw.length; j++) {
    const prev = raw[j - 1] as Quantity;
    const q = raw[j] as Quantity;
    if (!/^\s*(?:,|,?\s*(?:or|and))\s*$/i.test(text.slice(prev.end, q.start))) return null;
    if (q.start - a.start > 60) return null;
    if (bareNum(q)) {
      if (q.value <= prev.value) return null;
      continue;
    }
    // The end: a unit, no range; a label's noun on the members gives way only to a unit of another dimension.
    if (q.low !== undefined || q.dim === 'usd' || (q.dim === 'count' && q.noun === '')) return null;
    const own = unitFactorOf(q, text);
    if (!(q.value / own > prev.value)) return null;
    const labelled = raw.slice(i, j).some((x) => x.noun !== '');
    if (labelled && q.dim === 'count') return null;
    // Two numbers joined by a comma alone are no list ("step 3, 15 minutes later"): a list of two says "or"/"and".
    let before = 0;
    for (let k = i; k > 0; k--) {
      const p = raw[k - 1] as Quantity;
      if (
        !bareNum(p) ||
        !/^\s*(?:,|,?\s*(?:or|and))\s*$/i.test(text.slice(p.end, (raw[k] as Quantity).start))
      )
        break;
      before++;
    }
    if (before + (j - i) + 1 < 3 && !/\b(?:or|and)\s*$/i.test(text.slice(prev.end, q.start))) return null;
    return q;
  }
  return null;
}

/** Between two values of one count: a comma, then only kind words ("…, hard max", "…, default:"). */
const KIND_CONTINUATION =
  /^\s*(?:\([^()\d]*\)|(?:default|soft|hard|adjustable|fixed|max(?:imum)?|min(?:imum)?)\b)?\s*[,;]\s*(?:(?:hard|soft|default|max(?:imum)?|min(?:imum)?|adjustable|limit|quota|up\s+to|but|and)\s*)+[:=]?\s*$/i;

/** A word that only qualifies a noun: an upper-case name or slash list ("PUT", "GET/HEAD") or a word ("Regional"). */
const QUALIFIER = /^(?:[A-Z][A-Z0-9_]*(?:\/[A-Z][A-Z0-9_]+)*|[A-Za-z][a-z-]*)$/;

/**
 * Whether bare `a` and `b` are written in parallel, `a` sharing `b`'s unit: between them one or two qualifying
 * words, then "and"/"or"; `b` has a qualifier of its own before its unit ("3,500 GET/HEAD requests/s").
 */
function sharedUnit(a: Quantity, b: Quantity, text: string): boolean {
  if (b.dim === 'count' && b.noun === '') return false;
  if (b.dim === 'usd' || b.low !== undefined) return false;
  const m = /^\s*(\S+)(?:\s+(\S+))?\s+(?:and|or)\s+$/i.exec(text.slice(a.end, b.start));
  if (!m) return false;
  const own = [m[1], m[2]].filter((w): w is string => !!w);
  if (!own.every((w) => QUALIFIER.test(w) && !UNIT_STOP.test(w) && !NOT_COUNTED.test(w))) return false;
  // b's own words: a qualifier, then its unit.
  const bWords = text
    .slice(b.start, b.end)
    .replace(/^[\d.,]+\s*/, '')
    .split(/\s+/);
  return bWords.length >= 2 && QUALIFIER.test(bWords[0] as string);
}

/** The factor of the unit `q` was read with, from its raw text (so "7-35 days" reads 7 as days). */
function unitFactorOf(q: Quantity, text: string): number {
  const t = text.slice(q.start, q.end).replace(/^\$/, '');
  const m = /^[\d.,]+/.exec(t);
  // A number word ("five minutes", "twenty-four hours").
  const w = m ? null : /^[a-z]+(?:-[a-z]+|\s+(?:hundred|thousand)\b)?/i.exec(t);
  const n = m ? Number(m[0].replace(/,/g, '')) : w ? parseNumber(w[0]) : NaN;
  return Number.isFinite(n) && n !== 0 ? q.value / n : 1;
}

/** "1,000 total", "100 combined": a word after a bare number that sums it up and names no unit. */
function isTotalWord(word: string): boolean {
  return /^\(?(?:total|combined|overall)\)?[,;:.]?$/i.test(word);
}

/** The rest of a clause after a bare number is only "total", "in total", "combined" or "overall". */
function endsInTotal(rest: string): boolean {
  return /^\s*\(?(?:in\s+)?(?:total|combined|overall)\)?\s*(?:$|[,;.)])/i.test(rest);
}

/**
 * "60 inbound/outbound rules", "100 instance/IP targets", "50 public/private VIFs": two qualifiers joined by a
 * slash between a number and its counted noun. Read them as one hyphenated qualifier ("inbound-outbound rules")
 * so the noun is the word after them; a rate's slash ("req/s", "GB/month") and a slash before "per" stay.
 * The text keeps its length, so positions and excerpts still fit the line.
 */
function slashQualifiers(text: string): string {
  return text.replace(
    /(\d[\d,.]*\s*(?:[kKM]\s+)?)([A-Za-z][A-Za-z0-9]*)\/([A-Za-z][A-Za-z0-9]*)(?=\s+[A-Za-z]{2,})/g,
    (all: string, num: string, a: string, b: string, at: number) => {
      // "IPs/CIDR ranges": a plural first half is one of two nouns counted, not a qualifier.
      if (SLASH_RATE.test(b) || /[A-Za-z]s$/.test(a)) return all;
      // "75 GB/Region default": a storage unit per a place is the unit and its scope (read by the unit reader).
      if (/^[KMGTP]i?B$/.test(a) && BYTES_PER_PLACE.test(b.toLowerCase())) return all;
      // "GET/HEAD requests/s": before a rate the pair names the requests; the rate reads it already.
      if (/^\s+\S*\//.test(text.slice(at + all.length))) return all;
      const next = /^\s+([A-Za-z]+)/.exec(text.slice(at + all.length))?.[1] ?? '';
      if (/^(?:per|each|every|a|an|the|of|for|in|to|and|or)$/i.test(next)) return all;
      return `${num}${a}-${b}`;
    },
  );
}

/** The second half of "x/y" that makes it a rate or a ratio, not two qualifiers ("req/s", "GB/month"). */
const SLASH_RATE =
  /^(?:s|sec|secs|second|seconds|ms|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|wk|week|weeks|mo|month|months|yr|year|years|request|requests|req|op|ops|[KMGTP]i?B|[KMGT]bps|IOPS|vCPU|GiB|core|cores)$/i;
