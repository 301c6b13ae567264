/**
 * Session 19, helper C (development set 27: networking and security): the facts, statements and aliases
 * added from its misses and false flags. Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by
 * nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['A NAT GW stays redundant across each AZ', 'vpc.nat-gateway.single-az'],
  ['NAT gateways take just one EIP', 'vpc.nat-gateway.max-eips'],
  ['VPC peering data is always free', 'vpc.peering.data-transfer-cost'],
  ['Flow logs can be changed later to add fields', 'vpc.flow-logs.config-immutable'],
  ['Flow logs work for a peered VPC in another account too', 'vpc.flow-logs.peered-vpc'],
  ['Active VPC peering connections per VPC is a hard limit', 'vpc.peering.default-quota'],
  ['TGW attachments per transit gateway can be raised on request', 'transit-gateway.attachments.max'],
  ['TGW route tables: 25 per TGW', 'transit-gateway.route-tables.default-quota'],
  ['Each VPN connection comes with one tunnel', 'site-to-site-vpn.connection.tunnels'],
  ['DX: hosted connections may be added to a LAG just like dedicated ones', 'direct-connect.lag.dedicated-only'],
  ['DX LAGs can span devices in two different locations', 'direct-connect.lag.mlag'],
  ['LAGs mixing 1 Gbps and 10 Gbps connections work fine on Direct Connect', 'direct-connect.lag.max-connections'],
  ['Route 53 quota increases can be requested from any Region', 'route53.quotas.console-region'],
  ['On an ALB you enable sticky sessions per listener', 'alb.stickiness.level'],
  ['ALB: target groups per load balancer can be increased via a quota request', 'alb.target-groups.per-alb'],
  ['SCP allow statements grant that permission to every IAM user in the OU', 'organizations.scp.grants'],
  ['A newly created account can leave the organization right away', 'organizations.created-account.min-age'],
  ['Organizations: an account created in the org can be removed after 3 days', 'organizations.created-account.min-age'],
  ['CloudHSM has no non-FIPS mode; clusters are always FIPS validated', 'cloudhsm.cluster.modes'],
  ['Non-FIPS clusters can use hsm1.medium HSMs', 'cloudhsm.non-fips.hsm-type'],
  ['Non-FIPS backups can be restored into FIPS clusters', 'cloudhsm.backup.same-mode'],
  ['CloudHSM: hsm1.medium is the only type you can pick', 'cloudhsm.hsm.types'],
  ['For a KMS custom key store, one HSM is sufficient', 'cloudhsm.kms-key-store.min-hsms'],
  ['Delete the primary secret and Secrets Manager deletes its replicas automatically', 'secrets-manager.replica.delete-order'],
  ['In an org, every account pays separately for Shield Advanced', 'shield.advanced.org-billing'],
  ["Shield Advanced subscriptions don't auto-renew", 'shield.advanced.auto-renew'],
  ['GuardDuty findings are not sent to EventBridge', 'guardduty.findings.eventbridge'],
  ['Inspector also scans RDS instances for vulnerabilities', 'inspector.resources.scanned'],
  ["Detective's behavior graph is global across Regions", 'detective.graph.regional'],
  ['Detective: a single behavior graph covers every Region', 'detective.graph.regional'],
  ['ACM renews private certificates 30 days before expiration', 'acm.private-renewal.start'],
];

const RIGHT: string[] = [
  'TGW route tables: 20 per TGW (adjustable)',
  'Private ACM certs: managed renewal kicks in 60 days before they expire',
  'NAT gateway quota is per AZ, not per VPC',
  'A public NAT gateway can have more than a single Elastic IP',
  'VPC peering: same-AZ traffic free, cross-AZ traffic billed',
  'Flow logs: to change fields, delete the flow log and create a new one',
  "Flow logs can't be enabled for a peered VPC in another account",
  'VPC peering connections quota can be raised to 125',
  'Attachments per transit gateway are a hard limit',
  'A VPN connection has two tunnels, one tunnel per AZ',
  'Only dedicated connections can join a Direct Connect LAG',
  'Direct Connect LAG: connections must end on the same device, no multi-chassis',
  'Route 53 quotas: use us-east-1 in Service Quotas',
  'Route 53 is global and answers queries from any Region',
  'ALB stickiness is set per target group',
  'ALB target groups per load balancer: a hard limit of 100',
  'A created account must exist 7 days before you can remove it from the org',
  'CloudHSM supports FIPS and non-FIPS clusters',
  'Non-FIPS mode needs hsm2m.medium, not hsm1.medium',
  'FIPS backups restore into FIPS clusters',
  'CloudHSM offers hsm1.medium and hsm2m.medium',
  'A KMS CloudHSM key store needs at least two active HSMs in different AZs',
  'Delete the replicas before the primary secret',
  'Shield Advanced in an org is billed to the payer account',
  'Shield Advanced subscriptions auto-renew by default',
  'GuardDuty findings go to EventBridge',
  'Inspector covers EC2, ECR and Lambda',
  'Detective behavior graphs are Region-specific',
  'SCPs only limit permissions, they never grant them',
  'Member accounts can leave the organization once they have standalone billing details',
];

describeFlagCases('session 19 set 27 facts (networking and security)', WRONG, RIGHT);
