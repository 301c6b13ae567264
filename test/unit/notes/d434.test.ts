/**
 * Session 34, helper d4 (issue 14): quotas, API parameter limits and defaults of the developer-tools,
 * deployment and monitoring services that the KB did not hold (CodeDeploy applications and deployment groups,
 * CloudFormation notification topics, rollback triggers, stack policy size, stack tags, wait condition and
 * CreationPolicy timeouts, Parameter Store batch reads, maintenance window duration, hybrid activations, ECR
 * repository names and batch deletes, GetLogEvents, Synthetics retention and timeout, X-Ray sampling rule
 * priority, AppConfig poll interval, CodeBuild secondary sources, CodePipeline variables and Git filters,
 * CloudTrail Lake selectors, Config on-demand evaluation). Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right and neighbouring ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  [
    'CodeDeploy allows at most 100 applications per account in a Region.',
    'codedeploy.applications.per-region',
  ],
  [
    'A CodeDeploy application can have up to 100 deployment groups.',
    'codedeploy.deployment-groups.per-application',
  ],
  [
    'A CloudFormation stack can publish events to at most 10 SNS topics.',
    'cloudformation.stack.max-notification-arns',
  ],
  [
    'You can configure up to 10 rollback triggers per stack.',
    'cloudformation.rollback-triggers.max-triggers',
  ],
  ['Stack policy body can be up to 64 KB.', 'cloudformation.stack-policy.max-size'],
  ['You can add up to 10 tags to a CloudFormation stack.', 'cloudformation.stack.max-tags'],
  [
    'A CloudFormation wait condition can wait for at most 24 hours.',
    'cloudformation.wait-condition.max-timeout',
  ],
  [
    'The CreationPolicy signal timeout can be set up to 24 hours.',
    'cloudformation.creation-policy.max-timeout',
  ],
  ['GetParameters retrieves up to 50 parameters per call.', 'systems-manager.get-parameters.max-names'],
  [
    'GetParametersByPath returns up to 50 parameters per call.',
    'systems-manager.get-parameters-by-path.max-results',
  ],
  ['An SSM maintenance window can last up to 48 hours.', 'systems-manager.maintenance-window.max-duration'],
  ['Run Command MaxErrors defaults to 10.', 'systems-manager.run-command.max-errors-default'],
  ['Hybrid activation codes expire after 7 days by default.', 'systems-manager.activation.default-expiry'],
  ['BatchDeleteImage deletes up to 1,000 images per request.', 'ecr.batch-delete-image.max-images'],
  ['GetLogEvents returns up to 1,000 log events per call.', 'cloudwatch.logs.get-log-events-max'],
  [
    'Synthetics keeps data about canary runs for 7 days by default.',
    'cloudwatch.synthetics.run-retention-default',
  ],
  ['A Synthetics canary run can last at most 30 minutes.', 'cloudwatch.synthetics.canary-run-timeout-max'],
  ['X-Ray sampling rule priority ranges from 1 to 10000', 'x-ray.sampling-rule.priority-range'],
  [
    'AppConfig sessions can poll GetLatestConfiguration every 5 seconds at the fastest.',
    'appconfig.session.min-poll-interval',
  ],
  ['A CodeBuild project can have up to 5 secondary sources.', 'codebuild.project.max-secondary-sources'],
  ['A CodePipeline pipeline can define up to 100 pipeline variables.', 'codepipeline.pipeline.max-variables'],
  ['A CodePipeline Git trigger can have up to 10 push filters.', 'codepipeline.git-trigger.max-push-filters'],
  [
    'A CloudTrail Lake event data store supports up to 10 advanced event selectors.',
    'cloudtrail.lake.eds-advanced-selectors-max',
  ],
  [
    'StartConfigRulesEvaluation can evaluate up to 100 Config rules per request.',
    'config.start-rules-evaluation.max-rules',
  ],
];

const RIGHT: (RightCase | string)[] = [
  'CodeDeploy supports up to 1,000 applications per Region by default, and the quota can be raised.',
  'Up to 5 SNS topics can receive CloudFormation stack events.',
  'CloudFormation supports up to 5 rollback triggers, monitored for up to 180 minutes.',
  'A CloudFormation template can declare up to 500 resources and 200 parameters.',
  'GetParameters accepts up to 10 names per call.',
  'SSM maintenance windows last 1 to 24 hours with a cutoff of up to 23 hours.',
  'ECR repository names can be 2 to 256 characters.',
  'BatchDeleteImage deletes up to 100 images per call.',
  'ECR images can have up to 1,000 tags.',
  'CloudWatch Logs log group names can be up to 512 characters.',
  'GetLogEvents returns up to 10,000 log events or 1 MB.',
  'Synthetics keeps canary run data for 31 days by default.',
  'X-Ray keeps traces for 30 days.',
  'A CodePipeline pipeline has 2 to 50 stages with up to 50 actions per stage.',
  'CloudTrail allows 5 trails per Region.',
  'AWS Config allows 1,000 rules per account per Region.',
];

describeFlagCases('session 34 helper d4: developer tools, deployment and monitoring quotas', WRONG, RIGHT);
