/**
 * Session 28, helper C (issue 14 item 2): the core yes/no behaviours of the developer tools, management and cost
 * services (CodeDeploy, CodePipeline, CodeBuild, CodeArtifact, X-Ray, Config, Trusted Advisor, Service Catalog,
 * Control Tower, Health, Compute Optimizer, Budgets, Cost Explorer, CUR, License Manager, CloudShell, SAM, CDK)
 * as their main documentation pages state them. Every line was written for these tests in a student's note style
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // CodeDeploy
  ['A CodeDeploy rollback reuses the deployment ID of the earlier deployment', 'codedeploy.rollback.new-deployment'],
  ['CodeDeploy cannot roll back automatically; rollback is always a manual redeploy', 'codedeploy.rollback.automatic'],
  ['CodeDeploy cannot deploy from GitHub, only from S3', 'codedeploy.revision.sources'],
  // CodePipeline
  ['CodePipeline stage transitions are disabled by default', 'codepipeline.transitions.enabled-default'],
  ['Pipeline actions in a stage always run sequentially', 'codepipeline.actions.parallel'],
  // CodeBuild
  ['CodeBuild cannot use images from Docker Hub', 'codebuild.image.sources'],
  // CodeArtifact
  ['A CodeArtifact repository can only hold one package format', 'codeartifact.repository.polyglot'],
  ['CodeArtifact copies a package asset into each repository that holds it', 'codeartifact.domain.asset-dedup'],
  ['Every CodeArtifact repository has its own KMS key', 'codeartifact.domain.one-kms-key'],
  // X-Ray
  ['X-Ray trace data is stored unencrypted at rest', 'x-ray.encryption.at-rest-always'],
  ['AWS X-Ray re-encrypts existing traces when you switch to a customer managed key', 'x-ray.encryption.no-reencrypt'],
  // Compute Optimizer, Service Catalog
  ['Compute Optimizer collects memory utilization by default', 'compute-optimizer.memory.cloudwatch-agent'],
  ['Service Catalog cannot provision Terraform products', 'service-catalog.products.terraform'],
  ['A new product version in a Service Catalog portfolio must be re-shared before users can launch it', 'service-catalog.product-version.auto-available'],
  // Control Tower
  ['The Control Tower home Region can be changed later in the landing zone settings', 'control-tower.home-region.fixed'],
  ['One AWS organization can have multiple Control Tower landing zones', 'control-tower.landing-zone.one-per-org'],
  ['Control Tower decommissioning deletes all your data', 'control-tower.decommission.keeps-data'],
  // Cost Explorer
  ['Cost Explorer hourly granularity is free', 'cost-explorer.hourly.paid'],
  ['Cost Explorer multi-year data goes back up to 60 months', 'cost-explorer.multi-year.max-months'],
  ['Cost Explorer forecasts use a 95% prediction interval', 'cost-explorer.forecast.prediction-interval'],
  // Budgets
  ['Member accounts cannot create budgets; only the management account can', 'budgets.create.member-accounts'],
  ['AWS Budgets cannot track amortized costs', 'budgets.cost-basis.amortized'],
  // SAM, CDK
  ['The SAM CLI cannot test Terraform-defined Lambda functions', 'sam.cli.terraform'],
  ['The SAM CLI cannot test CDK apps locally', 'sam.cli.cdk'],
  ['The AWS SAM specification is proprietary', 'sam.specification.open-source'],
  ['sam sync is the recommended way to do production deployments', 'sam.sync.development'],
  ['The CDK bypasses CloudFormation and calls AWS APIs directly', 'cdk.provisioning.cloudformation'],
  ['AWS CDK is closed source', 'cdk.framework.open-source'],
  // License Manager
  ['License Manager cannot track licenses on on-premises servers', 'license-manager.on-premises.tracking'],
  // CodePipeline V1, CodeBuild pricing
  ['CodePipeline V1 pipelines can be triggered on Git tags', 'codepipeline.v1.no-triggers-variables'],
  ['V1 type pipelines support pipeline-level variables in CodePipeline', 'codepipeline.v1.no-triggers-variables'],
  ['CodeBuild charges a monthly fee per project', 'codebuild.pricing.build-duration'],
  // CUR, Health
  ['The Cost and Usage Report always overwrites the previous report version', 'cost-usage-reports.versions.keep-or-overwrite'],
  ['CUR cannot be queried with Athena', 'cost-usage-reports.integration.athena'],
  ['A single EventBridge rule receives AWS Health events from all Regions', 'health-dashboard.eventbridge.rule-per-region'],
  // CodeDeploy ECS, Config
  ['CodeDeploy blue/green for ECS can route through Service Connect', 'codedeploy.ecs.requires-elb'],
  ['AWS Config rules only run on a periodic schedule', 'config.rules.trigger-types'],
  // Control Tower names, CodeDeploy instance removal, CodePipeline, Compute Optimizer
  ['The Control Tower audit account can be renamed after setup', 'control-tower.shared-account-names.fixed'],
  ['Removing an instance from the CodeDeploy deployment group uninstalls the application', 'codedeploy.deployment-group.remove-keeps-files'],
  ['CodePipeline: a disabled transition resumes the latest revision if re-enabled within 90 days', 'codepipeline.transitions.resume-window'],
  ['In CodePipeline the pipeline name can be changed by editing the pipeline', 'codepipeline.name.immutable'],
  ['Compute Optimizer analysis can take up to 72 hours to complete', 'compute-optimizer.analysis.duration'],
  // CodeArtifact domains, X-Ray insights
  ['A CodeArtifact repository can be moved to another domain later', 'codeartifact.repository.single-domain'],
  ['A CodeArtifact domain can be deleted while it still contains repositories', 'codeartifact.domain.delete-nonempty'],
  ['A CodeArtifact domain is open to other accounts by default', 'codeartifact.domain.default-owner-access'],
  ['X-Ray insights are enabled by default', 'x-ray.insights.per-group'],
  // Budgets and Cost Explorer, CloudShell, CDK languages
  ['Creating a budget requires enabling Cost Explorer first', 'budgets.cost-explorer.not-required'],
  ['The CloudShell home directory is shared between IAM users of the account', 'cloudshell.storage.private'],
  ['The AWS CDK only supports TypeScript', 'cdk.languages.count'],
  ['AWS CDK cannot be used with Python', 'cdk.languages.count'],
  // Control Tower existing accounts, Health public events, X-Ray client IP, Trusted Advisor IAM
  ['Control Tower only governs new accounts, never existing accounts', 'control-tower.existing-accounts.govern'],
  ['AWS Health public events are listed only for Regions you use', 'health-dashboard.public-events.any-region'],
  ["X-Ray records the load balancer IP as the client IP", 'x-ray.client-ip.forwarded'],
  ['The trustedadvisor namespace controls Trusted Advisor API calls in the Support API', 'trusted-advisor.iam.support-namespace'],
  // License Manager rules and Organizations, Compute Optimizer GPU
  ['License Manager rules can only be attached to AMIs, not launch templates', 'license-manager.rules.attach-targets'],
  ['License Manager can link an organization that has consolidated billing only', 'license-manager.organizations.all-features'],
  ['Compute Optimizer gets GPU utilization by default', 'compute-optimizer.memory.cloudwatch-agent'],
  // CodeDeploy agent traffic
  ['The CodeDeploy agent needs an inbound port open so CodeDeploy can push deployments', 'codedeploy.agent.outbound-https'],
  // CodeArtifact names and repository owners
  ['CodeArtifact domain names must be globally unique', 'codeartifact.domain.name-unique-account'],
  ['A CodeArtifact repository must be in the same account as its domain', 'codeartifact.repository.other-account-owner'],
];

const RIGHT: (RightCase | string)[] = [
  // CodeDeploy
  'A CodeDeploy rollback is a brand-new deployment with its own deployment ID',
  'Rolled-back deployments do not restore the previous deployment; they redeploy the last good revision',
  'CodeDeploy can roll back automatically when a CloudWatch alarm fires',
  'CloudFormation rolls back automatically on stack creation failure',
  'If automatic rollback is not configured, CodeDeploy needs a manual redeploy',
  'CodeDeploy can pull revisions from S3, GitHub or Bitbucket',
  'Can CodeDeploy deploy from GitHub?',
  // CodePipeline
  'Transitions between stages are on by default; disable one to stop changes flowing',
  'EFS lifecycle transitions are disabled by default',
  'Actions within a stage can run in parallel or in sequence',
  'Step Functions Parallel state runs branches in parallel',
  // CodeBuild
  'CodeBuild can use a custom Docker image from Amazon ECR',
  'The CodeBuild build environment is a Docker image: curated, Docker Hub or ECR',
  // CodeArtifact
  'CodeArtifact repositories are polyglot: npm, PyPI and Maven packages can sit in one repository',
  'An ECR repository holds container images only',
  'CodeArtifact stores each asset once per domain even if ten repositories contain it',
  'All repositories in a CodeArtifact domain share the same KMS key',
  'Each DynamoDB table can have its own KMS key',
  // X-Ray
  'X-Ray always encrypts traces at rest; a KMS key is optional',
  'X-Ray insights notifications go to EventBridge, which does not support customer managed keys',
  'Changing the X-Ray key does not re-encrypt existing traces',
  // Compute Optimizer, Service Catalog
  'Compute Optimizer needs the CloudWatch agent to see memory utilization',
  'Compute Optimizer analyzes CPU utilization by default',
  'Service Catalog products can be CloudFormation templates or Terraform configurations',
  'Service Catalog launches CloudFormation products as stacks',
  'New product versions added to a portfolio are automatically available to its users',
  // Control Tower
  'The Control Tower home Region is fixed once the landing zone is set up',
  'You can change OU names after the Control Tower landing zone is set up',
  'Only one landing zone per organization in Control Tower',
  'Decommissioning a Control Tower landing zone keeps your data; S3 buckets remain and must be deleted manually',
  // Cost Explorer
  'Cost Explorer hourly granularity is paid per usage record',
  'The Cost Explorer console is free; the API is billed per request',
  'Cost Explorer multi-year data: up to 38 months at monthly granularity',
  'Cost Explorer shows 13 months of history plus the current month by default',
  'Cost Explorer forecasts have an 80% prediction interval',
  // Budgets
  'Member accounts in an organization can create their own budgets by default',
  'Budgets can alert on forecasted spend, not only actual spend',
  'AWS Budgets can track amortized and blended costs',
  'Cost Explorer can show amortized costs',
  // SAM, CDK
  'The SAM CLI has limited support for Terraform: local build and test of Lambda functions',
  'The SAM CLI can test CDK Lambda functions locally after cdk synth',
  'The SAM CLI does not deploy CDK apps; use cdk deploy',
  'AWS SAM is an open-source framework',
  'Use sam sync in development and sam deploy for production',
  'sam sync watches local changes and syncs them to the cloud',
  'The CDK synthesizes CloudFormation templates and deploys them as stacks',
  'The AWS CDK is open source under the Apache license',
  'Terraform calls AWS APIs directly instead of CloudFormation',
  // License Manager
  'License Manager can track on-premises servers discovered through Systems Manager inventory',
  'License Manager cannot enforce license rules at launch for on-premises servers',
  // CodePipeline V1, CodeBuild pricing
  'Git tag triggers and pipeline-level variables need a V2 pipeline in CodePipeline',
  'Action-level variables work in V1 and V2 pipelines',
  'V1 pipelines cannot use the QUEUED execution mode',
  'CodeBuild has no upfront cost or minimum fee; you pay per build minute',
  'CodePipeline V1 is billed per active pipeline per month',
  // CUR, Health
  'A CUR can create new report versions or overwrite the existing one on each update',
  'CUR files can be set up for Athena, Redshift or QuickSight',
  'AWS Health: create an EventBridge rule in each Region you want events from',
  'The AWS Health Dashboard shows public events for all Regions',
  // CodeDeploy ECS, Config
  'CodeDeploy blue/green for ECS needs a load balancer with two target groups',
  'Native ECS blue/green deployments support Service Connect and headless services',
  'Config rules can be change-triggered, periodic, or both',
  'Periodic Config rules run every 1, 3, 6, 12 or 24 hours',
  // Control Tower names, CodeDeploy instance removal, CodePipeline, Compute Optimizer
  'Control Tower OU names can be changed after setup; the shared account names cannot',
  'Removing an instance from a deployment group leaves the installed files in place',
  'CodeDeploy uninstalls nothing when an instance leaves the deployment group',
  'CodePipeline: re-enabling a transition within 30 days runs the latest revision',
  'To rename a pipeline, build a new one from get-pipeline output',
  'Compute Optimizer analysis can take up to 24 hours',
  'Compute Optimizer looks back 14 days by default',
  // CodeArtifact domains, X-Ray insights
  'Each CodeArtifact repository belongs to exactly one domain',
  'Delete the repositories before deleting a CodeArtifact domain',
  'A CodeArtifact domain policy can grant other accounts access',
  'By default only the owning account can use a CodeArtifact domain',
  'X-Ray insights must be enabled per group',
  'X-Ray tracing for Lambda is off by default',
  // Budgets and Cost Explorer, CloudShell, CDK languages
  'AWS Budgets turns on Cost Explorer when you create your first budget',
  'CloudShell storage is private to you and kept per Region',
  'CloudShell lets you upload and download files through the browser',
  'CDK apps can be written in TypeScript, Python, Java, C# or Go',
  'CloudFormation templates are written in JSON or YAML, not Python',
  // Control Tower existing accounts, Health public events, X-Ray client IP, Trusted Advisor IAM
  'Control Tower can enroll existing accounts and register existing OUs',
  'AWS Health public events cover Regions even if you use no resources there',
  'Account-specific Health events only concern your own resources',
  'X-Ray takes the client IP from the X-Forwarded-For header',
  'Use the support namespace, not trustedadvisor, for Trusted Advisor operations in the Support API',
  // License Manager rules and Organizations, Compute Optimizer GPU
  'License Manager rules can be attached to AMIs, launch templates, CloudFormation templates and Service Catalog products',
  'Linking License Manager to Organizations needs all features enabled',
  'Compute Optimizer needs the CloudWatch agent for GPU metrics too',
  // CodeDeploy agent traffic
  'The CodeDeploy agent talks outbound over HTTPS on port 443',
  'On-premises servers running the CodeDeploy agent must reach public AWS endpoints',
  // precision: true lines near the facts' wording
  'CodeDeploy cannot deploy Lambda functions from GitHub; GitHub revisions are for EC2/On-premises',
  'Automatic rollback is not enabled by default in CodeDeploy',
  'X-Ray traces are not encrypted with a customer managed key by default',
  'Control Tower does not automatically govern existing accounts; you enroll them',
  'CDK deployments go through CloudFormation',
  'CDK apps do not need hand-written CloudFormation templates',
  'CUR is delivered to S3, not directly into Redshift',
  'Config rules do not prevent configuration changes',
  'A CodePipeline pipeline execution mode can be changed',
  'License Manager is not a replacement for Service Catalog',
  'Service Catalog launches CloudFormation products as stacks, not Terraform',
  // CodeArtifact names and repository owners
  'CodeArtifact domain names only need to be unique within an account',
  'S3 bucket names are globally unique',
  'A CodeArtifact repository can be owned by another account if the domain policy allows CreateRepository',
];

describeFlagCases('session 28 helper C: developer tools, management and cost behaviours', WRONG, RIGHT);
