/**
 * Session 8's general reading rules for the notes fact-check, each in wording written for these tests (none
 * copied from an evaluation set): what binds a figure to a fact, and what must not.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, singular } from '../../../src/shared/notes/quantity';
import { ids, index } from './claimCases';

describe('binding a figure to a fact', () => {
  it('does not bind a figure through the words of a variant name alone', () => {
    // "HTTP API" names which API type, not which of its limits.
    expect(ids('HTTP API stage description field: up to 2 KB')).toEqual([]);
    expect(ids('HTTP API request line plus headers: max 4 KB')).toEqual([
      'api-gateway.http-api.header-size 4 KB',
    ]);
  });
});

describe('precision: counts of a differently qualified thing', () => {
  it('does not read "N child checks" as a count of health checks', () => {
    // Not a count of health checks; since session 17 the KB knows the child-check maximum itself (255).
    expect(ids('Route 53 calculated checks can watch as many as 300 child checks')).toEqual([
      'route53.calculated-health-check.max-children 300 child checks',
    ]);
    expect(ids('Route 53 allows up to 900 health checks per account')).toEqual([
      'route53.health-checks.default-quota 900 health checks',
    ]);
  });
});

describe('precision: figures that label or restate another figure', () => {
  it('reads "5-min 63 days" as a figure labelled by a resolution, not two claims of the variant named earlier', () => {
    expect(
      ids('CloudWatch keeps sub-minute points 3 hours, 1-min 15 days, 1-hour 455 days (15 months)'),
    ).toEqual([]);
    // The labelled figure is not checked against the variant named earlier; a named variant still is.
    expect(ids('CloudWatch keeps sub-minute points 30 hours')).toEqual([
      'cloudwatch.metrics.high-res-retention 30 hours',
    ]);
  });
});

describe('precision: another service named by a proper name beside a common-noun alias', () => {
  it("keeps a figure with the proper name before it, and a bare number after another name as that one's", () => {
    expect(ids('DynamoDB Streams shard iterators stay valid 15 minutes, Kinesis ones just 5')).toEqual([]);
    expect(ids('Kinesis shard iterators stay valid 15 minutes')).toEqual([
      'kinesis-data-streams.shard-iterator.lifetime 15 minutes',
    ]);
  });
});

describe('recall: quantity wording', () => {
  it('reads "limits … to N", short noun forms ("chars", "msgs") and "per secret" (not "per sec")', () => {
    expect(ids('Lambda limits each function to 8 layers')).toEqual(['lambda.layers.max 8 layers']);
    expect(ids('SQS queue names: at most 100 chars')).toEqual(['sqs.queue.name-max-length 100 chars']);
    expect(ids('Secrets Manager holds at most 50 versions per secret')).toEqual([
      'secrets-manager.versions.max 50 versions',
    ]);
  });
});

describe('recall: plural service names', () => {
  it('names a service by its plural, but not by a plural that is the counted noun itself', () => {
    expect(ids('Network Load Balancers per Region: 20')).toEqual(['nlb.per-region.default-quota 20']);
    expect(ids('one private hosted zone may be linked with as many as 300 VPCs')).toEqual([]);
  });
});

describe('recall: API call rates', () => {
  it('reads TPS, RPS and calls per second as one rate of API calls', () => {
    expect(ids('Secrets Manager GetResourcePolicy and PutResourcePolicy together: 900 TPS')).toEqual([
      'secrets-manager.resource-policy-api.rate 900 TPS',
    ]);
  });
});

describe('recall: a count given as the value of a default quota', () => {
  it('reads "quota words: N" as the quota, but not a count the note merely uses', () => {
    expect(ids('ECR images per repository: 2,000')).toEqual(['ecr.images.per-repository 2,000']);
    expect(ids('Our ECR repository holds 2,000 images')).toEqual([]);
  });
});

describe('recall: counted nouns after an adjective with digits', () => {
  it('reads "N IPv4 CIDR blocks" as a count of CIDR blocks', () => {
    expect(ids('A VPC takes no more than 3 IPv4 CIDR blocks')).toEqual([
      'vpc.cidr.blocks-per-vpc 3 IPv4 CIDR blocks',
    ]);
  });
});

describe('recall: a kind word between the quota words and the figure', () => {
  it('reads "words: default N" with the counted noun before it', () => {
    expect(ids('Active VPC peering connections per VPC: default 80')).toEqual([
      'vpc.peering.default-quota 80',
    ]);
  });
});

describe('recall: a kind word after a bare figure', () => {
  it('reads "N default" with the counted noun before it', () => {
    expect(ids('VPC peering conns per VPC = 90 default')).toEqual(['vpc.peering.default-quota 90']);
  });
});

describe('counts of a noun the knowledge base has no unit for', () => {
  const known = new Set(['policy', 'attribute']);
  const read = (text: string, any = true): string[] =>
    findQuantities(text, known, any).map((q) => `${q.dim}/${q.noun} ${q.value}`);

  it('keeps any plural noun after a number, with or without one adjective, when asked to', () => {
    expect(read('a trust policy may carry 40 statements')).toEqual(['count/statement 40']);
    expect(read('up to 1,200 pending wildcard invalidations')).toEqual([]);
    expect(read('up to 1,200 pending invalidations, then it throttles')).toEqual(['count/invalidation 1200']);
    expect(read('an account holds at most 9 OUs')).toEqual(['count/ou 9']);
    // The facts' own text keeps to the known units.
    expect(read('a trust policy may carry 40 statements', false)).toEqual([]);
  });

  it('does not read words that are not things as counted nouns', () => {
    expect(read('retry 3 times before failing')).toEqual([]);
    expect(read('give it 2 plus 1 spare')).toEqual([]);
    expect(read('version 4 was released')).toEqual([]);
  });

  it('binds such a count only to a fact whose label counts that noun', () => {
    // The label "SCPs attached to one root, OU or account" counts SCPs (its unit says policies).
    expect(ids('An OU takes at most 12 SCPs')).toEqual(['organizations.scp.max-attached 12 SCPs']);
    expect(ids('An OU takes at most 10 SCPs')).toEqual([]);
    // "Origin connection attempts" counts attempts: origins are only its modifier. The count binds to the
    // origins-per-distribution quota (session 16), never to the connection attempts.
    expect(ids('CloudFront distributions reach up to 40 origins')).toEqual([
      'cloudfront.origins.per-distribution 40 origins',
    ]);
  });

  it("needs the words qualifying the counted noun in the label to be the claim's too", () => {
    // "Alarm metrics free per month": metrics of a dashboard are not alarm metrics.
    expect(ids('Free tier gives 3 dashboards of up to 50 metrics each', ['CloudWatch'])).toEqual([]);
  });

  it('lets a figure joined by "or" share the kind word of the one before it', () => {
    // "at most" governs "50 TB" too: the size is a limit, not a definition of some unit.
    expect(ids('DynamoDB exports to S3 run at most 250 parallel exports or 50 TB per table')).toEqual([]);
  });
});

describe('precision: one of a unit, defined by another figure', () => {
  it('does not check "1 X = …" or "… = 1 X" as a limit of X', () => {
    expect(ids('DynamoDB: 1 RCU = 2 eventually consistent reads per second')).toEqual([]);
    expect(ids('DynamoDB: 1 RCU can do 1 strongly consistent read per second')).toEqual([]);
    expect(ids('DynamoDB: a 4 KB strongly consistent read = 1 RCU')).toEqual([]);
    expect(ids('DynamoDB: 2 WCU = 2 writes per second of 1 KB each')).toEqual([]);
    // A quota stated as one unit is still a claim.
    expect(ids('DynamoDB table read throughput quota: 1 RCU').length).toBeGreaterThan(0);
  });
});

describe('precision: the bound of the opposite setting', () => {
  it('does not read "max X, minimum setting" as a claim about a "Minimum … X" fact', () => {
    expect(ids('IAM role max session duration, minimum setting: 2 hours')).toEqual([]);
    expect(ids('AssumeRole minimum session duration is 30 minutes')).toEqual([
      'iam.role.min-session 30 minutes',
    ]);
  });
});

describe('recall: a service name inside a variant phrase', () => {
  it('reads "1-minute CloudWatch data points" as the 1-minute variant', () => {
    expect(ids('1-minute CloudWatch data points are kept for 90 days')).toEqual([
      'cloudwatch.metrics.one-minute-retention 90 days',
    ]);
    // Nor is the resolution itself read as a claim once the variant is seen through the name.
    expect(ids('1-minute CloudWatch data points are kept for 15 days')).toEqual([]);
  });
});

describe('recall: resolutions written short', () => {
  it('reads "1-min data" as the 1-minute variant', () => {
    expect(ids('CloudWatch keeps 1-min data for 30 days')).toEqual([
      'cloudwatch.metrics.one-minute-retention 30 days',
    ]);
    expect(ids('CloudWatch keeps 1-min data for 15 days')).toEqual([]);
  });
});

describe('precision: several figures in one line, each with its own label (session 9)', () => {
  it('ends a figure\'s words at "and"/"while"/", " before the next figure\'s label', () => {
    // The words after "and" name the second figure; they must not bind the first to the visibility timeout.
    expect(
      ids('SQS: the longest retention is 14 days and the default visibility timeout is 30 seconds'),
    ).toEqual([]);
    expect(ids('SQS: retention is at most 10 days and the default visibility timeout is 30 seconds')).toEqual(
      ['sqs.retention.max 10 days'],
    );
    expect(
      ids(
        'Step Functions: the longest standard execution is 5 minutes, while an Express execution lasts at most 5 minutes',
      ),
    ).toEqual(['step-functions.standard.max-duration 5 minutes']);
  });

  it('does not check a figure against a fact whose label lacks the attribute written right after it', () => {
    // "memory" names the attribute; the service's only byte fact here is its package size.
    expect(ids('Lambda@Edge origin functions: 3 GB memory')).toEqual([]);
    expect(ids('Lambda@Edge origin function package size: up to 5 MB')).toEqual([
      'cloudfront.lambda-edge.origin-package 5 MB',
    ]);
  });
});

describe('precision: the service of the line a list hangs from (session 9)', () => {
  it("reads every item of a top-level list under its lead-in's service, not only the first", () => {
    // The second item names VPC's word "subnets" with RDS's "DB subnet group": RDS's figure, not VPC's quota.
    expect(
      ids('RDS networking:\n- DB subnet groups per Region: 50\n- subnets in one DB subnet group: 20'),
    ).toEqual([]);
    expect(
      ids('RDS networking:\n- subnets in one DB subnet group: 20\n- DB subnet groups per Region: 50'),
    ).toEqual([]);
  });
});

describe('precision: words between two figures joined by "and"/"vs" (session 9)', () => {
  it('gives the words before "and" to the figure before it, as a comma does', () => {
    // "default" and "maximum" each belong to the figure they follow.
    expect(ids('An SQS queue holds 4 days of default retention and 14 days of maximum retention')).toEqual(
      [],
    );
    expect(ids('An SQS queue holds 4 days of default retention and 10 days of maximum retention')).toEqual([
      'sqs.retention.max 10 days',
    ]);
    expect(ids('Kinesis Data Streams: 1 day of default retention and 365 days of maximum retention')).toEqual(
      [],
    );
  });

  it('ends a counted noun phrase at "vs", "than" or "while"', () => {
    const nouns = index.countNouns;
    const q = findQuantities('5,000 attachments vs VPC endpoints at 20', nouns, true);
    expect(q[0]?.raw).toBe('5,000 attachments');
    expect(findQuantities('300 rules than VPC endpoints', nouns, true)[0]?.raw).toBe('300 rules');
  });
});

describe('precision: a qualified attribute after the figure (session 9)', () => {
  it('needs the qualifying word before the attribute in the fact label too', () => {
    expect(ids('CloudFront: origin triggers allow 30 s, and up to 1 MB generated response')).toEqual([]);
    expect(ids('CloudFront: up to 40 KB of generated headers')).toEqual([]);
    expect(ids('CloudFront: up to 40 KB of request headers')).toEqual([
      'cloudfront.request.max-header-length 40 KB',
    ]);
  });
});

describe('precision: "fixed"/"adjustable" belongs to the figure it follows (session 9)', () => {
  it('does not read "(fixed)" after one figure as said of the next one', () => {
    // Only the 50,000 is said to be fixed, and it is wrong: grants per key is adjustable (session 14's
    // `adjustable`, from the KMS quotas page); the 10 after it is not read as fixed.
    expect(ids('KMS: 50,000 grants per key (fixed), 10 custom key stores per account and Region')).toEqual([
      'kms.grants.per-key 50,000 grants',
    ]);
    // Said of the adjustable default quota itself, it is still flagged.
    expect(ids('KMS: 10 custom key stores per account and Region (fixed)')).toEqual([
      'kms.custom-key-stores.quota 10 custom key stores',
    ]);
  });
});

describe('precision: nouns of a place are not what a figure counts (session 9)', () => {
  it('ends a counted noun phrase at "below"/"under" and reads no noun from "on/in a …:" before a figure', () => {
    const nouns = index.countNouns;
    expect(findQuantities('Policies nest 5 levels below the root', nouns, true).map((x) => x.raw)).toEqual([
      '5 levels',
    ]);
    expect(findQuantities('In one transit gateway: 5,000', nouns, true).map((x) => x.noun)).not.toContain(
      'gateway',
    );
    expect(findQuantities('Transit gateways per Region: 5', nouns, true).map((x) => x.noun)).toEqual([
      'gateway',
    ]);
  });
});

describe('precision: table cells and unparsed figures (session 9)', () => {
  it('reads a wordy cell with a figure after the first figure cell in its place, not as the row label', () => {
    // "GSI default" must not be the label of the LSI's 5.
    expect(ids('| Index quotas | LSI max 5 (hard) | GSI default 20 per table |')).toEqual([]);
  });

  it('ends a figure\'s words before ", 80,000 per account" and does not split "40,000" at its comma', () => {
    expect(ids('DynamoDB provisioned quotas: 40,000 WCU per table, 80,000 per account')).toEqual([]);
  });
});

describe('precision: figures inside the definition of a unit (session 9)', () => {
  it('does not check "1 X = one … up to N" against facts that are not about X', () => {
    expect(ids('DynamoDB: 1 RCU = one strongly consistent read per second, items up to 4 KB')).toEqual([]);
    expect(ids('Capacity: one WCU = a write per second of an item up to 1 KB')).toEqual([]);
  });
});

describe('precision: what a quota is counted per (session 9)', () => {
  it('reads a scope with qualifying words or an acronym ("per Valkey cluster", "per TGW")', () => {
    // The fact counts nodes per cluster; the note counts them per Region.
    expect(ids('ElastiCache: up to 300 nodes per Region')).toEqual([]);
    // The fact counts route tables per VPC; the note counts them per transit gateway.
    expect(ids('TGW limits: 20 route tables per TGW, 10,000 routes in total')).toEqual([]);
  });
});

describe('precision: a total restated in parentheses (session 9)', () => {
  it('does not check "(N … in all/total)" after another figure that it sums', () => {
    expect(ids('A failed async Lambda event is tried again twice more (3 attempts in all)')).toEqual([]);
    expect(ids('Lambda async events: at most 3 retries')).toEqual(['lambda.async.max-retries 3 retries']);
  });
});

describe('precision: an old lower maximum said as a size (session 9)', () => {
  it('does not read "Fargate: 4 vCPU" as the pre-2022 maximum; "max vCPU per task: 4" still is', () => {
    expect(ids('Fargate: 4 vCPU')).toEqual([]);
    expect(ids('Fargate max vCPU per task: 4')).toEqual(['fargate.task.max-vcpu 4']);
    // A count said per its scope states the quota.
    expect(ids('CloudFormation stacks: 200 resources per template')).toEqual([
      'cloudformation.stack.max-resources 200 resources',
    ]);
  });
});

describe('reading: a unit of measure ends the counted noun phrase (session 9)', () => {
  it('reads "N IOPS baseline" as IOPS, while a compound of things still counts its last noun', () => {
    const nouns = index.countNouns;
    expect(findQuantities('io2 volumes reach 2,000 IOPS baseline', nouns, true).map((x) => x.noun)).toEqual([
      'iop',
    ]);
    expect(findQuantities('10 VPC peering connections', nouns, true).map((x) => x.noun)).toEqual([
      'connection',
    ]);
  });
});

describe('precision: a service the subject sends things to (session 9)', () => {
  it('reads a figure after "publish to S3" as the leading service\'s, not S3\'s', () => {
    expect(ids('VPC Flow Logs publish to S3 every 10 minutes in files of at most 75 MB')).toEqual([]);
    expect(ids('Kinesis Data Firehose writes into S3 objects of up to 128 MB')).toEqual([]);
    expect(ids('S3: objects up to 5 TB')).toEqual(['s3.object.max-size 5 TB']);
  });
});

describe('precision: a synonym that holds in one service only (session 9)', () => {
  it('reads "items" as the actions of a DynamoDB transaction, but never as a CloudWatch alarm\'s actions', () => {
    expect(ids('A DynamoDB transaction can include up to 25 items')).toEqual([
      'dynamodb.transaction.max-items 25 items',
    ]);
    expect(ids('CloudWatch PutMetricData takes as many as 1,000 MetricDatum items in one call')).toEqual([]);
    expect(ids('Each CloudWatch PutMetricData request carries 20 items at most')).toEqual([]);
    // The alarm's own word still binds.
    expect(ids('A CloudWatch alarm can trigger up to 12 actions')).toEqual([
      'cloudwatch.alarm.max-actions 12 actions',
    ]);
  });
});

describe('binding: the API operation a clause names picks its fact (session 9)', () => {
  it('checks a count said of BatchWriteItem against that call, not against the transaction limit', () => {
    // 100 is the transaction figure; BatchWriteItem's own limit is 25 requests.
    expect(ids('DynamoDB BatchWriteItem lets you send as many as 100 items at once')).toEqual([
      'dynamodb.batch-write.max-items 100 items',
    ]);
    expect(ids('DynamoDB BatchWriteItem lets you send as many as 25 items at once')).toEqual([]);
  });
  it("knows a transaction operation by the fact's keywords when its label does not name it", () => {
    expect(ids('DynamoDB TransactWriteItems is capped at 25 items')).toEqual([
      'dynamodb.transaction.max-items 25 items',
    ]);
    expect(ids('DynamoDB TransactGetItems reads up to 100 items together')).toEqual([]);
  });
});

describe('binding: the case a claim names picks its value of a fact with several (session 10)', () => {
  it("checks a figure said of one case (console, CLI, root user) against that case's value", () => {
    // EMR: 5 instance types per fleet in the console, 30 with the CLI or API.
    expect(
      ids('EMR instance fleets take up to 30 instance types when you build them in the console'),
    ).toEqual(['emr.instance-fleet.max-instance-types 30 instance types']);
    expect(
      ids('EMR instance fleets take up to 30 instance types when you call the API from the CLI'),
    ).toEqual([]);
    expect(ids('EMR instance fleets take up to 5 instance types in the console')).toEqual([]);
    // RDS: 7 days from the console, 1 day from the API or CLI.
    expect(ids('RDS instances created from the CLI keep automated backups 7 days by default')).toEqual([
      'rds.backup.default-retention 7 days',
    ]);
    expect(ids('RDS instances created from the console keep automated backups 7 days by default')).toEqual(
      [],
    );
  });

  it('leaves the value open when the claim names two cases, or rules a case out', () => {
    expect(ids('RDS default backup retention: 7 days in the console, 1 day with the CLI')).toEqual([]);
    expect(ids('RDS default backup retention is 7 days unless you create the DB with the CLI')).toEqual([]);
  });

  it('flags one case\'s figure said of every case ("regardless of", "no matter how")', () => {
    expect(ids('EMR fleets are capped at 5 instance types regardless of the tool you use')).toEqual([
      'emr.instance-fleet.max-instance-types 5 instance types',
    ]);
    expect(
      ids('RDS sets 1 day of backup retention by default, no matter how the instance is created'),
    ).toEqual(['rds.backup.default-retention 1 day']);
    // A figure no case differs on is not flagged by the same words.
    expect(ids('Lambda functions time out after at most 15 minutes regardless of the memory size')).toEqual(
      [],
    );
  });
});

describe('binding: the one fact that counts the claim’s noun (session 10)', () => {
  it('binds a rate to the only fact of the service in that unit when the claim says nothing else', () => {
    expect(ids('CloudFront default: 10,000 requests per second')).toEqual([
      'cloudfront.distribution.rps 10,000 requests per second',
    ]);
    expect(ids('CloudFront default: 250,000 requests per second')).toEqual([]);
  });

  it('does not when the claim names something the label does not, or an API operation', () => {
    expect(ids('CloudFront default: 10,000 requests per second for each edge location')).toEqual([]);
    expect(ids('EventBridge event patterns are limited to 2,048 characters')).toEqual([]);
    expect(ids('DynamoDB: BatchWriteItem takes 25 requests')).toEqual([]);
  });
});

describe('binding: a word one close label has and another lacks (session 10)', () => {
  it('prefers the fact whose label also has a word the figure’s part says', () => {
    // Access, ID and refresh tokens: "ID" is said, so the ID token's expiry decides.
    expect(ids('Cognito ID tokens are valid for 30 days by default')).toEqual([
      'cognito.id-token.max-expiry 30 days',
    ]);
    expect(ids('Cognito ID tokens are valid for 1 hour by default')).toEqual([]);
    // Routes from the customer gateway (100), not to it (1,000).
    expect(
      ids(
        'Site-to-Site VPN: a virtual private gateway takes up to 1,000 dynamic routes advertised from the customer gateway',
      ),
    ).toEqual(['site-to-site-vpn.routes.from-customer-gateway 1,000 dynamic routes']);
  });

  it('does not let a scope, an aside in parentheses or a stem inside another word pick the fact', () => {
    expect(ids('Application Load Balancer allows 100 target groups per load balancer')).toEqual([]);
    expect(ids('Lambda: unzipped deployment package (code plus layers) up to 250 MB')).toEqual([]);
    expect(ids('Aurora Serverless v2 can scale down to 0 ACUs with automatic pause')).toEqual([]);
  });
});

describe('reading: nouns notes use for addresses, CIDR blocks and data points (session 10)', () => {
  it('reads "CIDRs", "IPs" and "datapoints" as the counted things of the facts', () => {
    expect(ids('VPC: up to 3 IPv4 CIDRs by default')).toEqual(['vpc.cidr.blocks-per-vpc 3 IPv4 CIDRs']);
    expect(ids('VPC: up to 5 IPv4 CIDRs by default')).toEqual([]);
    expect(ids('A WAF IP set takes up to 500 IPs')).toEqual(['waf.ip-set.max-addresses 500 IPs']);
    expect(ids('A WAF IP set takes up to 10,000 IPs')).toEqual([]);
    expect(ids('CloudWatch GetMetricData returns at most 50,000 datapoints')).toEqual([
      'cloudwatch.get-metric-data.max-data-points 50,000 datapoints',
    ]);
  });

  it('singularises nouns ending in "-sses" to "-ss"', () => {
    expect(['addresses', 'processes', 'classes', 'boxes', 'policies', 'queues'].map(singular)).toEqual([
      'address',
      'process',
      'class',
      'box',
      'policy',
      'queue',
    ]);
  });

  it('reads "/28 (16 IPs)" as the size of the prefix, and a per-account count not as a per-gateway quota', () => {
    expect(ids('VPC subnets range from /28 (16 IPs) to /16 (65,536 IPs)')).toEqual([]);
    expect(ids('VPC: you may hold 4 Elastic IPs per account')).toEqual([]);
    expect(ids('VPC: a public NAT gateway takes 4 Elastic IPs by default')).toEqual([
      'vpc.nat-gateway.max-eips 4 Elastic IPs',
    ]);
  });
});

describe('reading: a bare figure after "limit"/"quota" and counted nouns written short (session 11)', () => {
  it('reads "noun limit N" and "noun quota N" as a count of the noun', () => {
    expect(ids('RDS manual snapshot limit 60 per Region')).toEqual(['rds.snapshots.manual-quota 60']);
    expect(ids('RDS manual snapshot limit 100 per Region')).toEqual([]);
    expect(ids('API Gateway API keys quota: 700 per account per Region')).toEqual([
      'api-gateway.api-keys.default-quota 700',
    ]);
  });

  it('reads "concurrency" as concurrent executions and acronyms of load balancers and gateways', () => {
    expect(ids('Lambda concurrency limit: 4000 per Region')).toEqual(['lambda.concurrency.default 4000']);
    expect(ids('Lambda concurrency limit: 1,000 per Region')).toEqual([]);
    expect(ids('VPC egress-only IGWs per Region: 12')).toEqual(['vpc.egress-only-igw.per-region 12']);
    expect(ids('VPC egress-only IGWs per Region: 5')).toEqual([]);
  });

  it('does not read a noun qualified after "per" as the counted thing', () => {
    // "per origin request policy" says what the figure is counted against, not that it counts policies.
    const nouns = new Set(['policy', 'header']);
    const read = (text: string): string[] =>
      findQuantities(text, nouns, true).map((q) => `${q.dim}/${q.noun} ${q.value}`);
    // (Session 13: the plural label noun is read even when no fact counts it, so it is compared only with
    // facts that count query strings.)
    expect(read('query strings per origin request policy: 10')).toEqual(['count/string 10']);
    expect(read('headers per origin request policy: 10')).toEqual(['count/header 10']);
    expect(read('policies per account: 10')).toEqual(['count/policy 10']);
  });
});

describe('recall: the official number with another unit of the same dimension (session 11)', () => {
  it('flags a slip of unit whatever kind word the figure has or lacks', () => {
    expect(ids('API Gateway integration timeout: 29 ms')).toHaveLength(1);
    expect(ids('Lambda code storage per Region: 75 MB')).toEqual(['lambda.code-storage.quota 75 MB']);
    expect(ids('Lambda code storage per Region: 75 GB')).toEqual([]);
  });

  it("leaves a figure of the same number that is the writer's own setting", () => {
    expect(ids('We set our API Gateway integration timeout to 29 ms')).toEqual([]);
  });
});

describe('recall: words students use for counted nouns and attributes (session 11)', () => {
  it('reads messages as emails, invalidations as paths and "N times" as retries', () => {
    expect(ids('SES sandbox: up to 500 messages per 24 hours')).toEqual([
      'ses.sandbox.daily-quota 500 messages',
    ]);
    expect(ids('SES sandbox: up to 200 messages per 24 hours')).toEqual([]);
    expect(ids('CloudFront: at most 30 wildcard invalidations in progress')).toHaveLength(1);
    expect(ids('CloudFront: at most 15 wildcard invalidations in progress')).toEqual([]);
    expect(ids('Lambda retries a failed async invocation 4 times')).toHaveLength(1);
    expect(ids('Lambda retries a failed async invocation 2 times')).toEqual([]);
  });

  it('reads "can run up to" as a timeout and "available for" as a retention', () => {
    expect(ids('Lambda: a function can run up to 20 min')).toEqual(['lambda.timeout.max 20 min']);
    expect(ids('Lambda: a function can run up to 15 min')).toEqual([]);
    expect(ids('CloudWatch high-resolution data points are available for 5 hours')).toHaveLength(1);
    expect(ids('CloudWatch high-resolution data points are available for 3 hours')).toEqual([]);
  });
});

describe('recall: the figure in the definition of a capacity unit (session 11)', () => {
  it('judges "1 WCU = … for items up to N KB" by the fact about that unit', () => {
    expect(ids('DynamoDB: 1 WCU = 1 write per second for items up to 2 KB')).toEqual([
      'dynamodb-capacity.wcu.definition 2 KB',
    ]);
    expect(ids('DynamoDB: 1 WCU = 1 write per second for items up to 1 KB')).toEqual([]);
    expect(ids('DynamoDB: 1 RCU = 1 strongly consistent read per second for items up to 8 KB')).toEqual([
      'dynamodb-capacity.rcu.definition 8 KB',
    ]);
    expect(ids('DynamoDB: 1 RCU = 1 strongly consistent read per second for items up to 4 KB')).toEqual([]);
  });

  it('still reads "for items up to N" outside a unit definition as a condition', () => {
    expect(ids('DynamoDB: for items up to 2 KB a write costs 2 WCUs')).toEqual([]);
  });
});

describe('recall: API operations, parameters and feature names that name their service (session 11)', () => {
  it('resolves the service from an operation, a parameter or a feature name', () => {
    expect(ids('SendMessageBatch takes at most 20 messages')).toEqual(['sqs.batch.max-messages 20 messages']);
    expect(ids('SendMessageBatch takes at most 10 messages')).toEqual([]);
    expect(ids('IMDSv2 session token TTL is at most 24 hours')).toEqual(['ec2.imds.token-ttl-max 24 hours']);
    expect(ids('role chaining limits sessions to 4 hours')).toEqual(['sts.chaining.max-session 4 hours']);
    expect(ids('role chaining limits sessions to 1 hour')).toEqual([]);
    expect(ids('Private VIF: 500 advertised routes max')).toEqual([
      'direct-connect.private-vif.max-routes 500 advertised routes',
    ]);
  });
});

describe('reading: "and" between two figures of one noun (session 11)', () => {
  const nouns = new Set(['subnet', 'table', 'hour']);
  const read = (text: string): string[] =>
    findQuantities(text, nouns, true).map((q) => `${q.noun || q.dim} ${q.low ?? ''}-${q.value}`);

  it('joins a range with "and" only after "between"', () => {
    expect(read('200 subnets and 200 route tables')).toEqual(['subnet -200', 'table -200']);
    expect(read('300 route tables and 500 route tables')).toEqual(['table -300', 'table -500']);
    expect(read('between 2 and 8 hours')).toEqual(['seconds 7200-28800']);
    expect(read('from 2 to 8 hours')).toEqual(['seconds 7200-28800']);
  });

  it('leaves a figure of the other kind of the counted thing alone', () => {
    // The fact counts standard topics; the FIFO figure is about the other kind the line names.
    expect(
      ids('SNS lets one account create 100,000 standard topics and 1,000 FIFO topics per account'),
    ).toEqual([]);
    expect(ids('Per Region API Gateway gives you 600 Regional APIs and 500 edge-optimized APIs')).toEqual([
      'api-gateway.rest.edge-apis-quota 500 edge-optimized APIs',
    ]);
  });
});

describe('reading: bare figures after a kind word, and rates of any counted noun (session 11)', () => {
  it('reads "noun default N" as a count of the noun', () => {
    expect(ids('IAM: max 5,000 users per account; roles default 3,000')).toEqual([
      'iam.account.max-roles 3,000',
    ]);
    expect(ids('IAM: max 5,000 users per account; roles default 1,000')).toEqual([]);
  });

  it("gives a bare default inside a range the range's unit, and nothing outside it", () => {
    expect(ids('KMS key deletion waiting period 7 to 30 days, default 10')).toEqual([
      'kms.deletion.waiting-period 10',
    ]);
    expect(ids('KMS key deletion waiting period 7 to 30 days, default 30')).toEqual([]);
    expect(ids('SQS visibility timeout 1 to 12 hours, default 30')).toEqual([]);
  });

  it('reads "N nouns/sec" as a rate of the noun', () => {
    const q = findQuantities('about 30 msgs/sec', new Set(['message/s']), true);
    expect(q.map((x) => `${x.noun} ${x.value}`)).toEqual(['message/s 30']);
  });
});

describe('recall: feature names that name their service (session 11, continued)', () => {
  it('resolves CloudFormation from "custom resource" without the service name', () => {
    expect(ids('A custom resource response can be at most 16 KB')).toEqual([
      'cloudformation.custom-resource.max-response 16 KB',
    ]);
    expect(ids('A custom resource response can be at most 4 KB')).toEqual([]);
  });
});

describe('recall: the official figure said per another place (session 11)', () => {
  it('flags a per-VPC or per-Region quota said per AZ or per Region', () => {
    expect(ids('VPC: 5 VPCs per AZ')).toEqual(['vpc.region.default-quota 5 VPCs']);
    expect(ids('VPC: 200 subnets per Region')).toEqual(['vpc.subnets.default-quota 200 subnets']);
    expect(ids('VPC: 200 subnets per VPC')).toEqual([]);
    expect(ids('VPC: 5 VPCs per Region')).toEqual([]);
  });

  it("leaves another figure said per another place, and the writer's own setup", () => {
    expect(ids('VPC: 7 VPCs per AZ')).toEqual([]);
    expect(ids('VPC: we keep 5 VPCs per AZ')).toEqual([]);
  });
});

describe('recall: a default quota the docs let you raise with a support ticket, said to be fixed (session 11)', () => {
  it('flags "fixed" when the fact says to raise it with a support ticket', () => {
    expect(ids('Kinesis: 50 on-demand streams per account, fixed')).toEqual([
      'kinesis-data-streams.on-demand.streams-default 50 on-demand streams',
    ]);
    expect(ids('Kinesis: 50 on-demand streams per account, adjustable')).toEqual([]);
  });
});

describe('soft vs hard: Lambda function-configuration quotas AWS says cannot be changed (session 11)', () => {
  it('flags a claim that a fixed Lambda quota can be raised', () => {
    expect(ids('Lambda: a function may use 5 layers, and that can be raised with a quota increase')).toEqual([
      'lambda.layers.max 5 layers',
    ]);
    expect(ids('Lambda environment variables: 4 KB in total, adjustable through a support request')).toEqual([
      'lambda.env-vars.max 4 KB',
    ]);
    expect(ids('Lambda functions get 1,024 file descriptors, a soft limit')).toEqual([
      'lambda.file-descriptors.max 1,024 file descriptors',
    ]);
  });
  it('does not flag the same quotas called fixed', () => {
    expect(ids('Lambda: a function may use at most 5 layers, a hard limit')).toEqual([]);
    expect(ids('Lambda environment variables: 4 KB in total, cannot be raised')).toEqual([]);
    expect(ids('Lambda functions get 1,024 file descriptors and that cannot be changed')).toEqual([]);
  });
});

describe('soft vs hard: an EventBridge quota AWS lets you raise (session 11)', () => {
  it('flags the default rules-per-bus quota called fixed, not the same figure called raisable', () => {
    expect(ids('EventBridge allows 300 rules per event bus, and this cannot be changed')).toEqual([
      'eventbridge.rules.per-bus 300 rules',
    ]);
    expect(ids('EventBridge allows 300 rules per event bus; ask for more with a quota increase')).toEqual([]);
  });
});

describe('soft vs hard: Step Functions account quotas (session 11)', () => {
  it('flags an adjustable account quota called fixed, and a hard request size called raisable', () => {
    expect(ids('Step Functions: up to 100,000 state machines per Region, a hard limit')).toEqual([
      'step-functions.state-machines.default-quota 100,000 state machines',
    ]);
    expect(
      ids('Step Functions API requests are capped at 1 MB each, can be increased via a quota increase'),
    ).toEqual(['step-functions.request.max-size 1 MB']);
  });
  it('does not flag the same figures with the right words', () => {
    expect(ids('Step Functions: up to 100,000 state machines per Region, adjustable')).toEqual([]);
    expect(ids('Step Functions state machine definitions can be 1 MB at most, a hard limit')).toEqual([]);
  });
});

describe('soft vs hard: KMS resource quotas AWS marks adjustable (session 11)', () => {
  it('flags the default key quota called fixed, not the same figure called raisable', () => {
    expect(ids('KMS: 100,000 customer managed keys per Region, cannot be raised')).toEqual([
      'kms.keys.default-quota 100,000 customer managed keys',
    ]);
    expect(ids('KMS: 100,000 customer managed keys per Region, can be raised with a quota increase')).toEqual(
      [],
    );
  });
});

describe('soft vs hard: the DynamoDB global secondary index quota (session 11)', () => {
  it('flags the default GSI quota called a hard limit, not called adjustable', () => {
    expect(ids('DynamoDB: 20 global secondary indexes per table, a hard limit')).toEqual([
      'dynamodb.gsi.default-quota 20 global secondary indexes',
    ]);
    expect(ids('DynamoDB: 20 global secondary indexes per table by default, adjustable')).toEqual([]);
  });
});

describe('soft vs hard: IAM quotas AWS says cannot be increased (session 11)', () => {
  it('flags a fixed IAM quota said to be raisable', () => {
    expect(ids('IAM: 5,000 IAM users per account, which can be raised with a quota increase')).toEqual([
      'iam.account.max-users 5,000 IAM users',
    ]);
    expect(ids('IAM: managed policies keep 5 versions, can be increased via a support request')).toEqual([
      'iam.managed-policy.max-versions 5 versions',
    ]);
  });
  it('does not flag the same IAM quotas called fixed', () => {
    expect(ids('IAM: 5,000 IAM users per account, fixed')).toEqual([]);
    expect(ids('IAM: a user can be in at most 10 groups, a hard limit')).toEqual([]);
  });
});

describe('soft vs hard: API Gateway REST quotas, and a negated "adjustable" (session 11)', () => {
  it('flags a fixed API count called raisable, and an adjustable per-API quota called fixed', () => {
    expect(
      ids('API Gateway: 10,000 API keys per account per Region, can be raised with a quota increase'),
    ).toEqual(['api-gateway.api-keys.default-quota 10,000 API keys']);
    expect(ids('API Gateway: 300 resources per REST API, a hard limit')).toEqual([
      'api-gateway.rest.resources-per-api 300 resources',
    ]);
  });
  it('reads "neither is adjustable" or "aren\'t adjustable" as fixed, not as raisable', () => {
    expect(ids('API Gateway keeps 120 edge-optimized APIs per Region; neither is adjustable')).toEqual([]);
    expect(ids("API Gateway: 600 private REST APIs per Region, and these aren't adjustable")).toEqual([]);
    expect(ids('API Gateway: 300 resources per REST API, none of them adjustable')).toEqual([
      'api-gateway.rest.resources-per-api 300 resources',
    ]);
  });
});
