/**
 * A seeded synthetic notes corpus for the benchmark: notes of 50–300 words drawn from a Zipf-distributed
 * vocabulary of English and AWS terms, so common words are very common (the hard case for bm25) and rare
 * terms are rare. Deterministic for a seed.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWS = `dynamodb lambda kinesis shard partition throughput capacity provisioned ondemand replica aurora rds
postgres mysql redshift athena glue emr spark cloudfront route53 alias latency failover weighted geolocation
vpc subnet gateway endpoint privatelink transit peering nacl security group iam role policy principal
organizations scp identity federation cognito kms envelope encryption secrets rotation cloudtrail cloudwatch
alarm metric dashboard xray tracing eventbridge sqs sns fifo visibility timeout deadletter stepfunctions
ecs eks fargate container task cluster node autoscaling launch template spot reserved savings ebs gp3 io2
iops snapshot efs fsx lustre s3 bucket lifecycle glacier deep archive intelligent tiering replication
versioning presigned multipart transfer acceleration elasticache redis memcached opensearch neptune
documentdb backup restore disaster recovery pilot light warm standby multisite rto rpo wellarchitected
cost optimization reliability performance sustainability operational excellence caching decoupling
microservices serverless api gateway throttling quota websocket cdk cloudformation stack drift codepipeline
codebuild codedeploy bluegreen canary beanstalk sagemaker inference training endpoint quicksight
lakeformation datalake parquet partitioning compaction streaming firehose buffer msk kafka consumer
producer enhanced fanout retention organization organizational organizations organizer`.split(/\s+/);

const ENGLISH = `the of and to in is for that with as on it be are this by an or from at which can you use when
your not all will have more one has data if their new also into other only any each than then them these
so some would should could about over such through after between where because while both same most many
service services application applications instance instances request requests storage store stored
database databases user users access time cost costs region regions zone zones network traffic file files
object objects table tables query queries event events message messages system systems design pattern
patterns team teams production environment environments deploy deployment deployments scale scaling
high available availability durable durability secure security monitor monitoring log logs record records
read reads write writes item items key keys value values limit limits default maximum minimum per second
month hour day week load balancer balancing target health check rule rules backup version update change
changes error errors retry retries failure failures process processing batch stream job jobs pipeline
worker workers queue queues topic topics function functions code build test release manage managed`.split(/\s+/);

export const VOCAB = [...new Set([...ENGLISH, ...AWS])];

/** Zipf sampler over VOCAB (s = 1.05). */
function zipf(rand: () => number): () => string {
  const weights = VOCAB.map((_, i) => 1 / Math.pow(i + 1, 1.05));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  return () => {
    const x = rand();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return VOCAB[lo]!;
  };
}

export interface Note {
  title: string;
  body: string;
}

/** `n` notes; about 1 KB of text each on average (≈ 100 MB for 100k). */
export function* notes(n: number, seed = 42): Generator<Note> {
  const rand = mulberry32(seed);
  const word = zipf(rand);
  // Extra synthetic rare words (ids, codes) so the index has a long tail, as real notes do.
  const rare = (): string => `x${Math.floor(rand() * 50_000).toString(36)}`;
  for (let i = 0; i < n; i++) {
    const len = 50 + Math.floor(rand() * 251);
    const words: string[] = [];
    for (let w = 0; w < len; w++) words.push(rand() < 0.03 ? rare() : word());
    // Lengthen words a little so average note size is ~1 KB like real prose.
    const body = words.join(' ').replace(/(\w{3,}) (\w+) /g, '$1 $2, ');
    const title = `${word()} ${word()} ${word()} note ${i}`;
    yield { title, body };
  }
}

/** ≥ 200 fixed queries: plain 1–3 words, prefixes, and phrases, deterministic. */
export function queries(seed = 7): { kind: 'plain' | 'prefix' | 'phrase'; text: string }[] {
  const rand = mulberry32(seed);
  const pick = (from: number, to: number): string => VOCAB[from + Math.floor(rand() * (to - from))]!;
  const out: { kind: 'plain' | 'prefix' | 'phrase'; text: string }[] = [];
  const n = VOCAB.length;
  for (let i = 0; i < 90; i++) {
    const words = 1 + (i % 3);
    // Mix of common (head) and rarer (tail) words.
    out.push({ kind: 'plain', text: Array.from({ length: words }, () => (rand() < 0.5 ? pick(0, 60) : pick(60, n))).join(' ') });
  }
  for (let i = 0; i < 70; i++) {
    const w = pick(0, n);
    const cut = Math.max(2, Math.min(w.length - 1, 3 + Math.floor(rand() * 5)));
    out.push({ kind: 'prefix', text: w.slice(0, cut) });
  }
  for (let i = 0; i < 50; i++) out.push({ kind: 'phrase', text: `"${pick(0, 40)} ${pick(0, 200)}"` });
  return out;
}
