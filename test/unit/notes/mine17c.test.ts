import { describe, expect, it } from 'vitest';
import { ids, read } from './claimCases';
import { describeAssertCases, type RightCase, type WrongCase } from './assertCases';

// Session 17 (C): facts added while mining development set 19 (networking, content delivery, security and
// identity). Every fact has a wrong line it must flag and a right line nothing may flag, in wordings of our own
// (not the set's items).
const FIGURES: [string, string[]][] = [
  ["Route 53: one calculated health check can track 512 child health checks.", ["route53.calculated-health-check.max-children 512 child health checks"]],
  ["A Route 53 calculated health check watches at most 255 child health checks.", []],
  ["Route 53 API: up to 50 requests per second per account.", ["route53.api.requests-per-second 50 requests per second"]],
  ["Route 53 throttles API calls above 5 requests per second per account.", []],
  ["Route 53 Resolver API allows 25 requests per second per Region.", ["route53.resolver.api-requests-per-second 25 requests per second"]],
  ["Route 53 Resolver API: max 5 requests per second in each Region.", []],
  ["Route 53 traffic policies keep up to 5,000 versions each.", ["route53.traffic-policy.max-versions 5,000 versions"]],
  ["Route 53: up to 1,000 versions per traffic policy.", []],
  ["Route 53 accepts at most 3,000 CreateHealthCheck requests per day.", ["route53.create-health-check.daily-max 3,000 CreateHealthCheck requests"]],
  ["Route 53: 1,000 CreateHealthCheck calls per day max.", []],
  ["VPC: a prefix list can have 500 references per resource type by default.", ["vpc.prefix-list.references-per-resource-type 500 references"]],
  ["VPC prefix list references per resource type: 5,000 by default.", []],
  ["A customer-managed prefix list keeps up to 50 versions.", ["vpc.prefix-list.max-versions 50 versions"]],
  ["Prefix list versions: 1,000 stored, oldest dropped after that.", []],
  ["VPC sharing: up to 500 subnets can be shared with one account by default.", ["vpc.sharing.subnets-per-account 500 subnets"]],
  ["VPC sharing lets you share up to 100 subnets with one account.", []],
  ["Cognito UserAccountRecovery category: 80 RPS by default.", ["cognito.user-account-recovery.rps 80 RPS"]],
  ["Cognito account recovery operations (UserAccountRecovery) get 30 RPS.", []],
  ["Cognito UserRead category allows 300 RPS.", ["cognito.user-read.rps 300 RPS"]],
  ["Cognito GetUser / AdminGetUser (UserRead): 120 RPS.", []],
  ["Cognito UserUpdate is limited to 100 RPS.", ["cognito.user-update.rps 100 RPS"]],
  ["Cognito UserUpdate category: 25 RPS.", []],
  ["Cognito UserList (ListUsers) default quota is 75 RPS.", ["cognito.user-list.rps 75 RPS"]],
  ["Cognito ListUsers belongs to UserList: 30 RPS.", []],
  ["Cognito UserPoolUpdate: 60 RPS.", ["cognito.user-pool-update.rps 60 RPS"]],
  ["Cognito UserPoolUpdate (CreateUserPool, UpdateUserPool) is 15 RPS.", []],
  ["Cognito UserPoolRead quota: 40 RPS.", ["cognito.user-pool-read.rps 40 RPS"]],
  ["Cognito DescribeUserPool (UserPoolRead) 15 RPS.", []],
  ["Cognito UserFederation default: 75 RPS.", ["cognito.user-federation.rps 75 RPS"]],
  ["Cognito UserFederation: 25 RPS, adjustable.", []],
  ["Cognito UserToken category: 300 RPS.", ["cognito.user-token.rps 300 RPS"]],
  ["Cognito UserToken: 120 RPS.", []],
  ["Cognito UserResourceRead: 150 RPS.", ["cognito.user-resource-read.rps 150 RPS"]],
  ["Cognito UserResourceRead: 50 RPS.", []],
  ["Cognito UserResourceUpdate: 80 RPS.", ["cognito.user-resource-update.rps 80 RPS"]],
  ["Cognito UserResourceUpdate: 25 RPS.", []],
  ["Cognito lets each user make up to 40 read requests per second.", ["cognito.per-user.read-rps 40 read requests per second"]],
  ["Cognito per-user quota: 10 read requests per second.", []],
  ["Cognito per-user write quota: 25 write requests per second.", ["cognito.per-user.write-rps 25 write requests per second"]],
  ["Cognito per-user write quota: 10 write requests per second.", []],
  ["KMS ScheduleKeyDeletion pending window defaults to 10 days.", ["kms.deletion.waiting-period 10 days"]],
  ["KMS key deletion waiting period: 7-30 days, 30 by default.", []],
  ["AWS Organizations: minimum age before removing a created account is 4 days.", ["organizations.account.min-age-to-remove 4 days"]],
  ["AWS Organizations: a created member account can be removed once it is 7 days old.", []],
  ["ACM counts certificate requests over the last 90 days for its yearly request quota.", ["acm.certificates.request-window 90 days"]],
  ["ACM's yearly request quota looks at the last 365 days.", []],
  ["Site-to-Site VPN: you can attach 2 virtual private gateways to a VPC.", ["site-to-site-vpn.vgw.per-vpc 2 virtual private gateways"]],
  ["Site-to-Site VPN: one VPC takes 1 virtual private gateway at a time.", []],
  ["A subnet can be associated with 3 route tables.", ["vpc.subnet.route-tables 3 route tables"]],
  ["Each subnet: 1 route table association at a time.", []],
  ["NLB TLS listener idle timeout can be set to 1,200 seconds.", ["nlb.tls-listener.idle-timeout 1,200 seconds"]],
  ["NLB TLS listener idle timeout is 350 seconds.", []],
];

