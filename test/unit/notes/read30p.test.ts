/**
 * Session 30, helper p (issue 14 item 3, precision): true study-note lines the reader misread, by class, each with
 * wrong lines of the same shape that must still be flagged. Every line was written for these tests in a student's
 * note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right
 * ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

// A figure a quantity is rounded to ("rounded up to the next 4 KB") is a step, not a bound: only a fact about a
// step or rounding judges it.
describeFlagCases(
  'a rounding unit is no maximum',
  [
    ['Lambda bills duration rounded up to the nearest 100 ms', 'lambda.billing.granularity'],
    ['Lambda duration is rounded up to the nearest 10 ms on the bill', 'lambda.billing.granularity'],
    ['DynamoDB max item size up to 4 KB', 'dynamodb.item.max-size'],
  ] satisfies WrongCase[],
  [
    'DynamoDB rounds each read up to the next 4 KB when counting RCUs',
    'In DynamoDB item size is rounded up to the nearest 1 KB for writes',
    'Lambda duration is rounded up to the nearest 1 ms',
  ] satisfies (RightCase | string)[],
);

// Two items of one line name the same thing with qualifiers of their own, and the other item gives the fact's
// figure: this item's figure is the other case's.
describeFlagCases(
  'the same thing qualified otherwise in another item',
  [['Security Hub: findings not updated are deleted after 30 days', 'security-hub.findings.retention']],
  ['Security Hub: stale findings removed after 90 days, resolved findings after 30 days'],
);

// The fact's thing is named only in another item, beside the fact's own figure; this item names a shortened form
// of the service's name and nothing of the fact.
describeFlagCases(
  'the fact named only beside its own figure in another item',
  [
    ['Snowball Edge storage optimized: 80 TB usable', 'snow-family.snowball-edge.storage-optimized-capacity'],
    // Swapped figures of two named things are still caught.
    [
      'Parameter Store: standard up to 8 KB, advanced up to 4 KB',
      'systems-manager.parameter.standard-max-size',
    ],
  ],
  ['Snowball: the older devices shipped with 50 TB; Snowball Edge storage optimized 210 TB'],
);

// A fact the KB leaves without a figure because AWS's texts disagree still names its thing: a figure one of its
// texts gives is said of it (no neighbouring fact judges it), and only a maximum above every one of them is wrong.
describeFlagCases(
  'a fact whose figure AWS texts give differently',
  [
    ['CloudFront caps the URL at 20,480 bytes', 'cloudfront.url.max-length'],
    ['CLB idle timeout can go up to 5 hours', 'elb.clb.idle-timeout-max'],
    [
      'CloudFront max request length (headers and query strings) 64 KB',
      'cloudfront.request.max-header-length',
    ],
  ],
  [
    'CloudFront request limit: headers and query strings together at most 20,480 bytes; URL at most 8,192 bytes',
    'CloudFront request length (headers + query strings): 32,768 bytes',
    'Classic Load Balancer idle timeout configurable up to 3,600 seconds',
  ],
);

// "N total": a total, judged by the service's total fact, not by the fact of one of its parts.
describeFlagCases(
  'a figure said as a total',
  [
    ['EKS: a Kubernetes version is supported 30 months in total', 'eks.version.total-support'],
    ['EKS extended support gives 18 months after standard support ends', 'eks.version.extended-support'],
  ],
  ['EKS: with extended support a minor version lives up to 26 months total'],
);

// A name written as one word with a symbol ("Lambda@Edge") says which service's facts, never which attribute: a
// figure whose line names nothing else of a fact is not that fact's.
describeFlagCases(
  'a symbol-joined name binds no attribute on its own',
  [
    ['Lambda@Edge origin request timeout 60 s', 'cloudfront.lambda-edge.origin-timeout'],
    ['Lambda@Edge origin functions: package up to 100 MB', 'cloudfront.lambda-edge.origin-package'],
  ],
  ['After an update, Lambda@Edge replicas may need up to 20 min to reach every edge location'],
);

// The fact's noun qualified by a three-word compound the KB labels another thing with ("health check interval"
// beside a flow log's "aggregation interval"): another thing's figure, even of another service.
describeFlagCases(
  'a compound another fact is labelled with',
  [
    ['VPC flow logs: default aggregation interval 5 minutes', 'vpc.flow-logs.aggregation-interval-default'],
    ['RDS preferred backup window must be at least 1 hour long', 'rds.backup-window.min'],
  ],
  ['VPC Lattice target groups: health check interval defaults to 30 s'],
);

// "N A + B things": one count of two things together (a combined quota), a count of neither alone.
describeFlagCases(
  'a combined count of two things',
  [['VPC endpoints: 500 interface endpoints per VPC', 'vpc-endpoints.interface.default-quota']],
  ['PrivateLink quotas: 50 interface + GWLB endpoints per VPC together'],
);
