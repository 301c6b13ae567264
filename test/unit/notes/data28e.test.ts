/**
 * Session 28, helper e (issue 14 item 2): the core yes/no behaviours of the thinly covered security, identity and
 * compliance services (Macie, Inspector, Detective, Security Hub, Firewall Manager, Directory Service, IAM Identity
 * Center, CloudHSM, ACM, Shield, RAM, STS, Audit Manager, Artifact), from their main documentation pages. Every line
 * was written for these tests in a student's note style (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // Macie
  ['Macie cannot send findings to EventBridge', 'macie.findings.eventbridge'],
  ['Macie automated sensitive data discovery scans every object in every bucket', 'macie.automated-discovery.sampling'],
  ['By default, automated sensitive data discovery uses your custom data identifiers', 'macie.automated-discovery.default-identifiers'],
  ['Macie does not detect publicly accessible buckets; it only looks at object contents', 'macie.buckets.public-access-findings'],
  ['Macie sensitive data discovery jobs can only run once', 'macie.jobs.recurring'],
  // Inspector
  ['Inspector Lambda code scanning is the default scan type', 'inspector.lambda.standard-default'],
  ['Inspector Lambda code scanning can be activated on its own', 'inspector.lambda.code-needs-standard'],
  ['Inspector Lambda code scanning does not require standard scanning', 'inspector.lambda.code-needs-standard'],
  ['Inspector agentless scanning requires the SSM Agent on each instance', 'inspector.ec2.agentless-snapshots'],
  // Security Hub
  ['Enabling Security Hub does not enable any standards automatically', 'security-hub.standards.default-enabled'],
  ['New Security Hub controls must be enabled manually', 'security-hub.controls.new-auto-enabled'],
  ['Security Hub only accepts findings from AWS services, not third-party products', 'security-hub.findings.third-party'],
  // Directory Service
  ['Managed Microsoft AD Standard Edition supports multi-Region replication', 'directory-service.multi-region.enterprise-only'],
  ['Managed AD multi-Region replication has to be set up manually in each Region', 'directory-service.multi-region.automatic'],
  ["AD Connector doesn't need a VPN or Direct Connect link to your data center", 'directory-service.ad-connector.vpn-or-dx'],
  ['AD Connector can be deployed in a VPC with dedicated tenancy', 'directory-service.ad-connector.default-tenancy'],
  ['Directory Service Data works in every Region of a multi-Region directory', 'directory-service.data-api.primary-region'],
  // Detective
  ['In Detective, an optional data source package cannot be stopped once started', 'detective.optional-packages.start-stop'],
  ['Detective does not ingest EKS audit logs', 'detective.sources.eks-audit'],
  ['Detective cannot use Security Hub findings', 'detective.sources.security-hub-findings'],
  // Firewall Manager
  ['Firewall Manager does not protect accounts that join the organization later', 'firewall-manager.new-accounts.auto'],
  // CloudHSM
  ['CloudHSM users are synchronized automatically across the cluster', 'cloudhsm.users.not-synced'],
  ['CloudHSM session keys are synchronized across all HSMs in the cluster', 'cloudhsm.session-keys.not-synced'],
  ['CloudHSM cloned clusters sync keys automatically', 'cloudhsm.cloned-clusters.manual-sync'],
  // IAM Identity Center
  ['Editing an Identity Center permission set automatically updates the roles in every assigned account', 'iam-identity-center.permission-set.update-reprovision'],
  ['Identity Center permission sets do not create IAM roles in member accounts', 'iam-identity-center.permission-set.iam-role'],
  ['IAM Identity Center does not support SCIM', 'iam-identity-center.scim.provisioning'],
  // ACM, Shield
  ['ACM certificates can be attached directly to EKS', 'acm.integrated-services.no-eks'],
  ['Shield health-based detection does not use Route 53 health checks', 'shield.advanced.health-based-detection'],
  // STS
  ['STS temporary credentials can be revoked directly by AWS', 'sts.credentials.not-revocable'],
  ['Session tokens from a Regional STS endpoint are only valid in that Region', 'sts.regional-endpoint.token-validity'],
  ['The global STS endpoint fails over automatically to other Regions', 'sts.global-endpoint.no-failover'],
  // Artifact, Audit Manager
  ['Non-admin IAM users can download Artifact reports by default', 'artifact.non-admin.iam-permissions'],
  ['Once accepted, an AWS Artifact agreement cannot be terminated', 'artifact.agreements.terminate'],
  ['Audit Manager CloudTrail evidence is collected once a day', 'audit-manager.cloudtrail.continuous'],
  ['You can change the evidence collection frequency of an Audit Manager standard control', 'audit-manager.standard-control.fixed-frequency'],
  ['Audit Manager does not collect evidence from AWS Config', 'audit-manager.sources.automated'],
  // RAM, Firewall Manager
  ['RAM sharing with your organization can be enabled from any member account', 'ram.org-sharing.management-account'],
  ["In RAM, sharing with AWS Organizations doesn't need the management account", 'ram.org-sharing.management-account'],
  ['With RAM org sharing enabled, accounts in the organization must accept an invitation for each share', 'ram.org.invitations'],
  ['Firewall Manager cannot use AWS Marketplace rules', 'firewall-manager.rules.marketplace'],
  // Macie, more
  ['Macie sensitive data samples are kept forever', 'macie.reveal-samples.not-retained'],
  ['Macie sensitive data samples are not encrypted', 'macie.reveal-samples.kms'],
  ['For a Macie administrator, automated sensitive data discovery does not cover member accounts', 'macie.automated-discovery.member-buckets'],
  // Detective, CloudHSM, more
  ['Disabling Detective keeps the behavior graph data', 'detective.disable.deletes-graph'],
  ['A deleted Detective behavior graph can be restored', 'detective.disable.deletes-graph'],
  ['CloudHSM backups cannot be copied to another Region', 'cloudhsm.backup.copy-to-region'],
  // Inspector findings lifecycle
  ['An Inspector suppression rule closes the matching findings', 'inspector.suppression.hide-only'],
  ['Amazon Inspector deletes closed findings after 90 days', 'inspector.findings.closed-deleted-after'],
  ['If you disable Amazon Inspector, findings are removed after 7 days', 'inspector.disable.findings-removed'],
  // Security Hub disable, ACM private certificates
  ['Disabling Security Hub keeps your findings forever', 'security-hub.disable.findings-deleted'],
  ['The Security Hub administrator account can disable Security Hub at any time', 'security-hub.disable.not-administrator'],
  ['ACM private certificates need DNS validation like public ones', 'acm.private.no-domain-validation'],
  // Shield Response Team, Directory Service instances
  ['The Shield Response Team has access to your account by default', 'shield.srt.access-authorized'],
  ['Managed Microsoft AD domain controllers are EC2 instances in your account that you patch', 'directory-service.instances.aws-managed'],
  // Audit Manager compliance checks
  ['Audit Manager marks CloudTrail evidence as compliant or non-compliant', 'audit-manager.evidence.compliance-check-sources'],
];

const RIGHT: (RightCase | string)[] = [
  // Macie
  'Macie findings go to EventBridge, so a rule can start a Lambda function',
  'Automated sensitive data discovery samples representative objects',
  'Automated sensitive data discovery can be set to use custom data identifiers and allow lists',
  'Macie flags buckets that become public',
  'A Macie job can run daily, weekly or monthly',
  // Inspector
  'Amazon Inspector: Lambda standard scanning is the default; code scanning is optional',
  'Inspector Lambda code scanning requires standard scanning first',
  'Inspector agentless scanning takes EBS snapshots; agent-based scanning uses the SSM Agent',
  // Security Hub
  'Security Hub enables FSBP and CIS 1.2.0 by default',
  'Security Hub does not enable PCI DSS automatically',
  'New controls in Security Hub are enabled automatically',
  'Security Hub also takes third-party findings',
  // Directory Service
  'Multi-Region replication needs Managed Microsoft AD Enterprise Edition',
  'Managed Microsoft AD multi-Region replication copies the directory automatically',
  'AD Connector: VPC needs VPN or Direct Connect to on-premises and two subnets in different AZs',
  'AD Connector requires a VPC with default tenancy',
  'Directory Service Data only works in the primary Region',
  // Detective
  'Detective optional packages can be switched off any time',
  'Detective can analyze EKS audit logs as an optional package',
  'GuardDuty EKS Protection does not need Detective',
  'Detective also pulls in Security Hub findings',
  // Firewall Manager
  'Firewall Manager applies policies to new accounts automatically',
  // CloudHSM
  'CloudHSM keeps keys in sync but you must keep HSM users in sync yourself',
  'Token keys are synced across the CloudHSM cluster; session keys live on one HSM',
  'CloudHSM cloned clusters need keys synced manually with syncKey',
  'HSMs in one CloudHSM cluster sync keys automatically; cloned clusters do not',
  // IAM Identity Center
  'After changing a permission set in IAM Identity Center you must reprovision it',
  'An IAM Identity Center permission set shows up as an IAM role in each assigned account',
  'IAM Identity Center supports SCIM automatic provisioning from Okta or Entra ID',
  // ACM, Shield
  'Amazon EKS is not an ACM integrated service, but an ALB ingress in front of EKS can use an ACM certificate',
  'Shield Advanced health-based detection uses a Route 53 health check on the protected resource',
  // STS
  "Temporary credentials can't be revoked; change the role's permissions to cut them off",
  'You can revoke active sessions of a role, which adds a deny policy for older sessions',
  'Tokens from Regional STS endpoints work in every Region',
  'The STS global endpoint lives in us-east-1 and has no automatic failover',
  // Artifact, Audit Manager
  'Non-admin IAM users need IAM permissions to use AWS Artifact',
  'An AWS Artifact agreement like the BAA can be terminated later',
  'Audit Manager collects CloudTrail evidence continuously',
  'Audit Manager lets you set the frequency only for custom controls using API calls',
  'Audit Manager pulls compliance checks from AWS Config and Security Hub',
  'Audit Manager is no longer open to new customers',
  // RAM, Firewall Manager
  'RAM: turn on sharing with AWS Organizations from the management account first',
  'Accounts outside the organization must accept a RAM invitation',
  'With RAM sharing enabled in Organizations, accounts in the organization get shares without invitations',
  'Firewall Manager WAF policies can include managed rules bought on AWS Marketplace',
  // Macie, more
  'Macie permanently deletes sensitive data samples from the cache after returning them',
  'Macie encrypts the retrieved sensitive data samples with your KMS key',
  "Macie automated discovery also samples the member accounts' buckets by default",
  'The administrator can disable automated discovery for individual member accounts',
  // Detective, CloudHSM, more
  'Disabling Detective deletes the behavior graph for good',
  'Detective keeps up to a year of data in the behavior graph',
  'CloudHSM cluster backups can be copied to a different Region for DR',
  'CloudHSM backups cannot be copied to another account',
  // Inspector findings lifecycle
  'Inspector suppression rules only hide findings; suppressed findings stay until remediated',
  'Macie suppression rules archive matching findings automatically',
  'Inspector: closed findings are deleted after 30 days, or 3 days when the instance is terminated',
  'If you disable Amazon Inspector, findings are removed after 24 hours',
  'Amazon Inspector re-scans ECR images for 14 days by default',
  'Inspector findings for a terminated instance are removed after 3 days',
  'Inspector deletes the closed findings of a terminated EC2 instance after 3 days',
  'When a scanned resource is deleted, Inspector closes its findings and removes them 3 days later',
  // Security Hub disable, ACM private certificates
  'Disabling Security Hub eventually deletes the findings, so export them first',
  'The Security Hub administrator account cannot disable Security Hub',
  'ACM public certificates need DNS or email validation; private ones need none',
  'ACM private certificates do not need domain validation',
  // Shield Response Team, Directory Service instances
  'You must give the SRT an IAM role before it can change your WAF rules',
  'Managed AD domain controllers run outside your account and AWS patches them',
  'AD Connector creates a network interface in your VPC',
  'AWS Managed Microsoft AD deploys two domain controllers in different AZs',
  // Audit Manager compliance checks
  'In Audit Manager, only Config and Security Hub evidence gets a compliance check; CloudTrail evidence is inconclusive',
  'Audit Manager manual evidence has no compliance check result',
];

describeFlagCases('session 28 e: security, identity and compliance behaviours', WRONG, RIGHT);