describe('session 17 C: networking and security figures', () => {
  for (const [line, flags] of FIGURES)
    it(`${flags.length ? 'flags' : 'leaves alone'}: ${line}`, () => {
      expect(ids(line)).toEqual(flags);
    });
});

const WRONG: WrongCase[] = [
  ['A transit gateway handles Path MTU Discovery for you.', 'transit-gateway.pmtud.support'],
  ['Static routes on a TGW VPN attachment still get ECMP across tunnels.', 'transit-gateway.vpn-ecmp.static-routing'],
  ['The TGW resolves private hosted zone records for all its attached VPCs.', 'transit-gateway.dns.private-hosted-zones'],
  ['You can turn on root user MFA with the AWS CLI.', 'iam.root-mfa.cli'],
  ['IAM group names are case-sensitive, so Admins and admins can coexist.', 'iam.names.case-sensitivity'],
  ['Attach an AWS managed policy as the trust policy of the role.', 'iam.trust-policy.managed-policy'],
  ['You can delete a replicated primary secret in one step.', 'secrets-manager.replicated-primary.deletion'],
  ['A replica secret goes through the recovery window before it is gone.', 'secrets-manager.replica.deletion-immediate'],
  ['In Network Firewall a rule group capacity can be changed after creation.', 'network-firewall.rule-group.capacity-fixed'],
  ["Open invitations don't count toward the Organizations accounts quota.", 'organizations.invitations.count-against-quota'],
  ['A VPC can have multiple virtual private gateways attached for redundancy.', 'site-to-site-vpn.vgw.per-vpc'],
  ['Large bandwidth tunnels can terminate on a VGW.', 'site-to-site-vpn.large-tunnels.gateway'],
  ['A subnet can use several route tables at once.', 'vpc.subnet.route-tables'],
  ['KMS HMAC keys support auto key rotation.', 'kms.rotation.key-types'],
];
const RIGHT: RightCase[] = [
  ['Transit gateways do not support PMTUD; MSS clamping is enforced instead.'],
  ['ECMP on a transit gateway requires dynamic (BGP) VPN connections, not static routes.'],
  ["A transit gateway doesn't resolve private hosted zone names for attached VPCs; use Resolver endpoints."],
  ['Root user MFA is enabled in the console only.'],
  ['IAM role names are case-insensitive: Admins and admins clash.'],
  ['A role trust policy is written inline with the role, never a managed policy.'],
  ['Remove the replicas first, then delete the primary secret.'],
  ['Deleted replica secrets are removed immediately.'],
  ['Network Firewall rule group capacity is fixed at creation.'],
  ['Invitations count against the Organizations accounts quota until declined or expired.'],
  ['Only one virtual private gateway can be attached to a VPC at a time.'],
  ['Large bandwidth VPN tunnels need a transit gateway or Cloud WAN.'],
  ['Each subnet is associated with exactly one route table.'],
  ['Automatic key rotation is available for symmetric encryption KMS keys.'],
];
describeAssertCases('session 17 C: networking and security yes/no facts', WRONG, RIGHT);

// Reader: a bare figure closed by "total", "in total", "combined" or "overall" is still a figure of the label
// before it, and those words name no attribute of their own.
describe('session 17 C: a bare figure summed up by "total" or "combined"', () => {
  it('reads the figure and its noun from the label', () => {
    expect(read('Subnets per VPC: 300 total')).toEqual([['300', 300, 'subnet']]);
    expect(read('Route tables per VPC: 200 in total')).toEqual([['200', 200, 'table']]);
    expect(read('NAT gateways per AZ: 8 combined')).toEqual([['8', 8, 'gateway']]);
  });
  it('judges it against the fact the label names', () => {
    expect(ids('Security groups per Region: 10,000 total')).toEqual(['vpc.security-groups.per-region 10,000']);
    expect(ids('Security groups per Region: 2,500 total')).toEqual([]);
  });
});

