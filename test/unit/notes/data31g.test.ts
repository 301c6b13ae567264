/**
 * Session 31, helper G (issue 14 item 2): the core yes/no behaviours of the thinly covered security, identity and
 * governance services (Config, Inspector, Macie, Security Hub, Detective, STS, Directory Service, IAM Identity
 * Center, WAF, Shield, CloudHSM, Trusted Advisor, Control Tower, Firewall Manager, RAM, Audit Manager), each from
 * the service's own documentation page. Every line was written for these tests in a student's note style (none
 * copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // config
  [
    'AWS Config can deliver its snapshots to a bucket with Object Lock enabled',
    'config.delivery-channel.object-lock',
  ],
  [
    'The AWS Config delivery channel cannot deliver to a bucket in another account',
    'config.delivery-channel.cross-account',
  ],
  ['The Config delivery bucket must be in the same account only', 'config.delivery-channel.cross-account'],
  ['In AWS Config the delivery channel is optional', 'config.delivery-channel.required'],
  ['AWS Config requires an agent installed on each resource', 'config.recorder.agentless'],
  [
    'Organization conformance packs are deployed to all Regions at once',
    'config.organization.region-specific-deploy',
  ],
  [
    'Organization conformance packs are not deployed to new accounts that join later',
    'config.organization.new-accounts',
  ],
  ['A conformance pack can only contain managed rules', 'config.conformance-pack.yaml-template'],
  ['Config advanced queries only work on a single account', 'config.advanced-queries.multi-account'],
  ["AWS Config doesn't track relationships between resources", 'config.configuration-item.relationships'],
  ["AWS Config can't send change notifications to SNS", 'config.notifications.sns'],
  [
    'Organization Config rules can be modified by member accounts',
    'config.organization.member-cannot-modify',
  ],
  // inspector
  [
    "Amazon Inspector doesn't send findings to EventBridge automatically",
    'inspector.findings.eventbridge-auto',
  ],
  [
    'For Inspector, one EventBridge rule for all Regions catches every finding',
    'inspector.eventbridge.regional-bus',
  ],
  [
    'Amazon Inspector can only scan container images after they are pushed to ECR',
    'inspector.cicd.sbom-scan',
  ],
  ['Amazon Inspector cannot scan images in a CI/CD pipeline', 'inspector.cicd.sbom-scan'],
  ['The Inspector Jenkins plugin cannot fail the build', 'inspector.cicd.fail-build'],
  ['The Amazon Inspector Jenkins plugin only reports findings', 'inspector.cicd.fail-build'],
  ["Amazon Inspector can't export SBOMs", 'inspector.sbom-export.s3'],
  ['Inspector SBOM exports come only in SPDX format', 'inspector.sbom-export.formats'],
  [
    'Inspector events from member accounts go only to the delegated administrator account',
    'inspector.eventbridge.member-and-admin',
  ],
  ['An updated Inspector finding gets a new finding ID', 'inspector.findings.update-keeps-id'],
  // macie
  ['Amazon Macie is a global service', 'macie.service.regional'],
  ['Suspending Macie deletes all its settings and data', 'macie.suspend.cancels-jobs'],
  ['Disabling Macie keeps the findings and settings for later', 'macie.disable.deletes-everything'],
  ['Macie only detects predefined types of sensitive data', 'macie.custom-data-identifiers.regex'],
  ['Macie cannot use custom regular expressions', 'macie.custom-data-identifiers.regex'],
  [
    'Macie custom data identifier findings are High severity by default',
    'macie.custom-data-identifiers.default-severity',
  ],
  // security-hub
  ["Security Hub can't send findings to EventBridge", 'security-hub.findings.eventbridge'],
  [
    'The delegated Security Hub administrator can be designated by any member account',
    'security-hub.delegated-admin.management-account',
  ],
  [
    'Security Hub automation rules can be created by any member account',
    'security-hub.automation-rules.admin-only',
  ],
  ['A Security Hub CSPM automation rule applies to all Regions', 'security-hub.automation-rules.per-region'],
  [
    'Security Hub automation rules only apply to new findings',
    'security-hub.automation-rules.new-and-updated',
  ],
  ['Security Hub cannot receive GuardDuty findings', 'security-hub.findings.aws-services'],
  ['Security Hub only shows its own control findings', 'security-hub.findings.aws-services'],
  [
    'Security Hub only supports the AWS Foundational Security Best Practices standard',
    'security-hub.standards.several',
  ],
  // detective
  ["Amazon Detective can't group related findings together", 'detective.finding-groups.graph-analysis'],
  ['Detective investigations only analyze EC2 instances', 'detective.investigations.iam-entities'],
  ["Detective investigations can't investigate IAM roles", 'detective.investigations.iam-entities'],
  // sts
  [
    'GetCallerIdentity requires the sts:GetCallerIdentity permission',
    'sts.get-caller-identity.no-permission',
  ],
  ['GetCallerIdentity can be blocked by an explicit deny', 'sts.get-caller-identity.no-permission'],
  ['AssumeRole only works within the same account', 'sts.assume-role.cross-account'],
  ['AssumeRole cannot be used across accounts', 'sts.assume-role.cross-account'],
  ['Session tags can be passed with the console Switch Role feature', 'sts.session-tags.console-switch-role'],
  ['STS session tags are transitive by default', 'sts.session-tags.transitive-opt-in'],
  ['Session tags are automatically passed along a role chain', 'sts.session-tags.transitive-opt-in'],
  // directory-service
  ['AWS Directory Service Data is billed per API call', 'directory-service.data-api.no-cost'],
  [
    'Directory Service Data requires a domain-joined EC2 instance to manage users',
    'directory-service.data-api.no-management-instance',
  ],
  [
    'Directory Service Data reflects directory changes immediately',
    'directory-service.data-api.eventual-consistency',
  ],
  // iam-identity-center
  ['IAM Identity Center only gives access to AWS accounts', 'iam-identity-center.access.applications'],
  ['IAM Identity Center cannot give users access to applications', 'iam-identity-center.access.applications'],
  [
    "Trusted identity propagation does not log the user's identity in CloudTrail",
    'iam-identity-center.tip.user-in-cloudtrail',
  ],
  ["IAM Identity Center doesn't support ABAC", 'iam-identity-center.abac.supported'],
  ['Trusted identity propagation only works within the same Region', 'iam-identity-center.tip.cross-region'],
  // waf
  ['AWS WAF rules are evaluated highest priority number first', 'waf.rules.priority-order'],
  ['WAF rules are evaluated in parallel', 'waf.rules.priority-order'],
  ['Two WAF rules in one web ACL can share the same priority', 'waf.rules.unique-priority'],
  [
    'In AWS WAF, a Block rule match continues evaluating the remaining rules',
    'waf.actions.allow-block-terminating',
  ],
  ['The WAF Count action stops evaluation of the web ACL', 'waf.actions.count-non-terminating'],
  // shield
  [
    'Shield Advanced proactive engagement works with any support plan',
    'shield.proactive-engagement.support-plan',
  ],
  [
    'Shield proactive engagement is available on Developer Support',
    'shield.proactive-engagement.support-plan',
  ],
  [
    'Shield Advanced protection groups always sum the total traffic of their resources',
    'shield.protection-group.aggregation',
  ],
  // cloudhsm
  ['AWS CloudHSM only supports PKCS #11', 'cloudhsm.client-sdk.interfaces'],
  // trusted-advisor
  ["Trusted Advisor can't exclude resources from its results", 'trusted-advisor.api.exclude-resources'],
  ['The Trusted Advisor API only covers a single account', 'trusted-advisor.api.organization-wide'],
  [
    'Trusted Advisor recommendations come only from its own checks',
    'trusted-advisor.recommendations.other-sources',
  ],
  // control-tower
  ["Control Tower doesn't enable IAM Identity Center by default", 'control-tower.identity-center.default'],
  ['Control Tower landing zone drift can only be fixed manually', 'control-tower.drift.reset-landing-zone'],
  // firewall-manager
  ['Firewall Manager allows only one policy per type', 'firewall-manager.policy.several-per-type'],
  [
    'Firewall Manager always auto-remediates noncompliant resources',
    'firewall-manager.policy.remediation-optional',
  ],
  ['Firewall Manager policies cannot be scoped by resource tags', 'firewall-manager.policy.tag-scope'],
  [
    'Firewall Manager can apply Shield Advanced protection to Route 53 hosted zones',
    'firewall-manager.shield.route53-ga-excluded',
  ],
  // ram
  [
    'RAM customer managed permissions are available in all Regions',
    'ram.customer-managed-permissions.regional',
  ],
  [
    'A RAM customer managed permission can contain multiple statements',
    'ram.customer-managed-permissions.single-statement',
  ],
  // audit-manager
  ["Audit Manager can't save assessment reports to S3", 'audit-manager.reports.s3-destination'],
  [
    'Audit Manager assessment reports are only available in the console',
    'audit-manager.reports.s3-destination',
  ],
];

const RIGHT: (RightCase | string)[] = [
  // config
  'AWS Config cannot deliver to a bucket with Object Lock enabled',
  'CloudTrail can write logs to a bucket with Object Lock enabled',
  'Config delivers configuration snapshots and history files to an S3 bucket',
  'The Config delivery channel can send snapshots to a bucket in a central account',
  'A Config delivery bucket in another account needs a bucket policy that grants AWS Config access',
  'AWS Config needs a delivery channel, one per Region per account',
  'Is the Config delivery channel optional?',
  'AWS Config is agentless: it reads resource configurations through AWS APIs',
  'Systems Manager Inventory needs the SSM Agent on each instance',
  'Organization conformance packs are deployed per Region: repeat the call in each Region',
  'Control Tower deploys its controls in all governed Regions',
  'Organization Config rules are deployed automatically to accounts that join the organization later',
  'When an account leaves the organization, the organization conformance pack is removed from it',
  'A conformance pack is a YAML template of managed or custom Config rules plus remediation actions',
  'Security Hub standards contain only controls defined by AWS',
  'With an aggregator, Config advanced queries cover many accounts and Regions',
  'Config advanced queries use a SQL-like SELECT syntax',
  'AWS Config configuration items include relationships, such as the security groups of an instance',
  'A Config rule evaluates resources against a desired configuration',
  'AWS Config can notify an SNS topic of every configuration change',
  'AWS Config delivers configuration history files to S3',
  'Organization conformance packs are managed centrally and member accounts cannot change them',
  'Member accounts can still create their own Config rules',
  'The SNS topic in the Config delivery channel is optional',
  'AWS Config does not require an SNS topic',
  'Organization Config rules can also evaluate global resources such as IAM',
  'A Config aggregator cannot deploy rules to other accounts',
  // inspector
  'Inspector publishes findings to EventBridge automatically, so a rule can notify SNS',
  'To get Inspector alerts by email you still create an EventBridge rule with an SNS target',
  'Inspector emits events to the default event bus in the Region, so create rules in each Region',
  'GuardDuty findings are also sent to EventBridge in each Region',
  'Inspector plugs into Jenkins or GitHub Actions to scan an image before deployment',
  'Amazon Inspector scans container images stored in ECR continuously',
  'The Inspector Jenkins plugin can fail the build when critical vulnerabilities are found',
  'Jenkins needs version 2.387.3 or later for the Inspector plugin',
  'Amazon Inspector exports SBOMs as JSON files to an S3 bucket you choose',
  'An SBOM is an inventory of the open-source and third-party components in your code',
  'Inspector SBOM exports can be CycloneDX 1.4 or SPDX 2.3',
  'Inspector SBOM exports are JSON files written to S3',
  'Inspector events reach both the delegated administrator and the member account where they originated',
  'GuardDuty findings are also visible in the administrator account',
  'An updated Inspector finding keeps the same finding ID',
  'Inspector sends a new EventBridge event when a finding changes state',
  // macie
  'Macie is a Regional service: enable it in each Region that holds buckets',
  'Enabling Macie in us-east-1 does not cover buckets in eu-west-1',
  'Suspending Macie cancels all classification jobs but keeps the settings',
  'Disabling Macie deletes its settings and data permanently',
  'Disabling Macie permanently deletes its settings, resources and data',
  'If you only want a pause, suspend Macie instead of disabling it',
  'Macie supports custom data identifiers built from a regex plus keywords',
  'Macie managed data identifiers detect credit card numbers and AWS secret keys',
  'Macie custom data identifier findings are Medium severity by default',
  'You can set custom severity rules for a Macie custom data identifier',
  // security-hub
  'Security Hub sends each imported finding to EventBridge, where a rule can invoke Lambda',
  'A Security Hub custom action also produces an EventBridge event',
  'Only the management account can designate the delegated Security Hub administrator',
  'The GuardDuty delegated administrator is also set from the management account',
  'Security Hub automation rules are created from the administrator account only',
  'Security Hub automation rules can suppress findings or raise their severity',
  'Security Hub automation rules must be created in each Region where they should apply',
  'In the new Security Hub, automation rules made in the home Region apply to all linked Regions',
  'Security Hub cross-Region aggregation gathers findings into one home Region',
  'Security Hub automation rules act on both new and updated findings',
  'Security Hub automation rules run in near real time as findings are ingested',
  'Security Hub aggregates GuardDuty and Inspector findings in one place',
  'GuardDuty findings can also be sent to EventBridge directly',
  'Security Hub supports FSBP, CIS, PCI DSS and NIST standards',
  'Enabling Security Hub turns on the default standards automatically',
  // detective
  'Detective builds finding groups that tie related findings and entities to one potential security event',
  'Security Hub insights are saved filters over findings',
  'Detective investigations look at IAM users and roles for indicators of compromise',
  'Detective behavior graphs also hold EC2 instances and IP addresses as entities',
  // sts
  'GetCallerIdentity works even when a policy explicitly denies it',
  'aws sts get-caller-identity shows the account and ARN of the caller',
  'AssumeRole is the usual way to get cross-account access',
  'With AssumeRole the temporary credentials act in the account that owns the role',
  'Session tags are passed through AssumeRole or a SAML or OIDC identity provider, not the console Switch Role',
  'Switch Role in the console gives a role session without session tags',
  'Session tags pass along a role chain only when you mark their keys as transitive',
  'Transitive session tags persist during role chaining',
  // directory-service
  'Directory Service Data comes at no additional cost with AWS Managed Microsoft AD',
  'AWS Managed Microsoft AD itself is billed per domain controller hour',
  'Directory Service Data manages users and groups through an API, with no management instance',
  'Before Directory Service Data you needed a domain-joined EC2 instance with AD tools',
  'Directory Service Data is eventually consistent with the Directory Service API',
  "Directory Service Data only runs in the directory's primary Region",
  // iam-identity-center
  'IAM Identity Center gives workforce users access to AWS accounts and applications',
  'Cognito user pools handle sign-in for customer-facing apps',
  "Trusted identity propagation records the user's identity in CloudTrail events",
  'Trusted identity propagation lets an application pass the user identity to AWS services',
  'IAM Identity Center can pass user attributes for ABAC',
  'IAM Identity Center assigns permission sets to groups in accounts',
  'Trusted identity propagation can reach services in other Regions with a multi-Region Identity Center instance',
  'Trusted identity propagation needs IAM Identity Center enabled and provisioned',
  // waf
  'WAF evaluates rules from the lowest priority number up until a terminating match',
  'In the console, the rule at the top of the list gets the lowest priority number',
  'Every WAF rule in a web ACL needs a unique priority',
  'WAF rule priorities do not need to be consecutive',
  'In AWS WAF, Allow and Block are terminating actions',
  'A WAF Count rule counts the request and then evaluation continues',
  'The WAF Count action is non-terminating: the next rules are still evaluated',
  'Put a new WAF rule in Count mode first to see what it would block',
  'A WAF Block action stops evaluation of the web ACL',
  // shield
  'Shield proactive engagement needs a Business or Enterprise Support plan',
  'With proactive engagement the SRT contacts you by email and phone during an event',
  'A Shield protection group can aggregate traffic by sum, mean or max',
  'Shield protection groups reduce false positives in detection',
  // cloudhsm
  'CloudHSM Client SDK 5 offers PKCS #11, OpenSSL Dynamic Engine, KSP and a JCE provider',
  'A Java application uses the CloudHSM JCE provider',
  // trusted-advisor
  'You can exclude non-critical resources from Trusted Advisor results through its API',
  'Trusted Advisor checks cover cost, performance, security, fault tolerance and service limits',
  'The Trusted Advisor API can list recommendations for all accounts in the organization',
  'The Trusted Advisor API needs Business, Enterprise On-Ramp or Enterprise Support',
  'Trusted Advisor also shows recommendations from Compute Optimizer and Security Hub',
  'Compute Optimizer recommends instance sizes from CloudWatch metrics',
  // control-tower
  'Control Tower sets up IAM Identity Center by default for access to the accounts',
  'You can opt out of IAM Identity Center when you configure the Control Tower landing zone',
  'Landing zone drift in Control Tower is repaired by resetting the landing zone',
  'Updating the Control Tower landing zone also resolves drift',
  // firewall-manager
  'Firewall Manager lets you create more than one policy for each type',
  'Each Firewall Manager policy covers a single policy type',
  'Firewall Manager remediation is optional: RemediationEnabled decides it per policy',
  'Config rules remediate only when you attach a remediation action',
  'A Firewall Manager policy can include or exclude resources by tag',
  'Firewall Manager policies can exclude whole accounts or OUs',
  'Firewall Manager can roll out Shield Advanced protection for CloudFront distributions and ALBs',
  'Shield Advanced protects Route 53 hosted zones when you add the protection yourself',
  // ram
  'RAM customer managed permissions exist only in the Region where you create them',
  'AWS managed permissions in RAM are defined by AWS for each resource type',
  'A RAM customer managed permission holds a single statement',
  'An IAM customer managed policy can contain multiple statements',
  // audit-manager
  'Audit Manager writes assessment reports to the S3 bucket you choose',
  'Audit Manager collects evidence from Config, Security Hub and CloudTrail',
];

describeFlagCases('session 31 helper G: security, identity and governance behaviours', WRONG, RIGHT);
