/**
 * Human names for the slugs the data uses (question topics, KB categories, numeric drill kinds). Words
 * that are acronyms or product spellings are written as AWS writes them; every other slug reads as a
 * sentence-case phrase, so a new topic in data/ gets a sensible name without a code change.
 */

const WORDS: Record<string, string> = {
  ml: 'ML',
  ai: 'AI',
  iam: 'IAM',
  vpc: 'VPC',
  ec2: 'EC2',
  s3: 'S3',
  ebs: 'EBS',
  efs: 'EFS',
  elb: 'ELB',
  alb: 'ALB',
  nlb: 'NLB',
  rds: 'RDS',
  kms: 'KMS',
  sqs: 'SQS',
  sns: 'SNS',
  ecs: 'ECS',
  eks: 'EKS',
  dynamodb: 'DynamoDB',
  gp2: 'gp2',
  gp3: 'gp3',
  iops: 'IOPS',
  rcu: 'RCU',
  wcu: 'WCU',
  aws: 'AWS',
  api: 'API',
  cdn: 'CDN',
  dr: 'DR',
};

/** Pairs that read better joined by "and" than as a run of words ("Security and identity"). */
const JOINED = new Set(['security-identity', 'analytics-data-engineering', 'compute-monitoring']);

/** "analytics-data-engineering" → "Analytics and data engineering"; "ml" → "ML"; "compute-ec2" → "Compute (EC2)". */
export function slugLabel(slug: string): string {
  const parts = slug.split(/[-_\s]+/).filter(Boolean);
  if (parts.length === 0) return slug;
  const word = (w: string, first: boolean): string => WORDS[w.toLowerCase()] ?? (first ? w[0]!.toUpperCase() + w.slice(1) : w);
  if (JOINED.has(slug) && parts.length >= 2)
    return `${word(parts[0]!, true)} and ${parts.slice(1).map((w) => word(w, false)).join(' ')}`;
  // "compute-ec2", "scaling-elb": a subject and the service it is about.
  const last = parts.at(-1)!.toLowerCase();
  if (parts.length === 2 && WORDS[last] && WORDS[last] === WORDS[last]!.toUpperCase() && !WORDS[parts[0]!.toLowerCase()])
    return `${word(parts[0]!, true)} (${WORDS[last]})`;
  return parts.map((w, i) => word(w, i === 0)).join(' ');
}

/** KB categories and question topics. */
export const topicLabel = slugLabel;
export const categoryLabel = slugLabel;

const NUMERIC: Record<string, string> = {
  'dynamodb-rcu': 'DynamoDB RCU',
  'dynamodb-wcu': 'DynamoDB WCU',
  'kinesis-shards': 'Kinesis shards',
  'lambda-cost': 'Lambda cost',
  'ebs-gp2-iops': 'EBS gp2 IOPS',
  'ebs-gp2-burst': 'EBS gp2 burst',
  's3-min-duration': 'S3 minimum-duration charges',
};

/** A distinct name per numeric drill kind (two kinds of one calculator used to share a name). */
export function numericKindLabel(kind: string): string {
  return NUMERIC[kind] ?? slugLabel(kind);
}
