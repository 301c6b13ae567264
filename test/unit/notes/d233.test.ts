/**
 * Session 33, helper d2 (issue 14): quotas and documented limits of the management, governance, security and
 * identity services (CloudWatch and CloudWatch Logs, Cognito, GuardDuty, Secrets Manager, Security Hub, IAM
 * OIDC providers, Shield Advanced) that the KB did not hold. Every line was written for these tests in a
 * student's note style (none copied from an evaluation set): wrong lines must be flagged by exactly the named
 * fact, right, neighbouring and unsure ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // CloudWatch metrics and dashboards
  ['One PutMetricData call can carry up to 20 metrics.', 'cloudwatch.put-metric-data.max-metrics'],
  ['A CloudWatch dashboard holds at most 50 widgets.', 'cloudwatch.dashboard.max-widgets'],
  [
    'CloudWatch Metrics Insights: one query processes up to 1,000 metrics.',
    'cloudwatch.metrics-insights.max-metrics-processed',
  ],
  // CloudWatch Logs
  [
    'CloudWatch Logs log group names can be up to 256 characters.',
    'cloudwatch.logs.log-group-name-max-length',
  ],
  // Cognito
  [
    'A Cognito user pool password policy can require a minimum length as low as 4 characters.',
    'cognito.password.min-length-lowest',
  ],
  // Secrets Manager API rates
  [
    'Secrets Manager limits RotateSecret and CancelRotateSecret to 10 requests per second combined.',
    'secrets-manager.rotate-api.rate',
  ],
  // Security Hub
  [
    'Security Hub supports up to 20 automation rules per administrator account.',
    'security-hub.automation-rules.max',
  ],
  // IAM OIDC identity providers
  ['An IAM OIDC provider can list up to 10 thumbprints.', 'iam.oidc-provider.max-thumbprints'],
  ['You can register 50 client IDs with one IAM OIDC provider at most.', 'iam.oidc-provider.max-client-ids'],
];

const RIGHT: (RightCase | string)[] = [
  // CloudWatch: the right figures, neighbouring quotas, a question
  'PutMetricData takes up to 1,000 metrics per request and 150 values per metric.',
  'A CloudWatch dashboard can have up to 500 widgets.',
  'CloudWatch Metrics Insights processes at most 10,000 metrics and returns up to 500 time series.',
  'How many widgets fit on one CloudWatch dashboard, 500?',
  'CloudWatch free tier: 10 alarm metrics and 3 dashboards per month.',
  'A CloudWatch alarm can have up to 5 actions per state.',
  // CloudWatch Logs
  'CloudWatch Logs log group names are 1 to 512 characters long.',
  'CloudWatch Logs allows 2 subscription filters per log group.',
  // Cognito
  'Cognito user pool passwords must be at least 6 characters under the strictest minimum.',
  'Cognito password policy: the minimum length can be set between 6 and 99 characters.',
  'Cognito temporary passwords are valid for 7 days by default.',
  // Secrets Manager
  'BatchGetSecretValue can fetch up to 20 secrets in one call.',
  'Secrets Manager: GetSecretValue and DescribeSecret share 10,000 requests per second.',
  // Security Hub
  'Security Hub allows up to 100 automation rules per administrator account.',
  'Security Hub: up to 10,000 member accounts per delegated administrator.',
  // IAM OIDC providers
  'An IAM OIDC identity provider can hold up to five thumbprints and 100 client IDs.',
  'You can create up to 100 OIDC identity providers per AWS account.',
  // IAM password policies must not read the Cognito figures
  'An IAM password policy can require passwords of up to 128 characters.',
];

describeFlagCases('session 33 helper d2: management, governance and security quotas', WRONG, RIGHT);