// Guard: "req/s" shortens the fact's own "requests/s"; "req" is no qualifier naming another thing.
describe('session 17 C: an abbreviated unit word is no other qualifier', () => {
  it('flags a wrong rate written with req/s', () => {
    expect(ids('Route 53 API: 40 req/s per account')).toEqual(['route53.api.requests-per-second 40 req/s']);
  });
  it('leaves the right rate alone', () => {
    expect(ids('Route 53 API: 5 req/s per account')).toEqual([]);
  });
});

// Second batch: Organizations policy sizes by type, the AssumeRole* session ceiling, GuardDuty list entries.
const FIGURES2: [string, string[]][] = [
  ["Organizations: backup policy max size 5,120 characters", ["organizations.backup-policy.max-size 5,120 characters"]],
  ["Organizations: backup policies can be up to 10,000 characters", []],
  ["Organizations declarative policy size limit: 2,500 characters", ["organizations.declarative-policy.max-size 2,500 characters"]],
  ["Organizations declarative policies: max 10,000 characters", []],
  ["Organizations chat applications policy: up to 5,120 characters", ["organizations.chat-applications-policy.max-size 5,120 characters"]],
  ["Organizations chat applications policy max size 10,000 characters", []],
  ["AssumeRoleWithWebIdentity sessions can last up to 24 h", ["sts.assume-role.max-duration 24 h"]],
  ["AssumeRoleWithSAML sessions last up to 12 hours at most", []],
  ["GuardDuty trusted IP list: up to 5,000 entries", ["guardduty.trusted-ip-list.max-entries 5,000 entries"]],
  ["GuardDuty trusted IP list: max 2,000 entries", []],
  ["GuardDuty threat IP list: 250,000 entries max", []],
];

describe('session 17 C: policy sizes, AssumeRole ceiling, list entries', () => {
  for (const [line, flags] of FIGURES2)
    it(`${flags.length ? 'flags' : 'leaves alone'}: ${line}`, () => {
      expect(ids(line)).toEqual(flags);
    });
});

// Reader: two qualifiers joined by a slash between a number and its noun ("inbound/outbound rules") are one
// qualifier; a rate's slash, a plural first half ("IPs/CIDR ranges") and a pair before a rate stay as they were.
describe('session 17 C: slash-joined qualifiers before a counted noun', () => {
  it('reads the noun after the pair, keeping the line as written', () => {
    expect(read('NACL: 40 inbound/outbound rules')).toEqual([['40 inbound/outbound rules', 40, 'rule']]);
    expect(read('Target group: 500 instance/IP targets')).toEqual([['500 instance/IP targets', 500, 'target']]);
    expect(read('Security group: 30 IPv4/IPv6 rules')).toEqual([['30 IPv4/IPv6 rules', 30, 'rule']]);
  });
  it('leaves rates and plural alternatives alone', () => {
    expect(read('API: 10 req/s per account')).toEqual([['10 req/s', 10, 'request/s']]);
    expect(read('List: 2,000 IPs/CIDR ranges')).toEqual([['2,000 IPs/CIDR', 2000, 'ip']]);
  });
  it('judges the figure against the fact of that noun', () => {
    expect(ids('Security groups: 120 inbound/outbound rules per group')).toEqual([
      'vpc.security-group.rules 120 inbound/outbound rules',
    ]);
    expect(ids('Security groups: 60 inbound/outbound rules each')).toEqual([]);
  });
});

// VPC flow logs: the default maximum aggregation interval (10 minutes) and its settings (1 or 10 minutes).
describe('session 17 C: flow log aggregation interval default and settings', () => {
  it('flags a wrong default and a setting that does not exist', () => {
    expect(ids('VPC flow logs: the default max aggregation interval is 1 minute')).toEqual([
      'vpc.flow-logs.aggregation-interval-default 1 minute',
    ]);
    expect(ids('VPC flow logs support a 30-minute aggregation interval')).toEqual([
      'vpc.flow-logs.aggregation-interval-options 30-minute',
    ]);
  });
  it('leaves the right default and the two settings alone', () => {
    expect(ids('VPC flow logs default to a 10 minute aggregation interval')).toEqual([]);
    expect(ids('Flow log aggregation interval: 1 minute or 10 minutes')).toEqual([]);
  });
});
