/**
 * Session 23, helper F (issue 14 item 2): facts added to the thinnest KB entries (quotas, defaults, scope and
 * billing behaviours that cheat sheets quote). Every line was written for these tests in a student's note
 * style (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right
 * ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // CloudShell
  ['CloudShell is charged per hour of use', 'cloudshell.pricing.no-charge'],
  ['A CloudShell VPC environment keeps 1 GB of persistent storage in $HOME', 'cloudshell.vpc-environment.no-persistent-home'],
  ['CloudShell gives unlimited usage in every Region', 'cloudshell.usage.monthly-quota'],
  // Device Farm
  ['Device Farm job timeout defaults to 60 minutes', 'device-farm.job-timeout.default'],
  ['Device Farm: iOS simulators are covered by device slots like real iPhones', 'device-farm.ios-simulator.metered'],
  ['Device Farm device slots are bought per project', 'device-farm.device-slots.account-wide'],
  ['In Device Farm each device slot is tied to a specific device model', 'device-farm.device-slots.not-device-model'],
  // Lightsail
  ['Lightsail distributions can be created in any Region', 'lightsail.domains-distributions.us-east-1'],
  // WorkSpaces
  ['AutoStop WorkSpaces stop 15 minutes after the user logs off', 'workspaces.autostop.timeout-interval'],
  ['An AlwaysOn WorkSpace can be stopped to save money', 'workspaces.stop.always-on'],
  // RAM
  ['AWS RAM is a global service', 'ram.service.regional'],
  ['With AWS RAM a resource shared with you can be re-shared to a third account', 'ram.reshare.owner-only'],
  // Managed Prometheus
  ['Amazon Managed Service for Prometheus: max 100 active alerts per alert manager', 'managed-prometheus.alert-manager.active-alerts'],
  ['Managed Prometheus alert manager active alert payload size is up to 100 MB', 'managed-prometheus.alert-manager.payload-size'],
  ['Managed Prometheus: up to 50 HA clusters can ingest into one workspace', 'managed-prometheus.ha-clusters.max'],
  // Q Developer
  ['Amazon Q Developer Pro subscriptions are charged as soon as the user is subscribed', 'q-developer.pro.pending-not-charged'],
  ['A Q Developer Pro user subscribed in two accounts of the same organization is billed twice', 'q-developer.pro.org-billing'],
  // Artifact
  ['AWS Artifact requires an Enterprise Support plan', 'artifact.access.all-accounts'],
  // AWS CLI, CDK, Compute Optimizer, Firewall Manager
  ['AWS CLI v1 still gets new services and Regions', 'aws-cli.v1.maintenance-mode'],
  ['CDK bootstrapping is optional', 'cdk.bootstrap.required'],
  ['AWS Compute Optimizer is enabled by default in every account', 'compute-optimizer.opt-in.required'],
  ['Firewall Manager keeps a closed administrator account policy data for 30 days', 'firewall-manager.admin.closed-account-retention'],
  ['Firewall Manager third-party firewall policies can be managed by any administrator', 'firewall-manager.third-party.default-admin-only'],
  // AppFlow, Data Exchange, Serverless Application Repository, License Manager
  ['AppFlow allows up to 100 flows per account', 'appflow.flows.per-account'],
  ['A single AppFlow flow run can move up to 1 TB of data', 'appflow.flow-run.max-data'],
  ['An AppFlow flow can write to a bucket in another Region', 'appflow.s3.same-region'],
  ['AppFlow calls never count against Salesforce API limits', 'appflow.saas.api-limits'],
  ['A published Data Exchange product: the provider can remove data sets at any time', 'data-exchange.product.datasets-permanent'],
  ['In Data Exchange a subscription duration can be removed from an offer later', 'data-exchange.offer.duration-fixed'],
  ['Data Exchange subscribers can add revisions to an entitled data set', 'data-exchange.entitled.read-only'],
  ['The Serverless Application Repository charges a fee to publish applications', 'serverless-application-repository.pricing.no-charge'],
  ['SAR public applications may use a proprietary licence', 'serverless-application-repository.license.osi'],
  ['License Manager license affinity to host can be set up to 365 days', 'license-manager.rules.host-affinity-max'],
  ['License Manager host affinity rule works with vCPU counting', 'license-manager.rules.host-affinity-counting'],
  // Health, Audit Manager, Application Migration Service
  ['AWS Health: up to 10 delegated administrator accounts for the organizational view', 'health-dashboard.org-view.delegated-admins'],
  ['The AWS Health organizational view requires an Enterprise Support plan', 'health-dashboard.org-view.all-plans'],
  ['AWS Health organizational view keeps events for 365 days', 'health-dashboard.org-view.history'],
  ['Audit Manager: a control status of Reviewed can be changed back later', 'audit-manager.control-status.reviewed-final'],
  ['An Audit Manager Inactive control still collects evidence', 'audit-manager.control-status.inactive'],
  ['MGN replication servers must be launched manually in the staging subnet', 'application-migration-service.replication-servers.managed'],
  // IoT Core persistent sessions, IAM Identity Center, Trusted Advisor
  ['AWS IoT persistent sessions expire after 24 hours by default', 'iot-core.persistent-session.expiry-default'],
  ['When an IoT persistent session resumes, stored messages are sent at up to 100 messages/s', 'iot-core.persistent-session.redelivery-rate'],
  ['An AWS IoT persistent session stores QoS 0 messages too', 'iot-core.persistent-session.qos0-not-stored'],
  ['AWS IoT: messages kept for persistent sessions are free of charge', 'iot-core.persistent-session.storage-billed'],
  ['IAM Identity Center access portal session: up to 30 days', 'iam-identity-center.portal-session.max'],
  ['Trusted Advisor: every check can be refreshed manually from the console', 'trusted-advisor.refresh.automatic-checks'],
  // Managed Grafana, Service Catalog, Detective
  ['A Managed Grafana workspace can be downgraded to an older Grafana version', 'managed-grafana.version.upgrade-only'],
  ['An imported Service Catalog portfolio is an independent copy of the original', 'service-catalog.imported-portfolio.in-sync'],
  ['An imported Service Catalog portfolio can be re-shared with other accounts', 'service-catalog.share.no-reshare'],
  ['Amazon Detective requires VPC Flow Logs to be enabled first', 'detective.sources.independent-streams'],
  ['Amazon Detective also analyzes NAT gateway flow logs', 'detective.flow-logs.ec2-only'],
  // Cost and Usage Reports
  ['After creating a CUR, the first Cost and Usage Report arrives within 72 hours', 'cost-usage-reports.delivery.first-report'],
  ['A Cost and Usage Report can be delivered to a bucket owned by another account', 'cost-usage-reports.bucket.owner-account'],
  ['Cost and Usage Reports can be created from the management account only', 'cost-usage-reports.accounts.member-reports'],
  // AppConfig, IAM Identity Center sessions
  ['An AppConfig configuration profile can have up to 5 validators', 'appconfig.profile.max-validators'],
  ['In IAM Identity Center, deleting a user access portal session ends their console sessions too', 'iam-identity-center.portal-session.delete-keeps-console'],
  // Trusted Advisor organizational view
  ['The Trusted Advisor organizational view works with consolidated billing only', 'trusted-advisor.org-view.all-features'],
  ['The Trusted Advisor organizational view can be turned on from any member account', 'trusted-advisor.org-view.management-account'],
];

const RIGHT: (RightCase | string)[] = [
  'AWS CloudShell is free; you pay only for the resources you create from it',
  'CloudShell VPC environments have no persistent storage',
  'CloudShell has a monthly usage quota in each Region',
  'Device Farm job timeout default: 150 minutes',
  'Device Farm: iOS simulators are always metered',
  'Device Farm device slots apply to the whole account',
  'Device Farm slots are per platform (Android or iOS) and per testing type',
  'Lightsail distributions and DNS zones are managed in us-east-1 only',
  'AutoStop WorkSpaces stop 60 minutes after the user logs off',
  'AlwaysOn WorkSpaces are billed monthly; AutoStop WorkSpaces can be stopped',
  'AWS RAM is a Regional service',
  'AWS RAM: you can only share resources you own',
  'Managed Prometheus: 1,000 active alerts per alert manager (adjustable)',
  'Amazon Q Developer Pro is billed monthly per subscribed user',
  'AWS Artifact is available to all accounts without a paid support plan',
  'AWS CLI v1 is in maintenance mode: only critical fixes until end of support',
  'CDK: bootstrap each environment before deploying',
  'Compute Optimizer: you must opt in first',
  'Firewall Manager retains a closed administrator account policy data for 90 days',
  'Firewall Manager: only the default administrator manages third-party firewall policies',
  'AppFlow: 1,000 flows per account',
  'AppFlow processes up to 100 GB in one flow run',
  'AppFlow: the S3 bucket must be in the same Region as the flow',
  'AppFlow calls count against the SaaS API limits',
  'Data Exchange: you cannot remove data sets from a published product',
  'Data Exchange subscribers can only export entitled data sets',
  'Publishing to the Serverless Application Repository is free',
  'License Manager host affinity: 1 to 180 days, cores or sockets only',
  'AWS Health: up to 5 delegated administrator accounts',
  'The AWS Health organizational view is free for all support plans',
  'The AWS Health API needs a Business or Enterprise Support plan, also for the organizational view',
  'Audit Manager: setting a control to Reviewed is final',
  'MGN launches and terminates replication servers automatically',
  'AWS IoT persistent sessions expire after 1 hour by default (adjustable)',
  'AWS IoT persistent sessions keep only QoS 1 messages',
  'IAM Identity Center access portal session: default 8 hours, up to 90 days',
  'IAM Identity Center permission set session duration: up to 12 hours',
  'Some Trusted Advisor checks refresh automatically',
  'Managed Grafana workspaces can be upgraded to a newer Grafana version',
  'An imported Service Catalog portfolio stays in sync with the shared original',
  'Amazon Detective uses its own copy of the CloudTrail and VPC flow log streams',
  'Amazon Detective ingests flow logs of EC2 instances',
  'The first Cost and Usage Report can take up to 24 hours to arrive',
  'Member accounts can create their own Cost and Usage Reports',
  'AppConfig configuration profile: at most 2 validators (JSON Schema or Lambda)',
  'Deleting an IAM Identity Center access portal session leaves console sessions running until they expire',
  'Trusted Advisor organizational view: enable it from the management account; Organizations needs all features',
  // date facts (aws-cli.v1.end-of-support, cdk.v1.maintenance): the reader checks no dates yet, so right lines only
  'AWS CLI v1 end of support: July 15, 2027',
  'CDK v1 entered maintenance on 1 June 2022 and support ended 1 June 2023',
];

describeFlagCases('session 23 helper F: thin KB entries', WRONG, RIGHT);
