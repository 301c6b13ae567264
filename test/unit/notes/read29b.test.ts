/**
 * Session 29, helper B (issue 14 items 3/4): figures the reader did not take as a quantity of the fact's kind.
 * Every line was written for these tests in a student's note style (none copied from an evaluation set): wrong
 * lines must be flagged by exactly the named fact, right and unsure ones by nothing.
 *
 * (1) A request rate ("5 requests per second", "20 TPS", "10 requests per minute") said of an API quota the docs
 * write as the time between requests ("1 request every 5 seconds per account"): the rate is read again as that
 * time, and held only against the facts written that way.
 * (2) A figure in brackets right after a label's quota word, with only the scope it is counted per ("ENI quota
 * (100 per VPC)", "listener limit (25 per load balancer)"): the bracket links label and figure as a colon does.
 * (3) A price's unit in other words than the fact's, each a thing or period the fact's text prices per ("$0.30 per
 * cluster-hour", "$0.20/h per cluster", "$2/month" of "USD 5.00 per web ACL per month"); and "per key per month"
 * is read whole, so it is no price quoted per a shorter unit than billed.
 * (4) An acronym a count fact's label defines for what it counts ("Origin access controls (OAC) per …", "Network
 * Address Usage (NAU) units") is that noun, singular or plural, and so are the words it abbreviates.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // (1) rates against "one request every N seconds"
  ['API Gateway CreateDeployment: 5 requests per second per account', 'api-gateway.control.create-deployment-interval'],
  ['API Gateway CreateDeployment: 20 TPS', 'api-gateway.control.create-deployment-interval'],
  ['APIGW DeleteRestApi: 2 calls/s', 'api-gateway.control.delete-rest-api-interval'],
  ['API Gateway DeleteRestApi: up to 6 requests a minute per account', 'api-gateway.control.delete-rest-api-interval'],
  ['API Gateway CreateVpcLink (v2): 1 request/s', 'api-gateway.control.create-vpc-link-interval'],
  ['API Gateway CreateVpcLink: 10 requests per minute', 'api-gateway.control.create-vpc-link-interval'],
  ['API Gateway UpdateUsagePlan: 1 call per second', 'api-gateway.control.update-usage-plan-interval'],
  // (2) "<label> quota (N per <scope>)"
  ['Lambda VPC networking: ENI quota (100 per VPC), shared with EFS', 'lambda.vpc.eni-quota'],
  ['RDS manual snapshot quota (50/Region) is adjustable', 'rds.snapshots.manual-quota'],
  ['ALB listener limit (25 per load balancer)', 'alb.listeners.max'],
  // (3) price units split, shortened or partly left out
  ['EKS standard support: $0.30 per cluster-hour', 'eks.price.cluster-hour'],
  ['EKS extended support runs $0.20/h per cluster', 'eks.price.extended-support-hour'],
  ['WAF web ACL: $2/month', 'waf.pricing.web-acl'],
  ['WAF rules cost $3/mo each', 'waf.pricing.rule'],
  // (4) label-defined acronyms as the counted noun
  ['CloudFront OAC: 50 per account', 'cloudfront.oac.per-account'],
  ['NAU per VPC: 32,000 by default', 'vpc.nau.per-vpc'],
  ['VPC Network Address Usage quota: 100,000 per VPC', 'vpc.nau.per-vpc'],
];

const RIGHT: (RightCase | string)[] = [
  // (1) the same rate said per another period, or as the interval itself
  'API Gateway CreateDeployment: 12 requests per minute',
  'API Gateway CreateDeployment is limited to 1 request every 5 seconds',
  'API Gateway DeleteRestApi: 2 requests per minute per account',
  'API Gateway DeleteRestApi: 1 request every 30 seconds, cannot be raised',
  'API Gateway CreateVpcLink: 4 requests per minute',
  'API Gateway UpdateUsagePlan: 3 requests per minute',
  // a request rate of a quota not written as an interval is left to its own facts
  'API Gateway account throttle: 10,000 requests per second, burst 5,000',
  'API Gateway: 10,000 RPS steady state per account per Region',
  'Our CreateDeployment pipeline step runs about 1 request per hour',
  // (2) the right figure, and a scoped figure in brackets after words that are no quota's
  'RDS manual snapshot quota (100/Region) covers manual snapshots only',
  'Lambda ENI quota (500/VPC), can be raised',
  'ALB listener limit (50 per load balancer)',
  'Lake Formation: LF-tags take up to 1,000 values per key (50 per API call)',
  // (3) the right prices, in the same split or shortened units
  'EKS standard support: $0.10 per cluster-hour',
  'EKS extended support: $0.60 per cluster per hour',
  'EKS clusters in extended support: $0.60/hr each',
  'WAF: $5 per web ACL per month, $1 per rule per month',
  'WAF web ACL: $5/month',
  'KMS customer managed key: $1 per key per month',
  // (4) the right quotas, and usage that is no NAU
  'CloudFront OAC: 100 per account by default',
  'CloudFront OACs: 100 per account, adjustable',
  'NAU per VPC: 64,000 default, up to 256,000',
  'IP address usage per VPC: 256,000',
];

describeFlagCases('session 29 helper B: figures read as another unit of the same thing', WRONG, RIGHT);
